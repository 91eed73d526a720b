/** `npm run new` in a copy of the site: the draft it writes builds, and stays out of the built site. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/paths.ts';
import { copySite } from '../../scripts/lib/site-copy.ts';

const copy = copySite({ posts: ['minimal-article.mdx'] });
afterAll(() => copy.remove());
const runNew = (title: string) =>
  spawnSync(process.execPath, [join(ROOT, 'scripts', 'new-post.ts'), title], {
    cwd: copy.dir,
    encoding: 'utf8',
  });

it('writes a draft the build accepts and keeps out of the site, and refuses a second file for its address', () => {
  const created = runNew('Sleep & Migraine: What Helps?');
  expect(created.status, created.stderr).toBe(0);
  const file = join(copy.dir, 'content', 'blog', 'sleep-migraine-what-helps.mdx');
  expect(readFileSync(file, 'utf8')).toContain('draft: true');

  const again = runNew('sleep, migraine: what helps');
  expect(again.status).toBe(1);
  expect(again.stderr).toContain('content/blog/sleep-migraine-what-helps.mdx already has the address');

  const { ok, output } = copy.build();
  expect(ok, output).toBe(true);
  expect(existsSync(join(copy.dir, 'dist', 'blog', 'minimal-article', 'index.html'))).toBe(true);
  expect(existsSync(join(copy.dir, 'dist', 'blog', 'sleep-migraine-what-helps'))).toBe(false);
});
