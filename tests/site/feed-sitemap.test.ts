/** The feed, sitemap and robots.txt, read by the parsers that feed readers and crawlers use. */
import Parser from 'rss-parser';
import { XMLParser } from 'fast-xml-parser';
import robotsParser from 'robots-parser';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { builtPages, readDist, resolvesInDist, SITE_URL } from '../support/dist';

const articlePaths = builtPages()
  .filter((p) => p.$('meta[property="og:type"]').attr('content') === 'article')
  .map((p) => p.path);

describe('RSS feed', async () => {
  const xml = readDist('rss.xml');
  const feed = await new Parser({ customFields: { feed: ['language'] } }).parseString(xml);

  it('describes the clinic and its language', () => {
    expect(feed.title).toBe('Ketamine NJ');
    expect(feed.link).toBe(`${SITE_URL}/`);
    expect((feed as any).language).toBe('en-us');
    expect(feed.image?.url).toBe(`${SITE_URL}/logo.png`);
    expect(resolvesInDist('/logo.png')).toBe(true);
  });

  it('has one item per published article, each linking to a page that exists', () => {
    expect(feed.items.map((item) => new URL(item.link!).pathname).sort()).toEqual([...articlePaths].sort());
    for (const item of feed.items) {
      expect(item.link!.startsWith(`${SITE_URL}/`)).toBe(true);
      expect(resolvesInDist(new URL(item.link!).pathname)).toBe(true);
      expect(item.isoDate).toBeTruthy();
      expect(item.categories?.length).toBeGreaterThan(0);
    }
  });

  it('carries the full article with absolute links', () => {
    const item = feed.items.find((i) => i.link?.endsWith('/blog/ketamine-migraine-treatment/'))!;
    const $ = cheerio.load(item['content:encoded'] ?? '');
    expect($('h2').length).toBeGreaterThanOrEqual(6);
    expect($('h3')).toHaveLength(4);
    expect($.text()).toContain('Relief could be closer than you think.');
    expect(item.categories).toEqual(['migraine', 'ketamine therapy', 'chronic pain']);
    // Feed readers see the sources, the disclosure and the disclaimer too.
    expect($('a[href="https://doi.org/10.1111/head.13013"]')).toHaveLength(1);
    expect($.text()).toContain('off-label');
    expect($.text()).toContain('988');
    expect(item.creator ?? (item as { author?: string }).author).toBeTruthy();
    for (const el of $('[href], [src]').toArray()) {
      const url = $(el).attr('href') ?? $(el).attr('src')!;
      expect(url, url).toMatch(/^(https?:|tel:|mailto:|#)/);
    }
    expect($('a[href="/consult/"]')).toHaveLength(0);
    expect($(`a[href="${SITE_URL}/consult/"]`).length).toBeGreaterThan(0);
  });

  it('is advertised on the home page', () => {
    expect(
      builtPages()
        .find((p) => p.path === '/')!
        .$('link[rel="alternate"]')
        .attr('href'),
    ).toBe(`${SITE_URL}/rss.xml`);
  });
});

describe('sitemap and robots.txt', () => {
  const parser = new XMLParser({
    ignoreAttributes: false,
    isArray: (name) => name === 'url' || name === 'sitemap',
  });
  const index = parser.parse(readDist('sitemap-index.xml'));
  const sitemapFiles = index.sitemapindex.sitemap.map((s: { loc: string }) => new URL(s.loc).pathname);
  const urls: { loc: string; lastmod?: string }[] = sitemapFiles.flatMap(
    (file: string) => parser.parse(readDist(file.slice(1))).urlset.url,
  );

  it('lists exactly the published, indexable pages', () => {
    const expected = builtPages()
      .filter((p) => !/noindex/.test(p.$('meta[name="robots"]').attr('content') ?? ''))
      .map((p) => `${SITE_URL}${p.path}`)
      .sort();
    expect(urls.map((u) => u.loc).sort()).toEqual(expected);
    expect(urls.map((u) => u.loc)).not.toContain(`${SITE_URL}/404.html`);
  });

  it('dates each article by its updated date, else its published date', () => {
    for (const path of articlePaths) {
      const entry = urls.find((u) => u.loc === `${SITE_URL}${path}`)!;
      const modified = builtPages()
        .find((p) => p.path === path)!
        .$('meta[property="article:modified_time"]')
        .attr('content');
      // The sitemap library writes the calendar day as midnight UTC.
      expect(entry.lastmod?.slice(0, 10)).toBe(modified);
    }
  });

  it('is named by robots.txt, which allows crawling', () => {
    const body = readDist('robots.txt');
    const robots = robotsParser(`${SITE_URL}/robots.txt`, body);
    expect(robots.getSitemaps()).toEqual([`${SITE_URL}/sitemap-index.xml`]);
    expect(robots.isAllowed(`${SITE_URL}/blog/ketamine-migraine-treatment/`, 'Googlebot')).toBe(true);
  });
});
