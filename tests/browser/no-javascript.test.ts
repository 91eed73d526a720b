/** With JavaScript off, the fixture article, its table of contents and the consult actions are all there. */
import { describe, expect, it } from 'vitest';
import { site } from '../../src/config/site';
import { REVIEWED } from '../support/fixture-facts';
import { useBrowser } from './setup';

const harness = useBrowser();

describe('the article without JavaScript', () => {
  it.each([390, 1280])(
    'at %i px: the full text, the table of contents and the consult links',
    async (width) => {
      const page = await harness.open(REVIEWED.path, {
        javaScriptEnabled: false,
        viewport: { width, height: 900 },
      });
      const body = await page.locator('article .prose').innerText();
      for (const phrase of [...REVIEWED.phrases, ...REVIEWED.h2, REVIEWED.ctaInText])
        expect(body).toContain(phrase);

      const toc = page.locator(width < 1024 ? 'details.toc-collapsible' : '.toc-sidebar');
      expect(await toc.count()).toBe(1);
      if (width < 1024) await toc.locator('summary').click();
      expect(await toc.getByRole('link').count()).toBe(REVIEWED.h2.length + REVIEWED.h3.length);
      expect(await toc.getByRole('link', { name: REVIEWED.lastSection.text }).isVisible()).toBe(true);

      const cta = page.locator('section[aria-labelledby="consult-a-provider"]');
      expect(await cta.count()).toBe(1);
      expect(await cta.innerText()).toContain(REVIEWED.closing);
      expect(await cta.getByRole('link', { name: 'Book a consultation' }).getAttribute('href')).toBe(
        site.bookingUrl,
      );
      expect(await cta.getByRole('link', { name: `Call ${site.phone.display}` }).getAttribute('href')).toBe(
        `tel:${site.phone.e164}`,
      );
      expect(
        await page.getByRole('banner').getByRole('link', { name: 'Consult a provider' }).isVisible(),
      ).toBe(true);
      // Controls that need JavaScript are on the page but hidden rather than broken.
      for (const control of ['.theme-switcher', '.share-copy']) {
        expect(await page.locator(control).count(), control).toBeGreaterThanOrEqual(1);
        expect(await page.locator(control).first().isVisible(), control).toBe(false);
      }
      expect(await page.getByRole('link', { name: 'Share on Facebook' }).isVisible()).toBe(true);
      await page.context().close();
    },
  );
});
