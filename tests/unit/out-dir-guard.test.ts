import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { discardOutDir } from '../../src/integrations/out-dir-guard';

let root: string;
let outDir: URL;
let cacheDir: URL;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'out-dir-'));
  outDir = pathToFileURL(join(root, 'dist/'));
  cacheDir = pathToFileURL(join(root, 'node_modules', '.astro/'));
  for (const page of ['index.html', 'blog/a/index.html', 'blog/b/index.html']) {
    mkdirSync(join(root, 'dist', page, '..'), { recursive: true });
    writeFileSync(join(root, 'dist', page), '<!doctype html><title>An older build</title>');
  }
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const removing = () => join(root, 'node_modules', '.astro', 'removing');

describe('discardOutDir', () => {
  it('takes the last build away at once, and deletes it in the background', async () => {
    const done = discardOutDir(outDir, cacheDir);
    expect(existsSync(join(root, 'dist'))).toBe(false);
    expect(await done).toBeUndefined();
    expect(existsSync(removing())).toBe(false);
  });

  it('deletes what a killed build left to delete', async () => {
    mkdirSync(join(removing(), '123-456', 'blog'), { recursive: true });
    writeFileSync(join(removing(), '123-456', 'blog', 'index.html'), 'left behind');
    expect(await discardOutDir(outDir, cacheDir)).toBeUndefined();
    expect(existsSync(removing())).toBe(false);
    expect(readdirSync(join(root, 'node_modules', '.astro'))).toEqual([]);
  });

  it('does nothing when there is no earlier build', async () => {
    rmSync(join(root, 'dist'), { recursive: true });
    expect(await discardOutDir(outDir, cacheDir)).toBeUndefined();
    expect(existsSync(join(root, 'dist'))).toBe(false);
  });

  it('removes the last build right away where it cannot be moved into the cache folder', async () => {
    mkdirSync(join(root, 'node_modules', '.astro'), { recursive: true });
    writeFileSync(removing(), 'a file where the folder would go');
    const done = discardOutDir(outDir, cacheDir);
    expect(existsSync(join(root, 'dist'))).toBe(false);
    await done; // resolves, with the error of the background deletion if any: it never rejects
  });
});
