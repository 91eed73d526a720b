/**
 * The browser editor (/admin/) under test: a build served on 127.0.0.1 with the headers the hosts send (the
 * editor offers "Work with Local Repository" only on a local address), and a browser context whose folder
 * picker hands the editor a copy of the content in the browser's origin-private file system (headless
 * Chromium has no folder picker). Every request to another origin is recorded and refused, but for GitHub's
 * status, which the editor polls and the test answers.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import sirv from 'sirv';
import { parse } from 'yaml';
import { scanBuild } from '../../src/integrations/security-headers';
import { headersForPath } from '../../src/lib/security-headers/policy';

export const GITHUB_STATUS = 'https://www.githubstatus.com/api/v2/status.json';

export async function serveWithHeaders(
  dist: string,
): Promise<{ origin: string; close: () => Promise<void> }> {
  const policy = scanBuild(dist).input;
  const files = sirv(dist, { dev: false, extensions: ['html'] });
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    for (const [name, value] of Object.entries(headersForPath(path, policy))) response.setHeader(name, value);
    files(request, response, () => {
      response.writeHead(404).end('Not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export interface EditorContext {
  context: BrowserContext;
  /** Requests to any other origin (refused, but for GitHub's status). */
  foreign: string[];
  /** Console errors and uncaught exceptions of every page. */
  problems: string[];
}

export async function editorContext(browser: Browser, origin: string): Promise<EditorContext> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const foreign: string[] = [];
  const problems: string[] = [];
  await context.route(
    (url) => url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:',
    (route) => {
      foreign.push(route.request().url());
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

export interface RepoFile {
  /** The path in the repository, like content/blog/x.mdx. */
  path: string;
  b64: string;
}

/** A content folder laid out as the repository has it (content/blog/…), base64 for the page. */
export function repoFiles(contentDir: string): RepoFile[] {
  const out: RepoFile[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else
        out.push({
          path: `content/${relative(contentDir, file)}`,
          b64: readFileSync(file).toString('base64'),
        });
    }
  };
  walk(contentDir);
  return out;
}

/** Replaces the private file system's /repo with the files, plus the .git folder the editor looks for. */
export async function seedRepo(page: Page, origin: string, files: RepoFile[]): Promise<void> {
  await page.goto(`${origin}/robots.txt`); // any same-origin page: the private file system belongs to the origin
  await page.evaluate(async (files) => {
    const root = await navigator.storage.getDirectory();
    await root.removeEntry('repo', { recursive: true }).catch(() => undefined);
    const repo = await root.getDirectoryHandle('repo', { create: true });
    await repo.getDirectoryHandle('.git', { create: true });
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

/** Every file of /repo (but .git), as the editor left it. */
export async function readRepo(page: Page): Promise<Map<string, Buffer>> {
  const files = await page.evaluate(async () => {
    const out: { path: string; b64: string }[] = [];
    const walk = async (dir: FileSystemDirectoryHandle, prefix: string) => {
      // Chromium's directory handles are async-iterable; TypeScript's DOM library does not say so yet.
      for await (const [name, handle] of (
        dir as unknown as { entries: () => AsyncIterable<[string, FileSystemHandle]> }
      ).entries()) {
        if (handle.kind === 'directory') {
          if (name !== '.git') await walk(handle as FileSystemDirectoryHandle, `${prefix}${name}/`);
        } else {
          const bytes = new Uint8Array(
            await (await (handle as FileSystemFileHandle).getFile()).arrayBuffer(),
          );
          let binary = '';
          for (const byte of bytes) binary += String.fromCharCode(byte);
          out.push({ path: `${prefix}${name}`, b64: btoa(binary) });
        }
      }
    };
    await walk(await (await navigator.storage.getDirectory()).getDirectoryHandle('repo'), '');
    return out;
  });
  return new Map(files.map(({ path, b64 }) => [path, Buffer.from(b64, 'base64')]));
}

/** Frontmatter data and body (everything after the closing ---) of an MDX file. */
export function splitMdx(source: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
  if (!match) throw new Error(`no frontmatter in:\n${source.slice(0, 200)}`);
  return { data: parse(match[1] ?? '') as Record<string, unknown>, body: match[2] ?? '' };
}

/** Opens the editor on the seeded repository: it lands on the article list. */
export async function openLocalRepository(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/admin/`);
  await page.getByRole('button', { name: 'Work with Local Repository' }).click();
}

/** Scrolls the edit pane to its end: the editor draws the fields far down (the draft switch, the text) only then. */
export async function scrollEditPane(page: Page): Promise<void> {
  const title = await page.getByRole('textbox', { name: 'Title', exact: true }).boundingBox();
  if (!title) throw new Error('the edit pane is not open');
  await page.mouse.move(title.x + 100, 600);
  for (let i = 0; i < 40; i++) await page.mouse.wheel(0, 800);
}

/** Types into the article's text (its first paragraph, when the article is new). */
export async function typeInText(page: Page, text: string): Promise<void> {
  await scrollEditPane(page);
  await page.locator('[contenteditable=true]').first().click();
  await page.keyboard.type(text);
}
