/**
 * On a copy holding one fixture article: a second build renders no share image again; editing the title
 * re-renders only that article's images.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copySite } from '../../scripts/lib/site-copy.ts';

const ARTICLE = 'minimal-article';
const copy = copySite({ posts: [`${ARTICLE}.mdx`] });
const cache = mkdtempSync(join(tmpdir(), 'share-cache-'));
afterAll(() => {
  copy.remove();
  rmSync(cache, { recursive: true, force: true });
});

const snapshot = () =>
  new Map(readdirSync(cache).map((name) => [name, statSync(join(cache, name)).mtimeMs] as const));
const build = () => {
  const result = copy.build({ SHARE_IMAGE_CACHE: cache });
  expect(result.ok, result.output).toBe(true);
};

type Snapshot = ReturnType<typeof snapshot>;
let first: Snapshot, second: Snapshot, third: Snapshot;
let firstPng: Buffer, secondPng: Buffer;
const articlePng = () => readFileSync(join(copy.dir, `dist/og/blog/${ARTICLE}.png`));

beforeAll(() => {
  build();
  [first, firstPng] = [snapshot(), articlePng()];
  build();
  [second, secondPng] = [snapshot(), articlePng()];
  const article = join(copy.dir, `content/blog/${ARTICLE}.mdx`);
  writeFileSync(
    article,
    readFileSync(article, 'utf8').replace(/^title: .*$/m, "title: 'A Minimal Fixture Article, Edited'"),
  );
  build();
  third = snapshot();
}, 300_000);

describe('share image cache', () => {
  it('the first build renders the site card and four cards per article', () => {
    expect(first.size).toBe(1 + 4);
  });

  it('the second build renders none again and serves identical bytes', () => {
    expect(second).toEqual(first);
    expect(secondPng.equals(firstPng)).toBe(true);
  });

  it('an edited title renders that article’s four images, and nothing else', () => {
    const added = [...third.keys()].filter((name) => !first.has(name));
    expect(added).toHaveLength(4);
    for (const [name, mtime] of first) expect(third.get(name)).toBe(mtime);
  });
});
