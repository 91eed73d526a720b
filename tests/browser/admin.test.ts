/**
 * The browser editor (/admin/) in Chromium, over a build served with the headers the hosts send (its own
 * Content-Security-Policy included): it starts with no configuration error and no console error, asks no
 * other origin for anything but GitHub's status, and in local-repository mode lists the articles and saves
 * every one with its body unchanged and its frontmatter meaning the same (but for the title the test changes):
 * the fixture articles over the fixture build, and the clinic's own articles (content/blog/) over the live build,
 * whose editor offers the live tags.
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { FIXTURE_CONTENT, ROOT } from '../../scripts/lib/paths.ts';
import { fixtureSite, liveSite, type BuiltSite } from '../support/dist';
import {
  GITHUB_STATUS,
  editorContext,
  openLocalRepository,
  readRepo,
  repoFiles,
  seedRepo,
  serveWithHeaders,
  splitMdx,
} from './editor-support';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe.each([
  { name: 'fixture', build: fixtureSite, content: FIXTURE_CONTENT },
  { name: 'live', build: liveSite, content: join(ROOT, 'content') },
] as { name: string; build: BuiltSite; content: string }[])(
  'the browser editor of the $name build',
  ({ build, content }) => {
    let origin = '';
    let close = async () => {};

    beforeAll(async () => {
      build.pages(); // fails with the command to run when the build is missing
      ({ origin, close } = await serveWithHeaders(build.dist));
    });

    afterAll(() => close());

    it('starts with its configuration, asks no other origin but GitHub’s status, and logs no error', async () => {
      const { context, foreign, problems } = await editorContext(browser, origin);
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

    it('lists every article of content/blog/ and saves each one with its body unchanged', async () => {
      const { context, foreign, problems } = await editorContext(browser, origin);
      const page = await context.newPage();
      const files = repoFiles(content);
      await seedRepo(page, origin, files);
      await openLocalRepository(page, origin);
      const articles = files
        .filter(({ path }) => path.startsWith('content/blog/') && path.endsWith('.mdx'))
        .map(({ path, b64 }) => ({ path, source: Buffer.from(b64, 'base64').toString('utf8') }));
      expect(articles.length).toBeGreaterThan(0);
      for (const { path, source } of articles) {
        const { data, body } = splitMdx(source);
        const title = String(data['title']);
        const row = page.getByRole('row', { name: new RegExp(escapeRegExp(title)) });
        await row.first().click();
        // Save stays disabled until something changes: the test changes the title, and expects that change only.
        await page.getByRole('textbox', { name: 'Title', exact: true }).fill(`${title} x`);
        await page.getByRole('button', { name: 'Save', exact: true }).click();
        await row.first().waitFor({ timeout: 15_000 }); // back to the list once saved
        const saved = splitMdx((await readRepo(page)).get(path)?.toString('utf8') ?? '');
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
  },
);
