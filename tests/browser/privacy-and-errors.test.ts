/** No page asks another origin for anything (no fonts, scripts, trackers), and the console stays clean. */
import { describe, expect, it } from 'vitest';
import { pagePaths, useBrowser } from './setup';

const harness = useBrowser();

describe('every page, after load and a scroll to the bottom', () => {
  it.each([...pagePaths(), '/search/?q=migraine', '/a/page/that/does/not/exist/'])('%s', async (path) => {
    const context = await harness.browser.newContext();
    const page = await context.newPage();
    const foreign: string[] = [];
    const problems: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin !== harness.origin && url.protocol !== 'data:') foreign.push(request.url());
    });
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('response', (response) => {
      if (response.status() >= 400 && response.url() !== harness.origin + path)
        problems.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(harness.origin + path);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    expect(foreign).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
