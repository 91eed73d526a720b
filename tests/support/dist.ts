/**
 * The two builds the tests read, each page parsed with a real HTML parser and keyed by its URL path:
 * - the fixture site (tests/fixtures/site/, built by `npm run build:fixture-site`): what most tests read;
 * - the live site (content/, built into dist/ by `npm run build`): read by site-wide checks, which name no
 *   page, and by the live article's own fidelity test.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as cheerio from 'cheerio';
import { FIXTURE_DIST, LIVE_DIST } from '../../scripts/lib/paths.ts';
import { filesUnder } from '../../src/build/files';

export const SITE_URL = (process.env['SITE_URL'] ?? 'https://www.example.com').replace(/\/+$/, '');

export interface BuiltPage {
  path: string;
  file: string;
  html: string;
  $: cheerio.CheerioAPI;
}

export interface BuiltSite {
  name: string;
  dist: string;
  /** Every file of the build, absolute paths. */
  files: () => string[];
  /**
   * Every HTML page, sorted by path; fails with the command to run when the build is missing. The redirect
   * files Astro writes for renamed articles' former addresses are not pages (no head, no kind): `redirects()`.
   */
  pages: () => BuiltPage[];
  /** The redirect files, each with where it leads (its meta refresh). */
  redirects: () => { path: string; to: string }[];
  page: (path: string) => BuiltPage;
  /** Whether a site-relative path names a file of the build, the way a static host resolves it. */
  resolves: (pathname: string) => boolean;
  read: (path: string) => string;
}

function builtSite(name: string, dist: string, buildCommand: string): BuiltSite {
  const assertBuilt = () => {
    if (!existsSync(join(dist, 'index.html'))) {
      throw new Error(`the ${name} is not built in ${dist}: run \`${buildCommand}\` (\`npm test\` runs it).`);
    }
  };
  /** "/blog/x/" for blog/x/index.html, "/404.html" for 404.html. */
  const urlPathOf = (file: string) => {
    const rel = relative(dist, file).split(sep).join('/');
    if (rel === 'index.html') return '/';
    return rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
  };
  let cache: { pages: BuiltPage[]; redirects: BuiltPage[] } | undefined;
  const htmlFiles = () => {
    cache ??= (() => {
      const all = site
        .files()
        .filter((file) => file.endsWith('.html'))
        .map((file) => {
          const html = readFileSync(file, 'utf8');
          return { path: urlPathOf(file), file, html, $: cheerio.load(html) };
        })
        .sort((a, b) => a.path.localeCompare(b.path));
      const isRedirect = (p: BuiltPage) => p.$('meta[http-equiv="refresh"]').length > 0;
      // The staff's editor (/admin/) is not a patient page: budgets, axe and the page checks do not apply to it;
      // tests/site/admin.test.ts and tests/browser/admin.test.ts check it.
      const isEditor = (p: BuiltPage) => p.path.startsWith('/admin/');
      return {
        pages: all.filter((p) => !isRedirect(p) && !isEditor(p)),
        redirects: all.filter(isRedirect),
      };
    })();
    return cache;
  };
  const site: BuiltSite = {
    name,
    dist,
    files: () => (assertBuilt(), filesUnder(dist)),
    pages: () => htmlFiles().pages,
    redirects: () =>
      htmlFiles().redirects.map((p) => ({
        path: p.path,
        to: /url=(.*)$/i.exec(p.$('meta[http-equiv="refresh"]').attr('content') ?? '')?.[1] ?? '',
      })),
    page(path) {
      const found = site.pages().find((p) => p.path === path);
      if (!found) throw new Error(`the ${name} has no page at ${path}`);
      return found;
    },
    resolves(pathname) {
      const clean = decodeURIComponent(pathname.split(/[?#]/)[0] ?? '/');
      const candidates = clean.endsWith('/')
        ? [join(dist, clean, 'index.html')]
        : [join(dist, clean), join(dist, clean, 'index.html')];
      return candidates.some((candidate) => existsSync(candidate) && statSync(candidate).isFile());
    },
    read: (path) => (assertBuilt(), readFileSync(join(dist, path), 'utf8')),
  };
  return site;
}

export const fixtureSite = builtSite('fixture site', FIXTURE_DIST, 'npm run build:fixture-site');
export const liveSite = builtSite('live site', LIVE_DIST, 'npm run build');
/** Site-wide checks run over every page of both builds. */
export const bothSites = [liveSite, fixtureSite];

/** Every page of both builds, labelled "live /path" or "fixture /path", for `it.each`. */
export function everyPage(): (readonly [string, BuiltPage])[] {
  return bothSites.flatMap((site) =>
    site.pages().map((p) => [`${site.name.split(' ')[0]} ${p.path}`, p] as const),
  );
}

/** Pages of the fixture site: what tests of templates, metadata, feeds and sharing read. */
export const builtPages = () => fixtureSite.pages();

const PAGE_KINDS = [
  'home',
  'blog',
  'tag',
  'article',
  'author',
  'consult',
  'search',
  'not-found',
  'content',
] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/** The page's kind, from `<html data-page-kind>`: tests choose what to expect by it, never by URL. */
export function pageKind(p: BuiltPage): PageKind {
  const kind = p.$('html').attr('data-page-kind');
  if (!kind || !(PAGE_KINDS as readonly string[]).includes(kind)) {
    throw new Error(
      `${p.path}: <html> has data-page-kind=${JSON.stringify(kind ?? null)}, expected one of ${PAGE_KINDS.join(', ')}`,
    );
  }
  return kind as PageKind;
}

export const text = (value: string) => value.replace(/\s+/g, ' ').trim();
