/**
 * Themes: the system setting is followed, the toggle's choice survives a reload, and the first paint already
 * has the right theme. Body text reaches 7:1 contrast (WCAG AAA) in both.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { themeColors } from '../../src/lib/palette';
import { REVIEWED } from '../support/fixture-facts';
import { useBrowser } from './setup';

const harness = useBrowser();
const ARTICLE = REVIEWED.path;

/**
 * Records the theme the moment <body> is inserted (before anything can be painted), and the page colour in
 * the first animation frame, which the browser runs just before its first paint, once the CSS has loaded.
 */
const RECORD_FIRST_PAINT = () => {
  const state = {} as { theme?: string | null; background?: string };
  (window as unknown as { firstPaint: typeof state }).firstPaint = state;
  new MutationObserver((_, observer) => {
    if (!document.body) return;
    observer.disconnect();
    state.theme = document.documentElement.dataset['theme'] ?? null;
    requestAnimationFrame(() => {
      state.background = getComputedStyle(document.body).backgroundColor;
    });
  }).observe(document, { childList: true, subtree: true });
};

const firstPaint = async (page: Page) => {
  await page.waitForFunction(
    () => (window as unknown as { firstPaint: { background?: string } }).firstPaint.background,
  );
  return page.evaluate(
    () => (window as unknown as { firstPaint: { theme: string | null; background: string } }).firstPaint,
  );
};
const hex = (color: string) => {
  const [r, g, b] = color.match(/\d+/g)!.map(Number);
  return `#${[r, g, b].map((n) => n!.toString(16).padStart(2, '0')).join('')}`;
};

function luminance(rgb: string): number {
  const [r, g, b] = rgb
    .match(/[\d.]+/g)!
    .slice(0, 3)
    .map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe('themes', () => {
  it('follows the system setting on the first paint when nothing is stored', async () => {
    for (const [colorScheme, expected] of [
      ['light', themeColors().light],
      ['dark', themeColors().dark],
    ] as const) {
      const context = await harness.browser.newContext({ colorScheme });
      await context.addInitScript(RECORD_FIRST_PAINT);
      const page = await context.newPage();
      await page.goto(harness.origin + ARTICLE);
      const paint = await firstPaint(page);
      expect(paint.theme).toBeNull();
      expect(hex(paint.background)).toBe(expected);
      await context.close();
    }
  });

  it('remembers the toggle across a reload, with no flash of the other theme', async () => {
    const context = await harness.browser.newContext({ colorScheme: 'light' });
    await context.addInitScript(RECORD_FIRST_PAINT);
    const page = await context.newPage();
    await page.goto(harness.origin + ARTICLE);
    const toggle = page.locator('.theme-toggle');
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');

    await page.reload();
    const paint = await firstPaint(page);
    expect(paint.theme).toBe('dark');
    expect(hex(paint.background)).toBe(themeColors().dark);

    await page.goto(harness.origin + '/');
    expect((await firstPaint(page)).theme).toBe('dark');
    await page.locator('.theme-toggle').click();
    await page.reload();
    expect((await firstPaint(page)).theme).toBe('light');
    await context.close();
  });

  // The toggle's dark theme and the system's dark theme are written in different CSS blocks: each is checked.
  it.each([
    { how: 'system light', colorScheme: 'light', toggle: false, theme: 'light' },
    { how: 'system dark', colorScheme: 'dark', toggle: false, theme: 'dark' },
    { how: 'dark chosen with the toggle, system light', colorScheme: 'light', toggle: true, theme: 'dark' },
    { how: 'light chosen with the toggle, system dark', colorScheme: 'dark', toggle: true, theme: 'light' },
  ] as const)('$how: body text at least 7:1, secondary text at least 4.5:1', async (c) => {
    const page = await harness.open(ARTICLE, { colorScheme: c.colorScheme });
    if (c.toggle) {
      const toggle = page.locator('.theme-toggle');
      expect(await toggle.count()).toBe(1);
      await toggle.click();
      expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe(c.theme);
    }
    const colours = await page.evaluate(() => {
      const colour = (selector: string) => {
        const el = document.querySelector(selector);
        if (!el) throw new Error(`nothing matches ${selector}`);
        return getComputedStyle(el).color;
      };
      return {
        background: getComputedStyle(document.body).backgroundColor,
        body: colour('article .prose p'),
        heading: colour('article h1'),
        secondary: colour('article dl dd'),
      };
    });
    expect(hex(colours.background)).toBe(themeColors()[c.theme]);
    expect(contrast(colours.body, colours.background), 'body').toBeGreaterThanOrEqual(7);
    expect(contrast(colours.heading, colours.background), 'heading').toBeGreaterThanOrEqual(7);
    expect(contrast(colours.secondary, colours.background), 'secondary').toBeGreaterThanOrEqual(4.5);
    await page.context().close();
  });

  it('sets body text at 18 px or more with a line height near 1.6', async () => {
    const page = await harness.open(ARTICLE, { viewport: { width: 390, height: 844 } });
    const { size, lineHeight } = await page.evaluate(() => {
      const style = getComputedStyle(document.querySelector('article .prose p')!);
      return { size: parseFloat(style.fontSize), lineHeight: parseFloat(style.lineHeight) };
    });
    expect(size).toBeGreaterThanOrEqual(18);
    expect(lineHeight / size).toBeGreaterThanOrEqual(1.5);
    expect(lineHeight / size).toBeLessThanOrEqual(1.75);
    await page.context().close();
  });

  it('turns off smooth scrolling and transitions for readers who ask for reduced motion', async () => {
    const page = await harness.open(ARTICLE, { reducedMotion: 'reduce' });
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
    await page.context().close();
    const moving = await harness.open(ARTICLE, { reducedMotion: 'no-preference' });
    expect(await moving.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe(
      'smooth',
    );
    await moving.context().close();
  });
});
