/**
 * Chrome paints a page while it is still reading it. The header and the footer are `.paint-whole`: laid out but
 * not painted until their last child has been read (global.css), so a paint that lands inside them moves nothing
 * later. The server here sends a page in two parts and holds the second back until the test has looked, which makes
 * such a paint certain.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { bothSites, fixtureSite } from '../support/dist';

/** Long enough for Chrome to paint what it has read while the rest of the page is held back. */
const PAINT_MS = 300;

describe('every header and footer ends with the marker that lets it show', () => {
  it.each(bothSites.flatMap((site) => site.pages().map((page) => [site.name, page] as const)))(
    '%s %s',
    (_, { $ }) => {
      const blocks = $('.paint-whole');
      expect(blocks.toArray().map((block) => block.tagName)).toEqual(['header', 'footer']);
      for (const block of blocks.toArray()) {
        expect($(block).children().last().is('span.paint-whole-end[hidden]')).toBe(true);
      }
    },
  );
});

describe('a paint during the header or the footer moves nothing', () => {
  /** What the server sends for the page being tested: the HTML before `cut`, then, once released, the rest. */
  let parts: [string, string] = ['', ''];
  let pagePath = '';
  let sendRest = () => {};
  let server: Server;
  let origin = '';
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
    server = createServer((request, response) => {
      // Only the page: an icon or manifest request must not take the page's place.
      if (request.url !== pagePath) return void response.writeHead(404).end();
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.write(parts[0]);
      // The rest is held back until the test has looked at the page, however slow the machine.
      void new Promise<void>((resolve) => (sendRest = resolve)).then(() => response.end(parts[1]));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    sendRest();
    await browser?.close();
    server?.close();
  });

  /** Loads `path` cut before the first `cut`; reports the block while the rest is awaited, and after. */
  async function loadInTwoParts(page: Page, path: string, cut: string, block: string) {
    const html = fixtureSite.page(path).html;
    const at = html.indexOf(cut);
    expect(at, cut).toBeGreaterThan(0);
    parts = [html.slice(0, at), html.slice(at)];
    pagePath = path;
    await page.addInitScript(() => {
      const shifts: unknown[] = [];
      Object.assign(window, { shifts });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) shifts.push(entry.toJSON());
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${origin}${path}`, { waitUntil: 'commit' });
    // The first part is read and painted: the block has started, and is not shown yet.
    await page.waitForSelector(`${block} *`, { state: 'attached' });
    await page.waitForTimeout(PAINT_MS);
    const visibilityWhileReading = await page
      .locator(block)
      .evaluate((el) => getComputedStyle(el).visibility)
      .finally(sendRest);
    await page.waitForLoadState('load');
    await page.waitForTimeout(200);
    return {
      visibilityWhileReading,
      visibility: await page.locator(block).evaluate((el) => getComputedStyle(el).visibility),
      shifts: await page.evaluate(() => (window as unknown as { shifts: unknown[] }).shifts),
    };
  }

  it.each([
    // The header read up to its search link: the theme switcher is still to come.
    ['the header', '/blog/', '<div class="theme-switcher', 'body > header', { width: 1280, height: 900 }],
    [
      'the header on a phone',
      '/blog/',
      '<div class="theme-switcher',
      'body > header',
      { width: 390, height: 844 },
    ],
    // A page shorter than the window, whose footer is pushed to its bottom: read up to the footer's first section.
    [
      'the footer',
      '/search/',
      '<section aria-labelledby="footer-clinic"',
      'body > footer',
      { width: 1280, height: 2400 },
    ],
  ])('%s', async (_, path, cut, block, viewport) => {
    const context = await browser.newContext({ viewport });
    try {
      const seen = await loadInTwoParts(await context.newPage(), path, cut, block);
      expect(seen.visibilityWhileReading).toBe('hidden');
      expect(seen.visibility).toBe('visible');
      expect(seen.shifts).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
