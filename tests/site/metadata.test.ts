/** Every page's head, read from dist/ with cheerio and with open-graph-scraper, the client link previews use. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import ogs from 'open-graph-scraper';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST, SITE_URL, text, type BuiltPage } from '../support/dist';

const pages = builtPages();
const NOINDEX = ['/404.html', '/search/'];
const indexable = pages.filter((p) => !NOINDEX.includes(p.path));
const meta = (p: BuiltPage, key: string) =>
  p.$(`meta[property="${key}"], meta[name="${key}"]`).first().attr('content');
const isArticle = (p: BuiltPage) =>
  /^\/blog\/(?!tags\/)[^/]+\/$/.test(p.path) && !/^\/blog\/\d+\/$/.test(p.path);

describe('head metadata on every page', () => {
  it('covers the page types the site promises', () => {
    const paths = pages.map((p) => p.path);
    for (const path of [
      '/',
      '/blog/',
      '/blog/ketamine-migraine-treatment/',
      '/blog/tags/migraine/',
      '/consult/',
      '/404.html',
      '/authors/clinical-team/',
    ]) {
      expect(paths).toContain(path);
    }
  });

  it.each(pages.map((p) => [p.path, p] as const))('%s: lang, title, description', (_, p) => {
    expect(p.$('html').attr('lang')).toBe('en');
    expect(text(p.$('title').text()).length).toBeGreaterThan(10);
    expect(p.$('title')).toHaveLength(1);
    const description = meta(p, 'description') ?? '';
    expect(description.length).toBeGreaterThanOrEqual(50);
    expect(description.length).toBeLessThanOrEqual(160);
    expect(p.$('h1')).toHaveLength(1);
  });

  it('gives each page a unique title and description', () => {
    const titles = pages.map((p) => p.$('title').text());
    const descriptions = pages.map((p) => meta(p, 'description'));
    expect(new Set(titles).size).toBe(pages.length);
    expect(new Set(descriptions).size).toBe(pages.length);
  });

  it.each(indexable.map((p) => [p.path, p] as const))('%s: absolute self-canonical, indexable', (_, p) => {
    expect(p.$('link[rel="canonical"]').attr('href')).toBe(`${SITE_URL}${p.path}`);
    expect(meta(p, 'robots')).toMatch(/^index, follow/);
  });

  it.each(NOINDEX)('keeps %s out of the index, with no canonical', (path) => {
    const notFound = pages.find((p) => p.path === path)!;
    expect(meta(notFound, 'robots')).toMatch(/noindex/);
    expect(notFound.$('link[rel="canonical"]')).toHaveLength(0);
  });

  it.each(pages.map((p) => [p.path, p] as const))(
    '%s: Open Graph and Twitter, read by open-graph-scraper',
    async (_, p) => {
      const { result, error } = await ogs({ html: p.html });
      expect(error).toBe(false);
      expect(result.ogTitle).toBeTruthy();
      expect(result.ogDescription).toBe(meta(p, 'description'));
      expect(result.ogType).toBe(isArticle(p) ? 'article' : 'website');
      expect(result.ogUrl).toBe(`${SITE_URL}${p.path}`);
      expect(result.ogSiteName).toBe('Ketamine NJ');
      expect(result.ogLocale).toBe('en_US');
      const image = result.ogImage?.[0];
      expect(image?.url).toMatch(new RegExp(`^${SITE_URL}/og/.+\\.png$`));
      expect(image?.width).toBe('1200');
      expect(image?.height).toBe('630');
      expect(image?.type).toBe('image/png');
      expect(meta(p, 'og:image:alt')).toBeTruthy();
      expect(result.twitterCard).toBe('summary_large_image');
      expect(result.twitterTitle).toBe(result.ogTitle);
      expect(result.twitterDescription).toBe(result.ogDescription);
      expect(result.twitterImage?.[0]?.url).toBe(image?.url);
      expect(meta(p, 'twitter:image:alt')).toBe(meta(p, 'og:image:alt'));
    },
  );

  it('points every og:image at a 1200×630 PNG in dist/', async () => {
    const images = new Set(pages.map((p) => meta(p, 'og:image')!));
    for (const url of images) {
      const file = join(DIST, new URL(url).pathname);
      expect(existsSync(file), url).toBe(true);
      const { width, height, format } = await sharp(file).metadata();
      expect({ width, height, format }).toEqual({ width: 1200, height: 630, format: 'png' });
    }
  });

  it('marks articles with their dates, author, section and tags', () => {
    const p = pages.find((x) => x.path === '/blog/ketamine-migraine-treatment/')!;
    expect(meta(p, 'article:published_time')).toBe('2026-11-23');
    expect(meta(p, 'article:modified_time')).toBe('2026-11-23');
    expect(meta(p, 'article:author')).toBe(`${SITE_URL}/authors/clinical-team/`);
    expect(meta(p, 'article:section')).toBe('migraine');
    expect(
      p
        .$('meta[property="article:tag"]')
        .toArray()
        .map((el) => p.$(el).attr('content')),
    ).toEqual(['migraine', 'ketamine therapy', 'chronic pain']);
  });

  it.each(pages.map((p) => [p.path, p] as const))('%s: feed, icons, manifest and theme colours', (_, p) => {
    expect(p.$('link[rel="alternate"][type="application/rss+xml"]').attr('href')).toBe(`${SITE_URL}/rss.xml`);
    expect(p.$('link[rel="icon"]').length).toBeGreaterThanOrEqual(2);
    expect(p.$('link[rel="apple-touch-icon"]').attr('href')).toBe('/apple-touch-icon.png');
    expect(p.$('link[rel="manifest"]').attr('href')).toBe('/manifest.webmanifest');
    const media = p
      .$('meta[name="theme-color"]')
      .toArray()
      .map((el) => p.$(el).attr('media'));
    expect(media).toEqual(['(prefers-color-scheme: light)', '(prefers-color-scheme: dark)']);
  });
});
