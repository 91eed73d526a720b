/** The fixture site's feed, sitemap and robots.txt, read by the parsers that feed readers and crawlers use. */
import Parser from 'rss-parser';
import { XMLParser } from 'fast-xml-parser';
import robotsParser from 'robots-parser';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { MINIMAL, PUBLISHED_COUNT, REVIEWED } from '../support/fixture-facts';
import { builtPages, fixtureSite, pageKind, SITE_URL } from '../support/dist';

const articlePaths = builtPages()
  .filter((p) => pageKind(p) === 'article')
  .map((p) => p.path);

describe('RSS feed', async () => {
  const xml = fixtureSite.read('rss.xml');
  const feed = await new Parser({ customFields: { feed: ['language'] } }).parseString(xml);
  const itemAt = (path: string) => {
    const item = feed.items.find((i) => i.link === `${SITE_URL}${path}`);
    if (!item) throw new Error(`no feed item for ${path}`);
    return item;
  };

  it('describes the clinic and its language', () => {
    expect(feed.title).toBe('Ketamine NJ');
    expect(feed.link).toBe(`${SITE_URL}/`);
    expect((feed as any).language).toBe('en-us');
    expect(feed.image?.url).toBe(`${SITE_URL}/logo.png`);
    expect(fixtureSite.resolves('/logo.png')).toBe(true);
  });

  it('has one item per published article, newest first, each linking to a page that exists', () => {
    expect(articlePaths).toHaveLength(PUBLISHED_COUNT);
    expect(feed.items.map((item) => new URL(item.link!).pathname).sort()).toEqual([...articlePaths].sort());
    for (const item of feed.items) {
      expect(item.link!.startsWith(`${SITE_URL}/`)).toBe(true);
      expect(fixtureSite.resolves(new URL(item.link!).pathname)).toBe(true);
      expect(item.isoDate).toBeTruthy();
      expect(item.categories?.length).toBeGreaterThan(0);
    }
    const dates = feed.items.map((item) => item.isoDate!);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(itemAt(REVIEWED.path).isoDate?.slice(0, 10)).toBe(REVIEWED.published);
  });

  it('carries the full article, its sources, the disclosure and the disclaimer', () => {
    const item = itemAt(REVIEWED.path);
    const $ = cheerio.load(item['content:encoded'] ?? '');
    expect(
      $('h2')
        .toArray()
        .map((el) => $(el).text().trim()),
    ).toEqual(expect.arrayContaining([...REVIEWED.h2, 'Sources']));
    expect($('h3')).toHaveLength(REVIEWED.h3.length);
    expect($.text()).toContain('Relief could be closer than you think.');
    expect(item.categories).toEqual(REVIEWED.tags.map((tag) => tag.name));
    for (const { doi } of REVIEWED.sources) expect($(`a[href="https://doi.org/${doi}"]`)).toHaveLength(1);
    expect($.text()).toContain('off-label');
    expect($.text()).toContain('988');
    expect(item.creator ?? (item as { author?: string }).author).toBeTruthy();
  });

  it('makes every link and image absolute, srcset candidates one by one, and leaves mailto and fragments', () => {
    const $ = cheerio.load(itemAt(REVIEWED.path)['content:encoded'] ?? '');
    // A root-relative link in the text and the consult section's own link.
    expect($('a[href="/consult/"], a[href="/blog/"]')).toHaveLength(0);
    expect($(`a[href="${SITE_URL}/consult/"]`).length).toBeGreaterThanOrEqual(2);
    expect($(`a[href="${SITE_URL}/blog/"]`)).toHaveLength(1);
    expect($('a[href="mailto:care@example.com"]')).toHaveLength(1);
    // A fragment link still leads to its section: in the item, or on the article page.
    expect(
      $('a').filter((_, el) => /(^|\/reviewed-article\/)#risks-to-know$/.test($(el).attr('href') ?? '')),
    ).toHaveLength(1);
    // The responsive image: its src and each srcset candidate absolute, each keeping its width descriptor.
    const image = $(`img[alt="${REVIEWED.inlineImage.alt}"]`);
    expect(image).toHaveLength(1);
    expect(image.attr('src')).toMatch(new RegExp(`^${SITE_URL}/_astro/[^ ]+\\.webp$`));
    const candidates = (image.attr('srcset') ?? '').split(',').map((c) => c.trim().split(/\s+/));
    expect(candidates.length).toBeGreaterThanOrEqual(2);
    for (const [, width] of candidates) expect(width).toMatch(/^\d+w$/);
    for (const [url] of candidates) {
      expect(url).toMatch(new RegExp(`^${SITE_URL}/_astro/[^ %]+\\.webp$`));
      expect(fixtureSite.resolves(new URL(url!).pathname), url).toBe(true);
    }
    const urls = $('[href], [src]')
      .toArray()
      .map((el) => $(el).attr('href') ?? $(el).attr('src')!);
    expect(urls.length).toBeGreaterThanOrEqual(8);
    for (const url of urls) expect(url, url).toMatch(/^(https?:|tel:|mailto:|#)/);
  });

  it('is advertised on the home page', () => {
    expect(fixtureSite.page('/').$('link[rel="alternate"]').attr('href')).toBe(`${SITE_URL}/rss.xml`);
  });
});

describe('sitemap and robots.txt', () => {
  const parser = new XMLParser({
    ignoreAttributes: false,
    isArray: (name) => name === 'url' || name === 'sitemap',
  });
  const index = parser.parse(fixtureSite.read('sitemap-index.xml'));
  const sitemapFiles = index.sitemapindex.sitemap.map((s: { loc: string }) => new URL(s.loc).pathname);
  const urls: { loc: string; lastmod?: string }[] = sitemapFiles.flatMap(
    (file: string) => parser.parse(fixtureSite.read(file.slice(1))).urlset.url,
  );
  const lastmodOf = (path: string) => urls.find((u) => u.loc === `${SITE_URL}${path}`)?.lastmod;

  it('lists exactly the published, indexable pages', () => {
    const expected = builtPages()
      .filter((p) => !['not-found', 'search'].includes(pageKind(p)))
      .map((p) => `${SITE_URL}${p.path}`)
      .sort();
    expect(expected.length).toBeGreaterThanOrEqual(20);
    expect(urls.map((u) => u.loc).sort()).toEqual(expected);
    expect(urls.map((u) => u.loc)).not.toContain(`${SITE_URL}/404.html`);
  });

  // The sitemap library writes the calendar day as midnight UTC.
  it('dates an updated article by its updated day', () => {
    expect(lastmodOf(REVIEWED.path)?.slice(0, 10)).toBe(REVIEWED.updated);
  });

  it('dates an article never updated by its published day', () => {
    expect(lastmodOf(MINIMAL.path)?.slice(0, 10)).toBe(MINIMAL.published);
  });

  it('is named by robots.txt, which allows crawling', () => {
    const robots = robotsParser(`${SITE_URL}/robots.txt`, fixtureSite.read('robots.txt'));
    expect(robots.getSitemaps()).toEqual([`${SITE_URL}/sitemap-index.xml`]);
    expect(articlePaths.length).toBeGreaterThan(0);
    for (const path of articlePaths) expect(robots.isAllowed(`${SITE_URL}${path}`, 'Googlebot')).toBe(true);
  });
});
