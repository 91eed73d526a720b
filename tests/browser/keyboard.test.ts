/** Keyboard use: the skip link comes first and works, focus is always visible, controls answer to keys. */
import { describe, expect, it } from 'vitest';
import { useBrowser } from './setup';

const harness = useBrowser();
const ARTICLE = '/blog/ketamine-migraine-treatment/';

describe('keyboard', () => {
  it('starts with a visible skip link that moves focus to the main content', async () => {
    const page = await harness.open(ARTICLE, { viewport: { width: 390, height: 844 } });
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    const box = await skip.boundingBox();
    expect(box!.width).toBeGreaterThan(24);
    expect(box!.height).toBeGreaterThan(24);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.context().close();
  });

  it('shows a focus outline on every focusable control it tabs through', async () => {
    const page = await harness.open(ARTICLE, { viewport: { width: 1280, height: 900 } });
    const seen = new Set<string>();
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        return {
          label: `${el.tagName.toLowerCase()} ${el.textContent?.trim().slice(0, 30)}`,
          outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
        };
      });
      if (!focus) continue;
      seen.add(focus.label);
      expect(focus.outline, focus.label).toBe(true);
    }
    expect(seen.size).toBeGreaterThan(20);
    await page.context().close();
  });

  it('opens the phone table of contents and toggles the theme from the keyboard', async () => {
    const page = await harness.open(ARTICLE, { viewport: { width: 390, height: 844 } });
    const summary = page.locator('details.toc-phone summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('details.toc-phone').getAttribute('open')).not.toBeNull();
    const toggle = page.locator('.theme-toggle');
    await toggle.focus();
    await page.keyboard.press('Space');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await page.context().close();
  });

  it('marks the section being read in the wide table of contents', async () => {
    const page = await harness.open(ARTICLE, { viewport: { width: 1280, height: 900 } });
    await page.evaluate(() => document.getElementById('final-thoughts')!.scrollIntoView({ block: 'start' }));
    const current = page.locator('.toc-wide a[aria-current="true"]');
    await expect.poll(async () => (await current.textContent())?.trim()).toBe('Final Thoughts');
    await page.context().close();
  });
});
