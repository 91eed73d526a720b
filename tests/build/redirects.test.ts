/**
 * A renamed article keeps its old links: each address in its `formerAddresses` becomes a redirect page that
 * leads to it (Astro's static redirect: a meta refresh, a canonical link to the new address, noindex), which the
 * sitemap and the search index leave out. A draft's former address gets none.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copySite, type SiteCopy } from '../../scripts/lib/site-copy.ts';
import { SITE_URL } from '../support/dist.ts';

const FORMER = ['/blog/first-name-of-the-article/', '/blog/second-name-of-the-article/'];
const DRAFT_FORMER = '/blog/old-name-of-a-draft/';

let copy: SiteCopy;
let result: { ok: boolean; output: string };
const dist = (path: string) => join(copy.dir, 'dist', path);

beforeAll(() => {
  copy = copySite({ posts: ['minimal-article.mdx'] });
  copy.addPost('renamed-article.mdx');
  copy.writePost('renamed-draft.mdx', {
    title: 'A draft that was renamed before it was published',
    description:
      'A draft with a former address: the redirect would publish its new address before the article.',
    published: '2026-01-14',
    tags: ['testing'],
    formerAddresses: [DRAFT_FORMER],
    draft: true,
  });
  result = copy.build();
}, 240_000);

afterAll(() => copy.remove());

describe('former addresses', () => {
  it('the site builds', () => {
    expect(result.ok, result.output).toBe(true);
    expect(existsSync(dist('blog/renamed-article/index.html'))).toBe(true);
  });

  it.each(FORMER)('%s leads to the article, is canonical to it and is not indexed', (former) => {
    const $ = cheerio.load(readFileSync(dist(`${former}index.html`), 'utf8'));
    expect($('meta[http-equiv="refresh"]').attr('content')).toBe('0;url=/blog/renamed-article/');
    expect($('link[rel="canonical"]').attr('href')).toBe(`${SITE_URL}/blog/renamed-article/`);
    expect($('meta[name="robots"]').attr('content')).toBe('noindex');
    expect($('a').attr('href')).toBe('/blog/renamed-article/');
  });

  it('are in neither the sitemap nor the search index', () => {
    const sitemap = readFileSync(dist('sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('/blog/renamed-article/');
    for (const former of FORMER) expect(sitemap).not.toContain(former);
    const entry = JSON.parse(readFileSync(dist('pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    // The two articles, nothing else.
    expect(Object.values(entry.languages).map((language) => language.page_count)).toEqual([2]);
  });

  it("a draft's former address leads nowhere yet", () => {
    expect(existsSync(dist(`${DRAFT_FORMER}index.html`))).toBe(false);
  });
});
