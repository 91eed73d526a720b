import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keepIndex, pagesDigest, restoreIndex } from '../../src/build/search-index-cache';

let root: string;
let site: string;
let cache: string;
const write = (file: string, text: string) => {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
};
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'search-index-'));
  site = join(root, 'dist');
  cache = join(root, 'node_modules', '.astro', 'search-index');
  write(join(root, 'package-lock.json'), '{"lockfileVersion":3}');
  write(join(site, 'index.html'), '<title>Home</title>');
  write(join(site, 'blog', 'a', 'index.html'), '<title>A</title><main data-pagefind-body>Ketamine</main>');
  write(join(site, 'og', 'a.png'), 'not a page');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('pagesDigest', () => {
  it('changes with any page’s bytes or name, a new page, or the lock file; not with other files', () => {
    const base = pagesDigest(site, root);
    expect(pagesDigest(site, root)).toBe(base);
    write(join(site, 'og', 'a.png'), 'another image');
    expect(pagesDigest(site, root)).toBe(base);

    const changes: (() => void)[] = [
      () =>
        write(
          join(site, 'blog', 'a', 'index.html'),
          '<title>A</title><main data-pagefind-body>Ketamina</main>',
        ),
      () => renameSync(join(site, 'blog', 'a'), join(site, 'blog', 'b')),
      () => write(join(site, 'blog', 'c', 'index.html'), '<title>C</title>'),
      () => write(join(root, 'package-lock.json'), '{"lockfileVersion":3,"packages":{}}'),
    ];
    let last = base;
    for (const change of changes) {
      change();
      const now = pagesDigest(site, root);
      expect(now).not.toBe(last);
      last = now;
    }
  });
});

describe('keepIndex and restoreIndex', () => {
  const made = () => {
    write(join(site, 'pagefind', 'pagefind.js'), 'the index');
    write(join(site, 'pagefind', 'fragment', 'a.pf_fragment'), 'a fragment');
  };

  it('copies the kept index only to a build of the same pages', () => {
    const target = join(root, 'next', 'pagefind');
    expect(restoreIndex(cache, 'one', target)).toBe(false);
    made();
    keepIndex(cache, 'one', join(site, 'pagefind'));
    expect(restoreIndex(cache, 'two', target)).toBe(false);
    expect(existsSync(target)).toBe(false);
    expect(restoreIndex(cache, 'one', target)).toBe(true);
    expect(readFileSync(join(target, 'fragment', 'a.pf_fragment'), 'utf8')).toBe('a fragment');
  });

  it('keeps only the last index', () => {
    made();
    keepIndex(cache, 'one', join(site, 'pagefind'));
    rmSync(join(site, 'pagefind', 'fragment'), { recursive: true });
    keepIndex(cache, 'two', join(site, 'pagefind'));
    const target = join(root, 'next', 'pagefind');
    expect(restoreIndex(cache, 'one', target)).toBe(false);
    expect(restoreIndex(cache, 'two', target)).toBe(true);
    expect(existsSync(join(target, 'fragment'))).toBe(false);
  });

  it('never uses an index whose copy did not finish', () => {
    made();
    keepIndex(cache, 'one', join(site, 'pagefind'));
    // A build killed while keeping its index has removed the old digest first.
    rmSync(join(cache, 'pages-digest.txt'));
    expect(restoreIndex(cache, 'one', join(root, 'next', 'pagefind'))).toBe(false);
  });
});
