/**
 * One static server and one Chromium per test file, shared by its tests. A missing Chromium fails the tests
 * (launching throws), it never skips them.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium, serveDist, type StaticServer } from '../../scripts/lib/browser.ts';
import { fixtureSite, type BuiltSite } from '../support/dist';

export interface BrowserHarness {
  origin: string;
  browser: Browser;
  open: (path: string, options?: BrowserContextOptions) => Promise<Page>;
}

/** Serves one build (the fixture site unless told otherwise) for the tests of the calling file. */
export function useBrowser(site: BuiltSite = fixtureSite): BrowserHarness {
  let server: StaticServer;
  const harness = {} as BrowserHarness;
  beforeAll(async () => {
    site.pages(); // fails with the command to run when the build is missing
    server = await serveDist(site.dist);
    harness.origin = server.origin;
    harness.browser = await launchChromium();
    harness.open = async (path, options = {}) => {
      const context = await harness.browser.newContext(options);
      const page = await context.newPage();
      await page.goto(server.origin + path);
      return page;
    };
  });
  afterAll(async () => {
    await harness.browser?.close();
    await server?.close();
  });
  return harness;
}

/** Every built HTML page of a build, by the URL path a visitor would ask for. */
export function pagePaths(site: BuiltSite = fixtureSite): string[] {
  const paths = site.pages().map((p) => p.path);
  if (paths.length < 5) throw new Error(`the ${site.name} has only ${paths.length} pages`);
  return paths;
}
