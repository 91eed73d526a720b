/**
 * Every page of both builds, loaded and scrolled to the bottom: no request to another origin (no fonts,
 * scripts, trackers) and a clean console. (The markup itself is read in tests/site/privacy.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { bothSites } from '../support/dist';
import { pagePaths, useBrowser } from './setup';

describe.each(bothSites.map((site) => [site.name, site] as const))(
  '%s, after load and a scroll',
  (_, site) => {
    const harness = useBrowser(site);

    it.each([...pagePaths(site), '/search/?q=ketamine', '/a/page/that/does/not/exist/'])(
      '%s',
      async (path) => {
        const context = await harness.browser.newContext();
        const page = await context.newPage();
        const foreign: string[] = [];
        const problems: string[] = [];
        let requests = 0;
        page.on('request', (request) => {
          requests += 1;
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
        expect(requests).toBeGreaterThanOrEqual(1);
        expect(foreign).toEqual([]);
        expect(problems).toEqual([]);
        await context.close();
      },
    );
  },
);
