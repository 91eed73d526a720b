/**
 * The dim green theme for light-sensitive readers (issue 15): axe finds nothing on any kind of page; body text
 * and links reach 7:1 and muted text 4.5:1; no colour the page computes (text, background, borders, outlines,
 * decorations, SVG paint, ::selection, accent-color, the focus ring) has a red or blue channel above 0x20,
 * photos aside; the choice survives a reload and is already there at the first paint; the menu works by
 * keyboard; "system" follows the system; printing stays black on white.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { STORAGE_KEYS } from '../../src/lib/browser-storage';
import { palette, themeColors } from '../../src/lib/palette';
import { MIGRAINE_TAG, REVIEWED } from '../support/fixture-facts';
import { useBrowser } from './setup';
import { contrast, firstPaint, hex, RECORD_FIRST_PAINT } from './theme-support';

const harness = useBrowser();
const ARTICLE = REVIEWED.path;
const GREEN = palette('green');
const CHANNEL_LIMIT = 0x20;

const PAGE_TYPES = {
  home: '/',
  'blog index': '/blog/',
  'tag page': MIGRAINE_TAG.path,
  article: ARTICLE,
  'author page': REVIEWED.reviewer.path,
  'consult page': '/consult/',
  'search page, with results': '/search/?q=filler',
  'editorial page': '/privacy/',
  '404 page': '/no-such-page/',
};
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

/** A page opened with the green theme already saved, as a returning reader would have it. */
async function openGreen(path: string, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await harness.browser.newContext(options);
  await context.addInitScript(
    ([key, theme]) => {
      // Only before the first page of the context, so a test can change the choice and reload.
      if (!sessionStorage.getItem('seeded')) {
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem(key!, theme!);
      }
    },
    [STORAGE_KEYS.theme, 'green'],
  );
  const page = await context.newPage();
  await page.goto(harness.origin + path);
  expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('green');
  return page;
}

/**
 * Runs in the page: every colour the page computes whose red or blue channel is above the limit, as
 * "element property: value". Photos (img, picture, video) are left aside; a colour written in a syntax
 * other than rgb() is reported too, so nothing escapes by being unreadable.
 */
function coloursAboveLimit(limit: number): string[] {
  const PROPERTIES = [
    'color',
    'background-color',
    'background-image',
    'border-top-color',
    'border-right-color',
    'border-bottom-color',
    'border-left-color',
    'outline-color',
    'text-decoration-color',
    'text-emphasis-color',
    'column-rule-color',
    'caret-color',
    'accent-color',
    'fill',
    'stroke',
    'box-shadow',
    'text-shadow',
    'scrollbar-color',
  ];
  const OTHER_SYNTAX = /\b(?:color|lab|lch|oklab|oklch|hsl|hsla|hwb|color-mix)\(/;
  const found: string[] = [];
  const name = (el: Element) =>
    `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].slice(0, 2).join('.')}` : ''}`;
  const check = (label: string, property: string, value: string) => {
    if (property === 'accent-color' && value === 'auto') {
      found.push(`${label} ${property}: auto (the browser's own colour)`);
      return;
    }
    if (OTHER_SYNTAX.test(value)) found.push(`${label} ${property}: ${value}`);
    for (const [rgb, channels] of value.matchAll(/rgba?\(([^)]*)\)/g)) {
      const [r, , b, alpha = 1] = channels!
        .split(/[\s,/]+/)
        .filter(Boolean)
        .map(Number);
      if (alpha > 0 && (r! > limit || b! > limit)) found.push(`${label} ${property}: ${rgb}`);
    }
  };
  for (const el of document.querySelectorAll('*')) {
    if (el.closest('img, picture, video')) continue;
    const label = name(el);
    const style = getComputedStyle(el);
    for (const property of PROPERTIES) check(label, property, style.getPropertyValue(property));
    const selection = getComputedStyle(el, '::selection');
    check(label, '::selection color', selection.color);
    check(label, '::selection background-color', selection.backgroundColor);
    for (const pseudo of ['::before', '::after', '::marker', '::placeholder']) {
      const generated = getComputedStyle(el, pseudo);
      if (pseudo !== '::placeholder' && pseudo !== '::marker' && generated.content === 'none') continue;
      for (const property of ['color', 'background-color', 'border-top-color', 'text-decoration-color']) {
        check(`${label}${pseudo}`, property, generated.getPropertyValue(property));
      }
    }
  }
  return found;
}

/** The colour behind an element: the first ancestor (or itself) with an opaque background. */
function effectiveColours(selector: string): { color: string; background: string } {
  const el = document.querySelector(selector);
  if (!el) throw new Error(`nothing matches ${selector}`);
  let node: Element | null = el;
  while (node) {
    const background = getComputedStyle(node).backgroundColor;
    if (!/rgba\(.*,\s*0\)$/.test(background) && background !== 'transparent') {
      return { color: getComputedStyle(el).color, background };
    }
    node = node.parentElement;
  }
  throw new Error(`no background behind ${selector}`);
}

describe('the dim green theme', () => {
  it.concurrent.for(Object.entries(PAGE_TYPES))(
    '%s: axe finds nothing at 390 and 1280 px',
    async ([, path], { expect }) => {
      const found: string[] = [];
      for (const width of [390, 1280]) {
        const page = await openGreen(path, { viewport: { width, height: 900 } });
        if (path.startsWith('/search/')) await page.locator('.search-results li').first().waitFor();
        const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        found.push(
          ...results.violations.map(
            (v) => `${width}px ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
          ),
        );
        await page.context().close();
      }
      expect(found).toEqual([]);
    },
  );

  it.concurrent.for(Object.entries(PAGE_TYPES))(
    '%s: no computed colour has a red or blue channel above 0x20',
    async ([, path], { expect }) => {
      const page = await openGreen(path, { viewport: { width: 1280, height: 900 } });
      if (path.startsWith('/search/')) await page.locator('.search-results mark').first().waitFor();
      expect(await page.evaluate(coloursAboveLimit, CHANNEL_LIMIT)).toEqual([]);
      await page.context().close();
    },
  );

  it('finds a colour above the limit when there is one (the check can fail)', async () => {
    const page = await openGreen(ARTICLE);
    await page.evaluate(() => {
      document.querySelector('article .prose p')!.classList.add('probe');
      const style = document.createElement('style');
      style.textContent =
        '.probe { color: rgb(40, 200, 0) } .probe::selection { background-color: rgb(0, 0, 33) }';
      document.head.append(style);
    });
    const found = await page.evaluate(coloursAboveLimit, CHANNEL_LIMIT);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^p\.probe color: rgb\(40, 200, 0\)$/),
        expect.stringMatching(/^p\.probe ::selection background-color: rgb\(0, 0, 33\)$/),
      ]),
    );
    await page.context().close();
  });

  it('keeps every focus ring visible and green, from the keyboard', async () => {
    const page = await openGreen(ARTICLE, { viewport: { width: 1280, height: 900 } });
    const seen = new Set<string>();
    for (let i = 0; i < 60; i += 1) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        let node: Element | null = el.parentElement;
        let background = 'rgba(0, 0, 0, 0)';
        while (node && /rgba\(.*,\s*0\)$/.test(background)) {
          background = getComputedStyle(node).backgroundColor;
          node = node.parentElement;
        }
        return {
          label: `${el.tagName.toLowerCase()} ${el.textContent?.trim().slice(0, 30)}`,
          style: style.outlineStyle,
          width: parseFloat(style.outlineWidth),
          color: style.outlineColor,
          background,
        };
      });
      if (!focus) continue;
      seen.add(focus.label);
      expect(focus.style, focus.label).not.toBe('none');
      expect(focus.width, focus.label).toBeGreaterThanOrEqual(2);
      expect(hex(focus.color), focus.label).toBe(GREEN.focus);
      // WCAG 2.2's focus appearance asks 3:1 between the ring and what surrounds it.
      expect(contrast(focus.color, focus.background), focus.label).toBeGreaterThanOrEqual(3);
    }
    expect(seen.size).toBeGreaterThan(20);
    await page.context().close();
  });

  it('keeps body text and links at 7:1 or more, links underlined, and muted text at 4.5:1 or more', async () => {
    for (const width of [390, 1280]) {
      const page = await openGreen(ARTICLE, { viewport: { width, height: 900 } });
      const ratio = async (selector: string) => {
        const { color, background } = await page.evaluate(effectiveColours, selector);
        return contrast(color, background);
      };
      expect(hex(await page.evaluate(() => getComputedStyle(document.body).backgroundColor))).toBe(
        GREEN.paper,
      );
      expect(await ratio('article .prose p'), 'body text').toBeGreaterThanOrEqual(7);
      expect(await ratio('article h1'), 'heading').toBeGreaterThanOrEqual(7);
      expect(await ratio('article .prose p a'), 'link in text').toBeGreaterThanOrEqual(7);
      expect(await ratio('article dl dd a'), 'byline link').toBeGreaterThanOrEqual(7);
      expect(await ratio('article dl dd'), 'muted text').toBeGreaterThanOrEqual(4.5);
      expect(await ratio('header nav a'), 'header link on the surface').toBeGreaterThanOrEqual(7);
      expect(await ratio('.text-muted'), 'muted text').toBeGreaterThanOrEqual(4.5);
      expect(await ratio('.button-accent'), 'button').toBeGreaterThanOrEqual(7);
      // Links are told from text by their underline, not by colour alone.
      const decoration = await page.evaluate(
        () => getComputedStyle(document.querySelector('article .prose p a')!).textDecorationLine,
      );
      expect(decoration).toContain('underline');
      await page.context().close();
    }
  });

  it('dims photos on screen, and leaves them as they are in light and dark', async () => {
    const green = await openGreen(ARTICLE);
    const filterOf = (page: Page) =>
      page.evaluate(() => getComputedStyle(document.querySelector('article img')!).filter);
    expect(await filterOf(green)).toMatch(/brightness\(0\.\d+\)/);
    await green.context().close();
    const light = await harness.open(ARTICLE, { colorScheme: 'light' });
    expect(await filterOf(light)).toBe('none');
    await light.context().close();
  });

  it('survives a reload: the first paint is already green', async () => {
    const context = await harness.browser.newContext({ colorScheme: 'light' });
    await context.addInitScript(RECORD_FIRST_PAINT);
    const page = await context.newPage();
    await page.goto(harness.origin + ARTICLE);
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('green');
    for (const path of [ARTICLE, '/']) {
      await page.goto(harness.origin + path);
      const paint = await firstPaint(page);
      expect(paint.theme, path).toBe('green');
      expect(hex(paint.background), path).toBe(GREEN.paper);
    }
    await context.close();
  });

  it('would see a flash: with the early script blind to "green", the first paint is not green', async () => {
    const context = await harness.browser.newContext({ colorScheme: 'light' });
    await context.addInitScript(RECORD_FIRST_PAINT);
    await context.addInitScript(([key]) => localStorage.setItem(key!, 'green'), [STORAGE_KEYS.theme]);
    // The same page with 'green' taken out of the list of themes the inline script in <head> accepts.
    await context.route(`${harness.origin}${ARTICLE}`, async (route) => {
      const response = await route.fetch();
      const html = await response.text();
      expect(html).toMatch(/,\s*"green"\]/);
      await route.fulfill({ response, body: html.replace(/,\s*"green"\]/, ']') });
    });
    const page = await context.newPage();
    await page.goto(harness.origin + ARTICLE);
    const paint = await firstPaint(page);
    expect(paint.theme).toBeNull();
    expect(hex(paint.background)).toBe(themeColors().light);
    await context.close();
  });

  it('chooses system, light, dark and green from the keyboard', async () => {
    const context = await harness.browser.newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(harness.origin + ARTICLE);
    const menu = page.getByRole('combobox', { name: 'Theme' });
    expect(await menu.inputValue()).toBe('system');
    const options = await menu
      .locator('option')
      .evaluateAll((all) => all.map((o) => [(o as HTMLOptionElement).value, o.textContent]));
    expect(options).toEqual([
      ['system', 'System'],
      ['light', 'Light'],
      ['dark', 'Dark'],
      ['green', 'Green'],
    ]);
    await menu.focus();
    const state = () =>
      page.evaluate(
        (key) => ({
          theme: document.documentElement.dataset['theme'] ?? null,
          saved: localStorage.getItem(key),
        }),
        STORAGE_KEYS.theme,
      );
    for (const theme of ['light', 'dark', 'green']) {
      await page.keyboard.press('ArrowDown');
      expect(await state()).toEqual({ theme, saved: theme });
    }
    expect(hex(await page.evaluate(() => getComputedStyle(document.body).backgroundColor))).toBe(GREEN.paper);
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowUp');
    expect(await menu.inputValue()).toBe('system');
    expect(await state()).toEqual({ theme: null, saved: null });
    await context.close();
  });

  it('"system" follows the system setting as it changes', async () => {
    const page = await harness.open(ARTICLE, { colorScheme: 'light' });
    const background = async () =>
      hex(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
    expect(await page.getByRole('combobox', { name: 'Theme' }).inputValue()).toBe('system');
    expect(await background()).toBe(themeColors().light);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await background()).toBe(themeColors().dark);
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('green');
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await background()).toBe(GREEN.paper);
    await page.context().close();
  });

  it('colours the browser chrome with the chosen theme’s paper, and gives it back to the system', async () => {
    const page = await openGreen(ARTICLE, { colorScheme: 'light' });
    const chrome = () =>
      page.evaluate(() =>
        [...document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')].map((meta) =>
          [meta.media, meta.content].join(' '),
        ),
      );
    const { light, dark } = themeColors();
    const perScheme = [`(prefers-color-scheme: light) ${light}`, `(prefers-color-scheme: dark) ${dark}`];
    expect(await chrome()).toEqual([` ${GREEN.paper}`, ...perScheme]);
    const menu = page.getByRole('combobox', { name: 'Theme' });
    await menu.selectOption('dark');
    expect(await chrome()).toEqual([` ${dark}`, ...perScheme]);
    await menu.selectOption('system');
    expect(await chrome()).toEqual(perScheme);
    await menu.selectOption('green');
    expect(await chrome()).toEqual([` ${GREEN.paper}`, ...perScheme]);
    await page.context().close();
  });

  it('prints black on white, photos undimmed, with the green theme chosen', async () => {
    const page = await openGreen(ARTICLE);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => ({
      text: getComputedStyle(document.querySelector('article .prose p')!).color,
      link: getComputedStyle(document.querySelector('article .prose p a')!).color,
      paper: getComputedStyle(document.body).backgroundColor,
      photo: getComputedStyle(document.querySelector('article img')!).filter,
      menu: getComputedStyle(document.querySelector('.theme-switcher')!).display,
    }));
    expect(printed).toEqual({
      text: 'rgb(0, 0, 0)',
      link: 'rgb(0, 0, 0)',
      paper: 'rgb(255, 255, 255)',
      photo: 'none',
      menu: 'none',
    });
    await page.context().close();
  });
});
