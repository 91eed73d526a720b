/**
 * Themes: the system setting is followed, the theme menu's choice survives a reload, and the first paint already
 * has the right theme. Body text reaches 7:1 contrast (WCAG AAA) in light and dark (the dim green theme has its
 * own file, green-theme.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { themeColors } from '../../src/lib/palette';
import { REVIEWED } from '../support/fixture-facts';
import { useBrowser } from './setup';
import { contrast, firstPaint, hex, RECORD_FIRST_PAINT } from './theme-support';

const harness = useBrowser();
const ARTICLE = REVIEWED.path;

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

  it('remembers the theme chosen in the menu across a reload, with no flash of another theme', async () => {
    const context = await harness.browser.newContext({ colorScheme: 'light' });
    await context.addInitScript(RECORD_FIRST_PAINT);
    const page = await context.newPage();
    await page.goto(harness.origin + ARTICLE);
    const menu = page.getByRole('combobox', { name: 'Theme' });
    expect(await menu.inputValue()).toBe('system');
    await menu.selectOption('dark');
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');

    await page.reload();
    const paint = await firstPaint(page);
    expect(paint.theme).toBe('dark');
    expect(hex(paint.background)).toBe(themeColors().dark);
    expect(await page.getByRole('combobox', { name: 'Theme' }).inputValue()).toBe('dark');

    await page.goto(harness.origin + '/');
    expect((await firstPaint(page)).theme).toBe('dark');
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('light');
    await page.reload();
    expect((await firstPaint(page)).theme).toBe('light');

    // "System" forgets the choice: nothing is stored and the page follows the system again.
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('system');
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    await page.reload();
    expect((await firstPaint(page)).theme).toBeNull();
    expect(await page.getByRole('combobox', { name: 'Theme' }).inputValue()).toBe('system');
    await context.close();
  });

  // A chosen dark theme and the system's dark theme are written in different CSS blocks: each is checked.
  it.each([
    { how: 'system light', colorScheme: 'light', chosen: false, theme: 'light' },
    { how: 'system dark', colorScheme: 'dark', chosen: false, theme: 'dark' },
    { how: 'dark chosen in the menu, system light', colorScheme: 'light', chosen: true, theme: 'dark' },
    { how: 'light chosen in the menu, system dark', colorScheme: 'dark', chosen: true, theme: 'light' },
  ] as const)('$how: body text at least 7:1, secondary text at least 4.5:1', async (c) => {
    const page = await harness.open(ARTICLE, { colorScheme: c.colorScheme });
    if (c.chosen) {
      await page.getByRole('combobox', { name: 'Theme' }).selectOption(c.theme);
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
