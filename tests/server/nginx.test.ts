/**
 * The site as a real server sends it: Debian's nginx with deploy/nginx.conf over the fixture build, loaded in
 * Chromium by the site's host name over HTTPS. Every page carries the policy's headers, breaks none of them
 * (no CSP violation, no console error), and the scripts the policy allows by hash still do their work.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { scanBuild } from '../../src/integrations/security-headers';
import { headersForPath, type PolicyInput } from '../../src/lib/security-headers/policy';
import { fixtureSite } from '../support/dist';
import { REVIEWED } from '../support/fixture-facts';
import { startNginx, type RunningNginx } from '../support/nginx';

let nginx: RunningNginx;
let browser: Browser;
let policy: PolicyInput;

beforeAll(async () => {
  fixtureSite.pages();
  policy = scanBuild(fixtureSite.dist).input;
  nginx = await startNginx({ dist: fixtureSite.dist });
  browser = await launchChromium([`--host-resolver-rules=MAP ${nginx.host} ${nginx.address}`]);
});
afterAll(async () => {
  await browser?.close();
  await nginx?.stop();
});

interface Visit {
  page: Page;
  context: BrowserContext;
  status: number;
  headers: Record<string, string>;
  /** CSP violations and console errors, as the page reported them. */
  problems: () => Promise<string[]>;
}

async function visit(path: string): Promise<Visit> {
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { violations: string[] }).violations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(
        `CSP ${event.violatedDirective}: ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      ),
    );
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  const response = await page.goto(nginx.origin + path, { waitUntil: 'load' });
  if (!response) throw new Error(`no response for ${path}`);
  return {
    page,
    context,
    status: response.status(),
    headers: await response.allHeaders(),
    problems: async () => {
      // Let late work (the TOC observer, deferred modules) run before counting.
      await page.waitForTimeout(200);
      const violations = await page.evaluate(
        () => (window as unknown as { violations: string[] }).violations,
      );
      return [...violations, ...errors];
    },
  };
}

function expectPolicyHeaders(path: string, headers: Record<string, string>) {
  const expected = headersForPath(path, policy);
  for (const [name, value] of Object.entries(expected)) {
    expect(headers[name.toLowerCase()], `${path}: ${name}`).toBe(value);
  }
}

describe('nginx with deploy/nginx.conf', () => {
  it('sends every page with its policy, and no page breaks it', async () => {
    const failures: string[] = [];
    for (const { path } of fixtureSite.pages()) {
      const visited = await visit(path);
      expect(visited.status, path).toBe(200);
      expectPolicyHeaders(path, visited.headers);
      failures.push(...(await visited.problems()).map((problem) => `${path}: ${problem}`));
      await visited.context.close();
    }
    expect(failures).toEqual([]);
  });

  it('answers a missing page with status 404, the site’s 404 page and the page policy', async () => {
    for (const path of ['/no-such-page/', '/blog/no-such-article/', '/og/no-such-image.png']) {
      const visited = await visit(path);
      expect(visited.status, path).toBe(404);
      expect(await visited.page.locator('html').getAttribute('data-page-kind'), path).toBe('not-found');
      expectPolicyHeaders('/no-such-page/', visited.headers);
      // The browser reports the 404 status itself as a console error; nothing else may appear.
      const problems = await visited.problems();
      expect(problems.filter((problem) => !problem.includes('status of 404'))).toEqual([]);
      await visited.context.close();
    }
  });

  it('redirects plain HTTP to HTTPS on the same host, and a folder without its slash to the folder', async () => {
    const context = await browser.newContext({ ignoreHTTPSErrors: true });
    const page = await context.newPage();
    const redirected = await page.goto(`http://${nginx.host}/blog/?x=1`);
    expect(page.url()).toBe(`https://${nginx.host}/blog/?x=1`);
    expect(redirected?.status()).toBe(200);
    await page.goto(`https://${nginx.host}/search`);
    expect(page.url()).toBe(`https://${nginx.host}/search/`);
    await context.close();
  });

  it('serves hashed assets immutable, images and the feed cross-origin readable, and compresses text', async () => {
    const asset = fixtureSite.files().find((file) => file.includes('/_astro/'));
    if (!asset) throw new Error('the fixture build has no hashed asset in _astro/');
    const assetPath = asset.slice(fixtureSite.dist.length - 1);
    for (const path of [assetPath, '/rss.xml', '/favicon.svg', '/pagefind/pagefind.js', '/robots.txt']) {
      const response = await nginx.get(path);
      expect(response.status, path).toBe(200);
      expectPolicyHeaders(path, response.headers);
    }
    expect((await nginx.get(assetPath)).headers['cache-control']).toContain('immutable');
    const page = await nginx.get(REVIEWED.path, { 'Accept-Encoding': 'gzip' });
    expect(page.headers['content-encoding']).toBe('gzip');
    expect(page.headers['server']).toBe('nginx');
  });

  it('keeps the theme control, the table of contents and the share buttons working', async () => {
    const visited = await visit(REVIEWED.path);
    const { page } = visited;
    const html = page.locator('html');
    const before = await html.getAttribute('data-theme');
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('green');
    await expect.poll(() => html.getAttribute('data-theme')).not.toBe(before);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.evaluate(
      (id) => document.getElementById(id)!.scrollIntoView({ block: 'start' }),
      REVIEWED.lastSection.id,
    );
    const current = page.locator('.toc-sidebar a[aria-current="true"]');
    await expect.poll(async () => (await current.textContent())?.trim()).toBe(REVIEWED.lastSection.text);
    await visited.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: nginx.origin });
    const share = page.locator('section[aria-labelledby="share"]');
    await share.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => share.getByRole('status').textContent()).toBe('Link copied.');
    expect(await visited.problems()).toEqual([]);
    await visited.context.close();
  });

  it('keeps search working under the search page’s policy (Pagefind’s WebAssembly, index and worker)', async () => {
    const visited = await visit(`/search/?q=${REVIEWED.searchWord}`);
    const result = visited.page.locator('.search-results a');
    await result.first().waitFor();
    expect(await result.getAttribute('href')).toBe(REVIEWED.path);
    expect(await visited.problems()).toEqual([]);
    await visited.context.close();
  });
});
