import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { memoVersion, PageMemo } from '../../src/build/page-memo';

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'page-memo-'));
  file = join(dir, 'cache', 'memo.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const page = (text: string) => Buffer.from(`<!doctype html><title>${text}</title>`);
const titleOf = (html: string) => ({ title: /<title>(.*)<\/title>/.exec(html)?.[1] ?? '' });

describe('PageMemo', () => {
  it('reads a page once per build, and not at all in the next build when its bytes are the same', () => {
    const first = new PageMemo<{ title: string }>(file, 'v1');
    const compute = vi.fn(titleOf);
    expect(first.of(page('A'), compute)).toEqual({ title: 'A' });
    expect(first.of(page('A'), compute)).toEqual({ title: 'A' });
    expect(first.of(page('B'), compute)).toEqual({ title: 'B' });
    expect(compute).toHaveBeenCalledTimes(2);
    expect(first.counts).toEqual({ read: 2, reused: 1 });
    first.save();

    const next = new PageMemo<{ title: string }>(file, 'v1');
    const again = vi.fn(titleOf);
    expect(next.of(page('A'), again)).toEqual({ title: 'A' });
    expect(next.of(page('B'), again)).toEqual({ title: 'B' });
    expect(again).not.toHaveBeenCalled();
    expect(next.counts).toEqual({ read: 0, reused: 2 });
  });

  it('reads a page again when one byte of it changed', () => {
    const first = new PageMemo<{ title: string }>(file, 'v1');
    first.of(page('Ketamine'), titleOf);
    first.save();
    const next = new PageMemo<{ title: string }>(file, 'v1');
    expect(next.of(page('Ketamina'), titleOf)).toEqual({ title: 'Ketamina' });
    expect(next.counts).toEqual({ read: 1, reused: 0 });
  });

  it('reads every page again when the code that computes the entries changed', () => {
    const first = new PageMemo<{ title: string }>(file, 'v1');
    first.of(page('A'), titleOf);
    first.save();
    const next = new PageMemo<{ title: string }>(file, 'v2');
    expect(next.of(page('A'), () => ({ title: 'computed by v2' }))).toEqual({ title: 'computed by v2' });
  });

  it('keeps only the entries of the pages of the last build', () => {
    const first = new PageMemo<{ title: string }>(file, 'v1');
    first.of(page('old'), titleOf);
    first.save();
    const second = new PageMemo<{ title: string }>(file, 'v1');
    second.of(page('new'), titleOf);
    second.save();
    const entries = Object.values(JSON.parse(readFileSync(file, 'utf8')).entries);
    expect(entries).toEqual([{ title: 'new' }]);
  });

  it('starts empty, without failing the build, from a damaged or foreign file', () => {
    for (const text of ['{"version":"v1","entr', '[]', 'null', '{"version":"v1","entries":7}']) {
      new PageMemo(file, 'v1').save();
      writeFileSync(file, text);
      const memo = new PageMemo<{ title: string }>(file, 'v1');
      expect(memo.of(page('A'), titleOf), text).toEqual({ title: 'A' });
      expect(memo.counts, text).toEqual({ read: 1, reused: 0 });
    }
  });
});

describe('memoVersion', () => {
  const code = [
    function parse(html: string) {
      return html.length;
    },
  ];

  it('changes with the code, and with the lock file (a new HTML parser)', () => {
    writeFileSync(join(dir, 'package-lock.json'), '{"lockfileVersion":3}');
    const base = memoVersion(dir, code);
    expect(memoVersion(dir, code)).toBe(base);
    expect(memoVersion(dir, [(html: string) => html.length + 1])).not.toBe(base);
    writeFileSync(join(dir, 'package-lock.json'), '{"lockfileVersion":3,"packages":{}}');
    expect(memoVersion(dir, code)).not.toBe(base);
  });

  it('is the code alone where there is no lock file', () => {
    expect(memoVersion(dir, code)).toContain('html.length');
  });
});
