/**
 * What the build's last steps read from each built page (its inline code for the security policy, its robots
 * rule and date for the sitemap), kept in Astro's cache folder from one build to the next. Most pages of a build
 * are copied unchanged from the last one (the incremental build), and decoding and parsing 1,287 pages again
 * took 3.5 s of a 1,000-article build (BENCHMARKS.md).
 *
 * An entry is found by the sha256 of the page's bytes, so a page that changed in any way is read afresh; the
 * whole file is dropped when `version` (the text of the code that computes the entries) differs, so a change to
 * that code, or the lock file (the HTML parser's version), reads every page again. Only the entries of the pages
 * of the last build are kept.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

interface MemoFile<T> {
  version: string;
  entries: Record<string, T>;
}

export class PageMemo<T> {
  readonly #file: string;
  readonly #version: string;
  readonly #saved: Map<string, T>;
  readonly #used = new Map<string, T>();
  /** Pages whose entry came from the last build, and pages read this time. */
  readonly counts = { reused: 0, read: 0 };

  constructor(file: string, version: string) {
    this.#file = file;
    this.#version = version;
    this.#saved = new Map(Object.entries(this.#load()));
  }

  #load(): Record<string, T> {
    try {
      const memo = JSON.parse(readFileSync(this.#file, 'utf8')) as Partial<MemoFile<T>>;
      return memo.version === this.#version && memo.entries && typeof memo.entries === 'object'
        ? memo.entries
        : {};
    } catch {
      // None yet, or unreadable (a build killed while writing it cannot cause this: see save()): read every page.
      return {};
    }
  }

  /** `compute` of the page's text, or what it returned for the same bytes in this build or the last. */
  of(bytes: Buffer, compute: (html: string) => T): T {
    const key = createHash('sha256').update(bytes).digest('base64url');
    const known = this.#used.get(key) ?? this.#saved.get(key);
    if (known !== undefined) {
      this.counts.reused += 1;
      this.#used.set(key, known);
      return known;
    }
    const value = compute(bytes.toString('utf8'));
    this.counts.read += 1;
    this.#used.set(key, value);
    return value;
  }

  /** Writes this build's entries (written aside, then renamed: a reader never sees half a file). */
  save(): void {
    const memo: MemoFile<T> = { version: this.#version, entries: Object.fromEntries(this.#used) };
    mkdirSync(dirname(this.#file), { recursive: true });
    const partial = `${this.#file}.${process.pid}.tmp`;
    writeFileSync(partial, JSON.stringify(memo));
    renameSync(partial, this.#file);
  }
}

/** The sha256 of the project's lock file ('' without one): a dependency update changes it. */
export function lockfileDigest(root: string): string {
  try {
    return createHash('sha256')
      .update(readFileSync(join(root, 'package-lock.json')))
      .digest('base64url');
  } catch {
    return '';
  }
}

/** The version of a memo whose entries `code` computes (functions as their text) with the project's packages. */
export function memoVersion(root: string, code: readonly unknown[]): string {
  return [...code.map(String), `package-lock.json ${lockfileDigest(root)}`].join('\n');
}
