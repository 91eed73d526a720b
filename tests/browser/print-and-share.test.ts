/** Printing an article, and sharing it without any third-party script. */
import { describe, expect, it } from 'vitest';
import { site } from '../../src/config/site';
import { SITE_URL } from '../support/dist';
import { REVIEWED } from '../support/fixture-facts';
import { useBrowser } from './setup';

const harness = useBrowser();
const ARTICLE = REVIEWED.path;
const URL_OF_ARTICLE = `${SITE_URL}${ARTICLE}`;

describe('print', () => {
  it.each(['light', 'dark'] as const)(
    '%s theme: keeps the article, URL, dates, phone and disclaimer in black on white; drops navigation, theme control and buttons',
    async (colorScheme) => {
      const page = await harness.open(ARTICLE, { colorScheme });
      await page.emulateMedia({ media: 'print' });
      // Each selector must find something: a missing element would pass a "not visible" check.
      const visible = async (selector: string) => {
        expect(await page.locator(selector).count(), selector).toBeGreaterThanOrEqual(1);
        return page.locator(selector).first().isVisible();
      };
      expect(await visible('header nav')).toBe(false);
      expect(await visible('.theme-switcher')).toBe(false);
      expect(await visible('nav[aria-label="Breadcrumb"]')).toBe(false);
      expect(await page.locator('main button:visible, main .button-accent:visible').count()).toBe(0);
      expect(await visible('article h1')).toBe(true);
      expect(await visible('#disclaimer')).toBe(true);
      expect(await visible('#sources')).toBe(true);
      const printed = await page.locator('body').innerText();
      expect(printed).toContain(`Printed from ${URL_OF_ARTICLE}`);
      expect(printed).toContain(site.phone.display);
      expect(printed).toContain(REVIEWED.publishedText);
      expect(printed).toContain(REVIEWED.updatedText);
      expect(printed).toContain(site.disclaimer);
      const colours = await page.evaluate(() => ({
        text: getComputedStyle(document.querySelector('article .prose p')!).color,
        paper: getComputedStyle(document.body).backgroundColor,
      }));
      expect(colours).toEqual({ text: 'rgb(0, 0, 0)', paper: 'rgb(255, 255, 255)' });
      const pdf = await page.pdf({ format: 'Letter' });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      await page.context().close();
    },
  );
});

describe('sharing', () => {
  it('offers plain share links and a copy-link button that works', async () => {
    const context = await harness.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: harness.origin });
    const page = await context.newPage();
    await page.goto(harness.origin + ARTICLE);
    const share = page.locator('section[aria-labelledby="share"]');
    const hrefs = await share
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs).toEqual([
      expect.stringMatching(/^mailto:\?subject=/),
      expect.stringContaining(`https://x.com/intent/post?url=${encodeURIComponent(URL_OF_ARTICLE)}&text=`),
      expect.stringMatching(/^https:\/\/www\.facebook\.com\/sharer\/sharer\.php\?u=/),
      expect.stringMatching(/^https:\/\/www\.linkedin\.com\/sharing\/share-offsite\/\?url=/),
    ]);
    const copy = share.getByRole('button', { name: 'Copy link' });
    await copy.click();
    await expect.poll(() => share.getByRole('status').textContent()).toBe('Link copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(URL_OF_ARTICLE);
    await context.close();
  });

  it('shows the Share button only where the Web Share API exists', async () => {
    const context = await harness.browser.newContext();
    await context.addInitScript(() => {
      Object.defineProperty(navigator, 'share', { value: async () => undefined, configurable: true });
    });
    const page = await context.newPage();
    await page.goto(harness.origin + ARTICLE);
    expect(await page.getByRole('button', { name: 'Share…' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Share…' }).isVisible()).toBe(true);
    await context.close();
    const plain = await harness.open(ARTICLE);
    const hasShare = await plain.evaluate(() => 'share' in navigator);
    expect(await plain.locator('.share-native').count()).toBe(1);
    expect(await plain.getByRole('button', { name: 'Share…' }).isVisible()).toBe(hasShare);
    await plain.context().close();
  });
});
