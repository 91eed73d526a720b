/**
 * The browser editor (/admin/) in Chromium over the fixture build, served with the headers the hosts send (its
 * own Content-Security-Policy included): it starts with no configuration error and no console error, asks no
 * other origin for anything but GitHub's status, and in local-repository mode (the folder picker handed a copy
 * of the fixture content in the browser's private file system) lists the articles and saves every one with its
 * body unchanged and its frontmatter meaning the same (but for the title the test changes).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import sirv from 'sirv';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { FIXTURE_CONTENT } from '../../scripts/lib/paths.ts';
import { scanBuild } from '../../src/integrations/security-headers';
import { headersForPath } from '../../src/lib/security-headers/policy';
import { fixtureSite } from '../support/dist';

const GITHUB_STATUS = 'https://www.githubstatus.com/api/v2/status.json';

let server: Server;
let origin = '';
let browser: Browser;

beforeAll(async () => {
  fixtureSite.pages(); // fails with the command to run when the build is missing
  const policy = scanBuild(fixtureSite.dist).input;
  const files = sirv(fixtureSite.dist, { dev: false, extensions: ['html'] });
  server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    for (const [name, value] of Object.entries(headersForPath(path, policy))) response.setHeader(name, value);
    files(request, response, () => {
      response.writeHead(404).end('Not found');
    });
  });
  // 127.0.0.1: the editor offers "Work with Local Repository" only on a local address.
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

/** A browser context whose folder picker returns OPFS /repo, recording every request to another origin. */
async function editorContext(): Promise<{ context: BrowserContext; foreign: string[]; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const foreign: string[] = [];
  const problems: string[] = [];
  await context.route(
    (url) => url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:',
    (route) => {
      foreign.push(route.request().url());
      // No network in tests: GitHub's status (the editor's banner) is answered here, anything else refused.
      if (route.request().url() === GITHUB_STATUS)
        return route.fulfill({ json: { status: { indicator: 'none' } } });
      return route.abort();
    },
  );
  await context.addInitScript(() => {
    // Chromium has showDirectoryPicker; TypeScript's DOM library does not know it yet.
    (
      window as unknown as { showDirectoryPicker: () => Promise<FileSystemDirectoryHandle> }
    ).showDirectoryPicker = async () =>
      (await navigator.storage.getDirectory()).getDirectoryHandle('repo', { create: true });
  });
  context.on('page', (page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
  });
  return { context, foreign, problems };
}

/** The fixture content, laid out as the repository has it (content/blog/…), base64 for the page. */
function fixtureRepoFiles(): { path: string; b64: string }[] {
  const out: { path: string; b64: string }[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (!name.endsWith('.md')) {
        out.push({
          path: `content/${relative(FIXTURE_CONTENT, file)}`,
          b64: readFileSync(file).toString('base64'),
        });
      }
    }
  };
  walk(FIXTURE_CONTENT);
  return out;
}

async function seedRepo(page: Page, files: { path: string; b64: string }[]) {
  await page.goto(`${origin}/robots.txt`); // any same-origin page: OPFS belongs to the origin
  await page.evaluate(async (files) => {
    const root = await navigator.storage.getDirectory();
    await root.removeEntry('repo', { recursive: true }).catch(() => undefined);
    const repo = await root.getDirectoryHandle('repo', { create: true });
    await repo.getDirectoryHandle('.git', { create: true }); // the editor checks that the folder is a repository
    for (const { path, b64 } of files) {
      const parts = path.split('/');
      let dir = repo;
      for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
      const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
      await writable.write(Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)));
      await writable.close();
    }
  }, files);
}

async function readRepo(page: Page, path: string): Promise<string> {
  return page.evaluate(async (path) => {
    let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('repo');
    const parts = path.split('/');
    for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part);
    return (await (await dir.getFileHandle(parts.at(-1)!)).getFile()).text();
  }, path);
}

/** Frontmatter data and body (everything after the closing ---) of an MDX file. */
function split(source: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
  if (!match) throw new Error(`no frontmatter in:\n${source.slice(0, 200)}`);
  return { data: parse(match[1] ?? '') as Record<string, unknown>, body: match[2] ?? '' };
}

describe('the browser editor (/admin/)', () => {
  it('starts with its configuration, asks no other origin but GitHub’s status, and logs no error', async () => {
    const { context, foreign, problems } = await editorContext();
    const page = await context.newPage();
    const response = await page.goto(`${origin}/admin/`);
    expect(response?.headers()['x-robots-tag']).toBe('noindex, nofollow');
    await page.getByRole('button', { name: 'Work with Local Repository' }).waitFor({ timeout: 30_000 });
    await expect(page.getByText(/configuration|config error/i).count()).resolves.toBe(0);
    await page.waitForLoadState('networkidle');
    expect(foreign.filter((url) => url !== GITHUB_STATUS)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('lists the fixture articles and saves each one with its body unchanged', async () => {
    const { context, foreign, problems } = await editorContext();
    const page = await context.newPage();
    const files = fixtureRepoFiles();
    await seedRepo(page, files);
    await page.goto(`${origin}/admin/`);
    await page.getByRole('button', { name: 'Work with Local Repository' }).click();
    const articles = files
      .filter(({ path }) => path.startsWith('content/blog/') && path.endsWith('.mdx'))
      .map(({ path, b64 }) => ({ path, source: Buffer.from(b64, 'base64').toString('utf8') }));
    expect(articles.length).toBeGreaterThan(5);
    for (const { path, source } of articles) {
      const { data, body } = split(source);
      const title = String(data['title']);
      const row = page.getByRole('row', { name: new RegExp(title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
      await row.first().click();
      // Save stays disabled until something changes: the test changes the title, and expects that change only.
      await page.getByRole('textbox', { name: 'Title', exact: true }).fill(`${title} x`);
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await row.first().waitFor({ timeout: 15_000 }); // back to the list once saved
      const saved = split(await readRepo(page, path));
      expect(saved.body, path).toBe(body);
      const { draft = false, ...rest } = data;
      expect(JSON.parse(JSON.stringify({ draft: false, ...saved.data })), path).toEqual(
        JSON.parse(JSON.stringify({ draft, ...rest, title: `${title} x` })),
      );
    }
    expect(foreign.filter((url) => url !== GITHUB_STATUS)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  }, 300_000);
});
