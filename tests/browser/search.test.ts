/** Pagefind search on the fixture site: finds articles by any word of their text, by keyboard, and loads only on the search page. */
import { describe, expect, it } from 'vitest';
import { REVIEWED } from '../support/fixture-facts';
import { pagePaths, useBrowser } from './setup';

const harness = useBrowser();

describe('search', () => {
  it(`finds the one article that says “${REVIEWED.searchWord}”, typed and submitted from the keyboard`, async () => {
    const page = await harness.open('/');
    await page.getByRole('banner').getByRole('link', { name: 'Search' }).click();
    await page.waitForURL('**/search/');
    const box = page.getByRole('searchbox', { name: 'Words to look for' });
    await box.focus();
    await page.keyboard.type(REVIEWED.searchWord);
    await page.keyboard.press('Enter');
    const result = page.locator('.search-results a');
    await result.first().waitFor();
    expect(await result.count()).toBe(1);
    expect(await result.getAttribute('href')).toBe(REVIEWED.path);
    expect(await result.textContent()).toContain(REVIEWED.title);
    expect(await page.getByRole('status').first().textContent()).toMatch(
      new RegExp(`1 article found for “${REVIEWED.searchWord}”`),
    );
    expect(await page.locator('.search-results mark').first().textContent()).toMatch(
      new RegExp(REVIEWED.searchWord, 'i'),
    );
    expect(page.url()).toMatch(new RegExp(`\\?q=${REVIEWED.searchWord}$`));
    await page.context().close();
  });

  it('answers a query in the address with every article that matches', async () => {
    const page = await harness.open('/search/?q=filler');
    await page.locator('.search-results a').first().waitFor();
    await expect.poll(() => page.locator('.search-results a').count()).toBeGreaterThanOrEqual(9);
    await page.context().close();
  });

  it('says so when nothing matches', async () => {
    const none = await harness.open('/search/?q=zqxjvw');
    await expect.poll(() => none.getByRole('status').first().textContent()).toMatch(/No articles mention/);
    expect(await none.locator('.search-results a').count()).toBe(0);
    await none.context().close();
  });

  it('finds no draft or scheduled post', async () => {
    for (const word of ['zebrafish', 'okapi']) {
      const page = await harness.open(`/search/?q=${word}`);
      await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(/No articles mention/);
      await page.context().close();
    }
  });

  it('loads no search code on any other page', async () => {
    const context = await harness.browser.newContext();
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    const others = pagePaths().filter((p) => p !== '/search/');
    expect(others.length).toBeGreaterThanOrEqual(20);
    for (const path of others) {
      await page.goto(harness.origin + path);
      await page.waitForLoadState('networkidle');
    }
    expect(requested.length).toBeGreaterThanOrEqual(others.length);
    expect(requested.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
    await context.close();
  });
});
