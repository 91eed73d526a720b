/** Reads the built site: every HTML page, parsed with a real HTML parser, keyed by its URL path. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as cheerio from 'cheerio';

export const DIST = new URL('../../dist/', import.meta.url).pathname;
export const SITE_URL = (process.env['SITE_URL'] ?? 'https://www.example.com').replace(/\/+$/, '');

export function assertBuilt(): void {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('dist/ is missing: run `npm test` (which builds first) or `npm run build`.');
  }
}

export function filesIn(dir = DIST): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesIn(path) : [path];
  });
}

/** "/blog/x/" for dist/blog/x/index.html, "/404.html" for dist/404.html. */
export function urlPathOf(file: string): string {
  const rel = relative(DIST, file).split(sep).join('/');
  if (rel === 'index.html') return '/';
  return rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
}

export interface BuiltPage {
  path: string;
  file: string;
  html: string;
  $: cheerio.CheerioAPI;
}

let cache: BuiltPage[] | undefined;
export function builtPages(): BuiltPage[] {
  assertBuilt();
  cache ??= filesIn()
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const html = readFileSync(file, 'utf8');
      return { path: urlPathOf(file), file, html, $: cheerio.load(html) };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
  return cache;
}

export function page(path: string): BuiltPage {
  const found = builtPages().find((p) => p.path === path);
  if (!found) throw new Error(`no built page at ${path}`);
  return found;
}

/** Whether a site-relative path names a file in dist/, the way a static host resolves it. */
export function resolvesInDist(pathname: string): boolean {
  const clean = decodeURIComponent(pathname.split(/[?#]/)[0] ?? '/');
  const candidates = clean.endsWith('/')
    ? [join(DIST, clean, 'index.html')]
    : [join(DIST, clean), join(DIST, clean, 'index.html')];
  return candidates.some((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

export function readDist(path: string): string {
  return readFileSync(join(DIST, path), 'utf8');
}

export const text = (value: string) => value.replace(/\s+/g, ' ').trim();
