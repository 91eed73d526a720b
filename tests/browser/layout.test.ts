/** No page of either build scrolls sideways on a small phone, a phone, a tablet or a desktop. */
import { describe, expect, it } from 'vitest';
import { bothSites } from '../support/dist';
import { pagePaths, useBrowser } from './setup';

const WIDTHS = [320, 390, 768, 1280];

describe.each(bothSites.map((site) => [site.name, site] as const))(
  'no horizontal scrolling, %s',
  (_, site) => {
    const harness = useBrowser(site);

    it.each(pagePaths(site))('%s', async (path) => {
      const context = await harness.browser.newContext();
      const page = await context.newPage();
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(harness.origin + path);
        const overflow = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          client: document.documentElement.clientWidth,
          widest: [...document.querySelectorAll('body *')]
            .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
            .slice(0, 3)
            .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
        }));
        expect(overflow.client).toBe(width);
        expect(overflow.scroll, `${width}px: ${overflow.widest.join(', ')}`).toBeLessThanOrEqual(
          overflow.client,
        );
      }
      await context.close();
    });
  },
);
