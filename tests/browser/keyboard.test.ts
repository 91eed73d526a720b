/** Keyboard use, on the fixture site's fullest article: the skip link comes first and works, focus is always visible, controls answer to keys. */
import { describe, expect, it } from 'vitest';
import { REVIEWED } from '../support/fixture-facts';
import { useBrowser } from './setup';

const harness = useBrowser();
const ARTICLE = REVIEWED.path;

describe('keyboard', () => {
  it('starts with a visible skip link that moves focus to the main content', async () => {
    const page = await harness.open(ARTICLE, { viewport: { width: 390, height: 844 } });
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    expect(await skip.count()).toBe(1);
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

  it('opens the collapsible table of contents and chooses the theme from the keyboard', async () => {
    const page = await harness.open(ARTICLE, { viewport: { width: 390, height: 844 } });
    const details = page.locator('details.toc-collapsible');
    expect(await details.count()).toBe(1);
    expect(await details.getAttribute('open')).toBeNull();
    await details.locator('summary').focus();
    await page.keyboard.press('Enter');
    expect(await details.getAttribute('open')).not.toBeNull();
    expect(await details.getByRole('link', { name: REVIEWED.lastSection.text }).isVisible()).toBe(true);
    const theme = page.getByRole('combobox', { name: 'Theme' });
    expect(await theme.count()).toBe(1);
    expect(await theme.inputValue()).toBe('system');
    await theme.focus();
    await page.keyboard.press('ArrowDown');
    expect(await theme.inputValue()).toBe('light');
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('light');
    await page.context().close();
  });

  it('marks the section being read in the sidebar table of contents', async () => {
    const page = await harness.open(ARTICLE, { viewport: { width: 1280, height: 900 } });
    expect(await page.locator('.toc-sidebar').isVisible()).toBe(true);
    await page.evaluate(
      (id) => document.getElementById(id)!.scrollIntoView({ block: 'start' }),
      REVIEWED.lastSection.id,
    );
    const current = page.locator('.toc-sidebar a[aria-current="true"]');
    await expect.poll(async () => (await current.textContent())?.trim()).toBe(REVIEWED.lastSection.text);
    expect(await current.count()).toBe(1);
    await page.context().close();
  });
});
