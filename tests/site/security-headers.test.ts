/**
 * The policy as each host reads it. `_headers` (Netlify, Cloudflare Pages) is read with Netlify's own parser and
 * `vercel.json`'s sources with URLPattern (path-to-regexp syntax); for a path of every class, the headers a host
 * sends are worked out under both ways hosts merge overlapping rules (Netlify and Vercel keep the last value,
 * Cloudflare joins them with ", "), and must equal the policy's. No header is set twice for one path, so the two
 * ways agree. The committed vercel.json and deploy/nginx.conf are what the build writes, whatever the content.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parseAllHeaders, type Header } from '@netlify/headers-parser';
import { describe, expect, it } from 'vitest';
import { FIXTURE_SITE_DIR, ROOT } from '../../scripts/lib/paths.ts';
import { scanBuild } from '../../src/integrations/security-headers';
import { commonHeaders, headersForPath } from '../../src/lib/security-headers/policy';
import { fixtureSite } from '../support/dist';
import { REVIEWED } from '../support/fixture-facts';

/** A path of every class, built or not. */
const SAMPLES = [
  '/',
  REVIEWED.path,
  '/blog/',
  '/blog/2/',
  '/blog/tags/migraine/',
  '/authors/clinical-team/',
  '/about/',
  '/404.html',
  '/.well-known/security.txt',
  '/robots.txt',
  '/search/',
  '/search',
  '/pagefind/pagefind.js',
  '/og/reviewed-article.png',
  '/rss.xml',
  '/favicon.ico',
  '/icon-192.png',
  '/blog/no-such-article/',
  '/admin/',
  '/admin',
  '/admin/config.yml',
  '/admin/sveltia-cms.js',
  '/admin/fonts/source-sans-3-latin-wght-normal.woff2',
];
/** Missing pages outside the site's folders: `_headers` cannot say "everything else" (see hosts.ts). */
const UNKNOWN_TOP_LEVEL = ['/no-such-page/', '/no-such-file.txt'];

type Merge = 'last wins' | 'joined';
function effective(matching: Record<string, string>[], merge: Merge) {
  const headers: Record<string, string> = {};
  const setBy: Record<string, number> = {};
  for (const values of matching) {
    for (const [name, value] of Object.entries(values)) {
      setBy[name] = (setBy[name] ?? 0) + 1;
      headers[name] =
        merge === 'joined' && headers[name] !== undefined ? `${headers[name]}, ${value}` : value;
    }
  }
  return { headers, setTwice: Object.keys(setBy).filter((name) => (setBy[name] ?? 0) > 1) };
}

let scanned: ReturnType<typeof scanBuild> | undefined;
const build = () => (scanned ??= scanBuild(fixtureSite.dist));
const policy = () => build().input;

describe('dist/_headers (Netlify, Cloudflare Pages)', async () => {
  fixtureSite.pages();
  const file = join(fixtureSite.dist, '_headers');
  const { headers: rules, errors } = await parseAllHeaders({
    headersFiles: [file],
    configHeaders: [],
    minimal: false,
  });
  const matching = (path: string) =>
    (rules as Header[]).filter((rule) => rule.forRegExp.test(path)).map((rule) => rule.values);

  it('parses without error, within Cloudflare’s limits (100 rules, 2,000 characters a line)', () => {
    expect(errors).toEqual([]);
    expect(rules.length).toBeLessThanOrEqual(100);
    const long = readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.length > 2000);
    expect(long).toEqual([]);
  });

  it.each(SAMPLES)('%s gets the policy’s headers, each from one rule, under both merge models', (path) => {
    for (const merge of ['last wins', 'joined'] as const) {
      const { headers, setTwice } = effective(matching(path), merge);
      expect(setTwice, merge).toEqual([]);
      expect(headers, merge).toEqual(headersForPath(path, policy()));
    }
  });

  it.each(UNKNOWN_TOP_LEVEL)('%s (a missing top-level page) gets the headers every response gets', (path) => {
    for (const merge of ['last wins', 'joined'] as const) {
      expect(effective(matching(path), merge).headers).toEqual(commonHeaders(policy()));
    }
  });

  it('covers every file of the build with its own class’s headers', () => {
    const { builtPaths } = build();
    const wrong = builtPaths
      .filter((path) => path !== '/_headers')
      .map((file) => file.replace(/index\.html$/, ''))
      .filter(
        (path) =>
          !isDeepStrictEqual(effective(matching(path), 'joined').headers, headersForPath(path, policy())),
      );
    expect(wrong).toEqual([]);
  });
});

describe('vercel.json', () => {
  const config = JSON.parse(readFileSync(join(ROOT, 'vercel.json'), 'utf8')) as {
    headers: { source: string; headers: { key: string; value: string }[] }[];
  };
  const matching = (path: string) =>
    config.headers
      .filter(({ source }) => new URLPattern({ pathname: source }).test({ pathname: path }))
      .map(({ headers }) => Object.fromEntries(headers.map(({ key, value }) => [key, value])));

  it.each([...SAMPLES, ...UNKNOWN_TOP_LEVEL])('%s gets the policy’s headers, each from one rule', (path) => {
    for (const merge of ['last wins', 'joined'] as const) {
      const { headers, setTwice } = effective(matching(path), merge);
      expect(setTwice, merge).toEqual([]);
      expect(headers, merge).toEqual(headersForPath(path, policy()));
    }
  });
});

describe('the committed host files', () => {
  const committed = ['vercel.json', 'deploy/nginx.conf'];

  it('are what the build of this code wrote (commit them after a change that alters a hash)', () => {
    const changed = execFileSync('git', ['status', '--porcelain', '--', ...committed], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(changed).toBe('');
  });

  it('do not depend on the articles: the fixture build writes the same files', () => {
    for (const file of committed) {
      expect(readFileSync(join(FIXTURE_SITE_DIR, file), 'utf8'), file).toBe(
        readFileSync(join(ROOT, file), 'utf8'),
      );
    }
  });
});

describe('the browser editor’s own policy (/admin/)', () => {
  it('lets the sign-in popup answer, keeps the editor out of search engines, and changes no patient page', () => {
    const admin = headersForPath('/admin/', policy());
    expect(admin['Cross-Origin-Opener-Policy']).toBe('same-origin-allow-popups');
    expect(admin['X-Robots-Tag']).toBe('noindex, nofollow');
    expect(admin['Content-Security-Policy']).toMatch(/script-src 'self';/);
    expect(admin['Content-Security-Policy']).toMatch(/frame-ancestors 'none'/);
    for (const path of ['/', REVIEWED.path, '/search/', '/admin-notes/']) {
      const headers = headersForPath(path, policy());
      expect(headers['Cross-Origin-Opener-Policy'], path).toBe('same-origin');
      expect(headers['X-Robots-Tag'], path).toBeUndefined();
      expect(headers['Content-Security-Policy'], path).not.toMatch(/unsafe-inline|githubstatus/);
    }
  });
});
