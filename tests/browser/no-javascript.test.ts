/** With JavaScript off, the article, its table of contents and the consult actions are all there. */
import { describe, expect, it } from 'vitest';
import { site } from '../../src/config/site';
import { useBrowser } from './setup';

const harness = useBrowser();

describe('the article without JavaScript', () => {
  it('shows the full text, the table of contents and the consult links', async () => {
    for (const width of [390, 1280]) {
      const page = await harness.open('/blog/ketamine-migraine-treatment/', {
        javaScriptEnabled: false,
        viewport: { width, height: 900 },
      });
      const body = await page.locator('article .prose').innerText();
      for (const phrase of [
        'Migraines are far more than just severe headaches',
        'Ketamine blocks NMDA receptors',
        'Temporary dissociation or mild hallucinations during infusions',
        'esketamine nasal spray may offer even more accessible ways',
        'Relief could be closer than you think.',
      ]) {
        expect(body).toContain(phrase);
      }

      const toc = page.getByRole('navigation', { name: 'Table of contents' });
      if (width < 1024) await page.locator('details.toc-phone summary').click();
      await expect.poll(() => toc.getByRole('link').count()).toBeGreaterThanOrEqual(10);
      expect(await toc.getByRole('link', { name: 'Final Thoughts' }).isVisible()).toBe(true);

      const cta = page.locator('section[aria-labelledby="consult-a-provider"]');
      expect(await cta.getByRole('link', { name: 'Book a consultation' }).getAttribute('href')).toBe(
        site.bookingUrl,
      );
      expect(await cta.getByRole('link', { name: `Call ${site.phone.display}` }).getAttribute('href')).toBe(
        `tel:${site.phone.e164}`,
      );
      expect(
        await page.getByRole('banner').getByRole('link', { name: 'Consult a provider' }).isVisible(),
      ).toBe(true);
      // Controls that need JavaScript stay hidden rather than broken.
      expect(await page.locator('.theme-toggle').isVisible()).toBe(false);
      expect(await page.locator('.share-copy').isVisible()).toBe(false);
      expect(await page.getByRole('link', { name: 'Share on Facebook' }).isVisible()).toBe(true);
      await page.context().close();
    }
  });
});
