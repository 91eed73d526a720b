/**
 * Every page's head in the fixture site, read with cheerio and with open-graph-scraper, the client link
 * previews use. What a page must carry is chosen by its kind.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import ogs from 'open-graph-scraper';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { MINIMAL, REVIEWED } from '../support/fixture-facts';
import { builtPages, fixtureSite, pageKind, SITE_URL, text, type BuiltPage } from '../support/dist';

const pages = builtPages();
const isNoindex = (p: BuiltPage) => ['not-found', 'search'].includes(pageKind(p));
const indexable = pages.filter((p) => !isNoindex(p));
const noindex = pages.filter(isNoindex);
const meta = (p: BuiltPage, key: string) =>
  p.$(`meta[property="${key}"], meta[name="${key}"]`).first().attr('content');
const isArticle = (p: BuiltPage) => pageKind(p) === 'article';

describe('head metadata on every page', () => {
  it('covers the kinds of page the site promises', () => {
    expect(pages.length).toBeGreaterThanOrEqual(20);
    const kinds = new Set(pages.map(pageKind));
    for (const kind of ['home', 'blog', 'tag', 'article', 'author', 'consult', 'search', 'not-found'])
      expect(kinds, kind).toContain(kind);
    expect(noindex.map((p) => p.path).sort()).toEqual(['/404.html', '/search/']);
  });

  it.each(pages.map((p) => [p.path, p] as const))('%s: lang, title, description', (_, p) => {
    expect(p.$('html').attr('lang')).toBe('en-US');
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

  it.each(noindex.map((p) => [p.path, p] as const))(
    'keeps %s out of the index, with no canonical',
    (_, p) => {
      expect(meta(p, 'robots')).toMatch(/noindex/);
      expect(p.$('link[rel="canonical"]')).toHaveLength(0);
    },
  );

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
    expect(images.size).toBeGreaterThanOrEqual(13);
    for (const url of images) {
      const file = join(fixtureSite.dist, new URL(url).pathname);
      expect(existsSync(file), url).toBe(true);
      const { width, height, format } = await sharp(file).metadata();
      expect({ width, height, format }).toEqual({ width: 1200, height: 630, format: 'png' });
    }
  });

  it('marks an updated article with its published and updated days, author, section and tags', () => {
    const p = fixtureSite.page(REVIEWED.path);
    expect(meta(p, 'article:published_time')).toBe(REVIEWED.published);
    expect(meta(p, 'article:modified_time')).toBe(REVIEWED.updated);
    expect(meta(p, 'article:author')).toBe(`${SITE_URL}/authors/clinical-team/`);
    expect(meta(p, 'article:section')).toBe(REVIEWED.tags[0].name);
    expect(
      p
        .$('meta[property="article:tag"]')
        .toArray()
        .map((el) => p.$(el).attr('content')),
    ).toEqual(REVIEWED.tags.map((tag) => tag.name));
  });

  it('dates an article never updated by its published day', () => {
    const p = fixtureSite.page(MINIMAL.path);
    expect(meta(p, 'article:published_time')).toBe(MINIMAL.published);
    expect(meta(p, 'article:modified_time')).toBe(MINIMAL.published);
  });

  it.each(pages.map((p) => [p.path, p] as const))('%s: feed, icons, manifest and theme colours', (_, p) => {
    expect(p.$('link[rel="alternate"][type="application/rss+xml"]').attr('href')).toBe(`${SITE_URL}/rss.xml`);
    expect(p.$('link[rel="icon"]').length).toBeGreaterThanOrEqual(2);
    const inlineIcon = p.$('link[rel="icon"][type="image/svg+xml"]').attr('href');
    expect(inlineIcon).toBe(`data:image/svg+xml,${encodeURIComponent(fixtureSite.read('favicon.svg'))}`);
    expect(p.$('link[rel="apple-touch-icon"]').attr('href')).toBe('/apple-touch-icon.png');
    expect(p.$('link[rel="manifest"]').attr('href')).toBe('/manifest.webmanifest');
    const media = p
      .$('meta[name="theme-color"]')
      .toArray()
      .map((el) => p.$(el).attr('media'));
    expect(media).toEqual(['(prefers-color-scheme: light)', '(prefers-color-scheme: dark)']);
  });
});
