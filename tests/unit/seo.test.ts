import { describe, expect, it } from 'vitest';
import { site } from '../../src/config/site';
import type { Page } from '../../src/lib/page-model';
import { documentTitle, headTags, siteHeadTags, type HeadTag } from '../../src/lib/seo';
import { articlePage, pageOf } from './page-fixtures';

const content = (tags: HeadTag[], key: string) =>
  tags.filter((t) => t.attrs['name'] === key || t.attrs['property'] === key).map((t) => t.attrs['content']);
const one = (page: Page, key: string) => {
  const values = content(headTags(page, site), key);
  expect(values, key).toHaveLength(1);
  return values[0];
};
const links = (page: Page, rel: string) =>
  headTags(page, site).filter((t) => t.tag === 'link' && t.attrs['rel'] === rel);

describe('head tags', () => {
  it('titles the home page with the tagline and every other page with the clinic’s name after it', () => {
    expect(documentTitle(pageOf('home'), site)).toBe(`${site.name}: ${site.tagline}`);
    expect(documentTitle(pageOf('consult'), site)).toBe(`Consult a provider | ${site.name}`);
    expect(headTags(pageOf('consult'), site)[0]).toEqual({
      tag: 'title',
      attrs: {},
      content: `Consult a provider | ${site.name}`,
    });
  });

  it('gives an article its Open Graph article facts, with the updated date as modified time', () => {
    expect(one(articlePage, 'og:type')).toBe('article');
    expect(one(articlePage, 'article:published_time')).toBe('2026-03-02');
    expect(one(articlePage, 'article:modified_time')).toBe('2026-04-10');
    expect(one(articlePage, 'article:author')).toBe(`${site.url}/authors/care-team/`);
    expect(one(articlePage, 'article:section')).toBe('Migraine');
    expect(content(headTags(articlePage, site), 'article:tag')).toEqual(['Migraine', 'Sleep Health']);
    expect(one(articlePage, 'og:image')).toBe(`${site.url}/og/blog/sleep-and-migraine.png`);
    expect(one(articlePage, 'og:image:width')).toBe('1200');
    expect(one(articlePage, 'og:image:height')).toBe('630');
    expect(one(articlePage, 'twitter:card')).toBe('summary_large_image');
  });

  it('gives other pages the website type, the site card and no article facts', () => {
    const page = pageOf('blog');
    expect(one(page, 'og:type')).toBe('website');
    expect(one(page, 'og:image')).toBe(`${site.url}/og/site.png`);
    expect(content(headTags(page, site), 'article:published_time')).toEqual([]);
    expect(one(page, 'og:locale')).toBe('en_US');
  });

  it('names a canonical address for indexable pages only', () => {
    expect(links(pageOf('blog'), 'canonical')).toEqual([
      { tag: 'link', attrs: { rel: 'canonical', href: `${site.url}/blog/` } },
    ]);
    expect(one(pageOf('blog'), 'robots')).toBe('index, follow, max-image-preview:large');
    for (const kind of ['search', 'not-found'] as const) {
      expect(links(pageOf(kind), 'canonical')).toEqual([]);
      expect(one(pageOf(kind), 'robots')).toBe('noindex, follow');
    }
  });

  it('points at the feed and the sitemap from every page', () => {
    expect(links(pageOf('home'), 'alternate')[0]?.attrs).toMatchObject({
      type: 'application/rss+xml',
      href: `${site.url}/rss.xml`,
    });
    expect(links(pageOf('home'), 'sitemap')[0]?.attrs['href']).toBe(`${site.url}/sitemap-index.xml`);
  });

  it('adds the theme colours and icons shared by every page', () => {
    const tags = siteHeadTags({ light: '#fff', dark: '#000' });
    expect(tags.filter((t) => t.attrs['name'] === 'theme-color').map((t) => t.attrs['content'])).toEqual([
      '#fff',
      '#000',
    ]);
    expect(tags.filter((t) => t.attrs['name'] === 'theme-color').map((t) => t.attrs['media'])).toEqual([
      '(prefers-color-scheme: light)',
      '(prefers-color-scheme: dark)',
    ]);
    expect(tags.filter((t) => t.tag === 'link').map((t) => t.attrs['rel'])).toEqual([
      'icon',
      'icon',
      'apple-touch-icon',
      'manifest',
    ]);
  });
});
