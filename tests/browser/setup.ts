/** One static server and one Chromium per test file, shared by its tests. */
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium, serveDist, type StaticServer } from '../support/browser';
import { assertBuilt, builtPages } from '../support/dist';

export interface BrowserHarness {
  origin: string;
  browser: Browser;
  open: (path: string, options?: BrowserContextOptions) => Promise<Page>;
}

export function useBrowser(): BrowserHarness {
  let server: StaticServer;
  const harness = {} as BrowserHarness;
  beforeAll(async () => {
    assertBuilt();
    server = await serveDist();
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

/** Every built HTML page, by the URL path a visitor would ask for. */
export function pagePaths(): string[] {
  return builtPages().map((p) => p.path);
}
