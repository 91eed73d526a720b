/**
 * One build of a temporary copy with a dozen articles, a draft, a scheduled post, a reviewed article with a
 * photo and a very long title: what only shows once a site has more than one article.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filesIn, SITE_URL } from '../support/dist';
import { copySite } from '../support/site-copy';

const copy = copySite();
const dist = join(copy.dir, 'dist');
let ok = false;
let output = '';
afterAll(() => copy.remove());

beforeAll(() => {
  copy.addAuthor('test-reviewer.yaml');
  for (const fixture of ['draft.mdx', 'future.mdx', 'good-with-photo.mdx', 'long-title.mdx'])
    copy.addPost(fixture);
  for (let i = 1; i <= 9; i++) {
    copy.writePost(`filler-${i}.mdx`, {
      title: `Filler article number ${i}`,
      description: `A filler article, number ${i}, that exists to make the blog list run onto a second page.`,
      published: `2025-0${i}-01`,
      tags: ['filler'],
    });
  }
  // DEV=1 in the environment must not publish drafts: the gate is compiled in from Astro's command.
  ({ ok, output } = copy.build({ DEV: '1' }));
}, 240_000);
const load = (path: string) => cheerio.load(readFileSync(join(dist, path), 'utf8'));
const graphOf = ($: cheerio.CheerioAPI) =>
  JSON.parse($('script[type="application/ld+json"]').text())['@graph'];

describe('a fuller site', () => {
  it('builds', () => expect(ok, output).toBe(true));

  it('leaves drafts and scheduled posts out of pages, lists, tags, sitemap, feed and share images', () => {
    const secrets = [
      'zebrafish',
      'okapi',
      'Draft article about a secret topic',
      'Scheduled article',
      'draft-only-tag',
      'future-only-tag',
      '/blog/draft/',
      '/blog/future/',
    ];
    for (const file of filesIn(dist).filter((f) => /\.(html|xml|txt|json|webmanifest)$/.test(f))) {
      const body = readFileSync(file, 'utf8');
      for (const secret of secrets) expect(body.includes(secret), `${secret} in ${file}`).toBe(false);
    }
    for (const path of [
      'blog/draft',
      'blog/future',
      'blog/tags/draft-only-tag',
      'og/blog/draft.png',
      'og/blog/future.png',
    ]) {
      expect(existsSync(join(dist, path)), path).toBe(false);
    }
  });

  it('paginates Our Blog ten to a page; page 2 is indexable, self-canonical and marked current', () => {
    const first = load('blog/index.html');
    const second = load('blog/2/index.html');
    expect(first('main ul.grid > li')).toHaveLength(10);
    expect(second('main ul.grid > li')).toHaveLength(2);
    expect(second('meta[name="robots"]').attr('content')).toMatch(/^index, follow/);
    expect(second('link[rel="canonical"]').attr('href')).toBe(`${SITE_URL}/blog/2/`);
    expect(second('title').text()).toContain('page 2 of 2');
    expect(second('nav[aria-label="Pages"] [aria-current="page"]').text().trim()).toBe('2');
    expect(first('nav[aria-label="Pages"] [aria-current="page"]').text().trim()).toBe('1');
    expect(second('a[rel="prev"]').attr('href')).toBe('/blog/');
    expect(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8')).toContain(`${SITE_URL}/blog/2/`);
  });

  it('shows a named reviewer only where the article names one, in the byline and the JSON-LD', () => {
    const $ = load('blog/good-with-photo/index.html');
    expect($('dl').text()).toContain('Medically reviewed by');
    expect($('dl').text()).toContain('Test Reviewer, MD (test fixture) on January 20, 2026');
    const page = graphOf($).find((n: { '@type': string }) => n['@type'] === 'MedicalWebPage');
    expect(page.lastReviewed).toBe('2026-01-20');
    const reviewer = graphOf($).find((n: { '@id': string }) => n['@id'] === page.reviewedBy['@id']);
    expect(reviewer).toMatchObject({
      '@type': 'Person',
      name: 'Test Reviewer',
      url: `${SITE_URL}/authors/test-reviewer/`,
    });
    expect(load('blog/ketamine-migraine-treatment/index.html')('dl').text()).not.toContain('reviewed');
    expect(load('authors/test-reviewer/index.html')('main').text()).toContain(
      'A good extra article with a photo',
    );
  });

  it('shows the article photo with its alt text, and relates articles that share a tag', () => {
    const $ = load('blog/good-with-photo/index.html');
    expect($('img[alt="A sunlit window in a quiet room"]').length).toBe(1);
    expect($('#related').parent().find('a[href="/blog/ketamine-migraine-treatment/"]').length).toBe(1);
  });

  it('wraps a very long title inside a 1200×630 share image', async () => {
    const { width, height } = await sharp(join(dist, 'og/blog/long-title.png')).metadata();
    expect({ width, height }).toEqual({ width: 1200, height: 630 });
  });

  it('lists every published article in the feed, newest first', () => {
    const feed = readFileSync(join(dist, 'rss.xml'), 'utf8');
    expect(feed.match(/<item>/g)).toHaveLength(12);
    expect(feed.indexOf('/blog/ketamine-migraine-treatment/')).toBeLessThan(feed.indexOf('/blog/filler-9/'));
  });
});
