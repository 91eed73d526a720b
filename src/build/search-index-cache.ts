/**
 * Pagefind reads every built page: 3.5–4 s at 1,000 articles. A build whose pages are all, byte for byte, those of
 * the last build (the daily rebuild on a day when nothing is published) gets the last build's index, copied
 * from Astro's cache folder. The index is kept with a digest of everything Pagefind read: every HTML file's path
 * and bytes, and the lock file (Pagefind's version).
 */
import { createHash } from 'node:crypto';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { filesUnder } from './files';
import { lockfileDigest } from './page-memo';

export function pagesDigest(site: string, root: string): string {
  const hash = createHash('sha256').update(`package-lock.json ${lockfileDigest(root)}`);
  const pages = filesUnder(site)
    .filter((file) => file.endsWith('.html'))
    .sort();
  for (const page of pages) {
    const bytes = createHash('sha256').update(readFileSync(page)).digest('hex');
    hash.update(`\n${relative(site, page).split(sep).join('/')} ${bytes}`);
  }
  return hash.digest('hex');
}

const digestFile = (cache: string) => join(cache, 'pages-digest.txt');
const indexFolder = (cache: string) => join(cache, 'pagefind');

/** Copies the kept index to `target` when it was made from the same pages; false when there is none to copy. */
export function restoreIndex(cache: string, digest: string, target: string): boolean {
  let kept: string;
  try {
    kept = readFileSync(digestFile(cache), 'utf8');
  } catch {
    return false;
  }
  if (kept !== digest) return false;
  cpSync(indexFolder(cache), target, { recursive: true });
  return true;
}

/** Keeps a copy of the index just made; the digest is written last, so a half-made copy is never used. */
export function keepIndex(cache: string, digest: string, source: string): void {
  rmSync(digestFile(cache), { force: true });
  rmSync(indexFolder(cache), { recursive: true, force: true });
  cpSync(source, indexFolder(cache), { recursive: true });
  writeFileSync(digestFile(cache), digest);
}
