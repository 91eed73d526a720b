/** Pagefind search: finds articles by any word of their text, by keyboard, and loads only on the search page. */
import { describe, expect, it } from 'vitest';
import { pagePaths, useBrowser } from './setup';

const harness = useBrowser();

describe('search', () => {
  it('finds the migraine article for “esketamine”, typed and submitted from the keyboard', async () => {
    const page = await harness.open('/');
    await page.getByRole('banner').getByRole('link', { name: 'Search' }).click();
    await page.waitForURL('**/search/');
    const box = page.getByRole('searchbox', { name: 'Words to look for' });
    await box.focus();
    await page.keyboard.type('esketamine');
    await page.keyboard.press('Enter');
    const result = page.getByRole('list').getByRole('link', { name: /Ketamine Migraine Treatment/ });
    await result.waitFor();
    expect(await result.getAttribute('href')).toBe('/blog/ketamine-migraine-treatment/');
    expect(await page.getByRole('status').first().textContent()).toMatch(/1 article found for “esketamine”/);
    expect(await page.locator('.search-results mark').first().textContent()).toMatch(/esketamine/i);
    expect(page.url()).toMatch(/\?q=esketamine$/);
    await page.context().close();
  });

  it('answers a query in the address, and says so when nothing matches', async () => {
    const page = await harness.open('/search/?q=NMDA');
    await page.locator('.search-results a').first().waitFor();
    const none = await harness.open('/search/?q=zqxjvw');
    await expect.poll(() => none.getByRole('status').first().textContent()).toMatch(/No articles mention/);
    await page.context().close();
    await none.context().close();
  });

  it('loads no search code on any other page', async () => {
    const context = await harness.browser.newContext();
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    for (const path of pagePaths().filter((p) => p !== '/search/')) {
      await page.goto(harness.origin + path);
      await page.waitForLoadState('networkidle');
    }
    expect(requested.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
    await context.close();
  });
});
