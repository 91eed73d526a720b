/**
 * `astro dev` with bad content: the server starts even with an article Astro's own schema refuses, every page
 * answers with the error overlay listing the content errors, and the pages come back once the files are fixed,
 * without a restart.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/paths.ts';
import { copySite, type SiteCopy } from '../../scripts/lib/site-copy.ts';

let copy: SiteCopy;
let server: ChildProcess;
let origin = '';
let output = '';

const NO_TITLE = `---
description: 'An article Astro itself refuses: it has no title, and the dev server must keep running.'
published: 2026-01-15
tags: [testing]
---

Body.
`;

async function until<T>(attempt: () => Promise<T | undefined>, what: string, seconds = 60): Promise<T> {
  const end = Date.now() + seconds * 1000;
  for (;;) {
    const value = await attempt().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`gave up waiting for ${what}\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The page's status and <title>: the overlay is a 500 titled with the error's name. */
async function visit(path: string): Promise<{ status: number; title: string }> {
  const response = await fetch(`${origin}${path}`);
  const html = await response.text();
  return { status: response.status, title: /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '' };
}

beforeAll(async () => {
  copy = copySite({ posts: ['minimal-article.mdx'] });
  writeFileSync(join(copy.dir, 'content', 'blog', 'no-title-yet.mdx'), NO_TITLE);
  copy.addPost('lowercase-component.mdx');
  const port = 4500 + Math.floor(Math.random() * 400);
  server = spawn(
    process.execPath,
    [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'dev', '--port', String(port)],
    {
      cwd: copy.dir,
      env: {
        PATH: process.env['PATH'],
        HOME: process.env['HOME'],
        ASTRO_DEV_BACKGROUND: '0',
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
      },
    },
  );
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  origin = `http://localhost:${port}`;
  await until(() => visit('/').then(() => true), 'the dev server');
}, 120_000);

afterAll(() => {
  server.kill();
  copy.remove();
});

describe('astro dev with bad content', () => {
  it('starts, and lists the content errors in its terminal', () => {
    expect(output).toContain('content/blog/lowercase-component.mdx:10:');
    expect(output).toContain('content/blog/no-title-yet.mdx');
  });

  it.each(['/', '/blog/', '/blog/minimal-article/', '/consult/'])(
    '%s shows the error overlay',
    async (path) => {
      expect(await visit(path)).toEqual({ status: 500, title: 'Content check' });
    },
  );

  it('keeps files other than pages working', async () => {
    expect((await fetch(`${origin}/rss.xml`)).status).toBe(200);
  });

  it('shows the pages again once the files are fixed, without a restart', async () => {
    rmSync(join(copy.dir, 'content', 'blog', 'lowercase-component.mdx'));
    writeFileSync(
      join(copy.dir, 'content', 'blog', 'no-title-yet.mdx'),
      NO_TITLE.replace('---\n', '---\ntitle: A title at last\n'),
    );
    const page = await until(
      () => visit('/blog/').then((result) => (result.status === 200 ? result : undefined)),
      'the overlay to go',
    );
    expect(page.title).not.toBe('Content check');
    // Astro reloads the fixed article on its own schedule: the check can be quicker.
    const fixed = await until(
      () => visit('/blog/no-title-yet/').then((result) => (result.status === 200 ? result : undefined)),
      'the fixed article',
      20,
    );
    expect(fixed.title).toContain('A title at last');
  });
});
