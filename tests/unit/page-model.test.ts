import { describe, expect, it } from 'vitest';
import { site } from '../../src/config/site';
import { ui } from '../../src/lib/i18n';
import { pageModel } from '../../src/lib/page-model';
import { articlePage, optionsByKind, pageOf, post, reviewer, tags, team } from './page-fixtures';

const kinds = Object.keys(optionsByKind) as (keyof typeof optionsByKind)[];

describe('the page model', () => {
  it.each(kinds)('%s: carries its kind, the site language, a path and the share image', (kind) => {
    const page = pageOf(kind);
    expect(page.kind).toBe(kind);
    expect(page.lang).toBe('en-US');
    expect(page.path).toMatch(/^\//);
    expect(page.image.path).toMatch(/^\/og\/.+\.png$/);
    expect(page.title.length).toBeGreaterThan(3);
  });

  it('gives the home page no trail, and every other page a trail from Home to itself', () => {
    expect(pageOf('home').crumbs).toEqual([]);
    for (const kind of kinds.filter((k) => k !== 'home')) {
      const { crumbs, path } = pageOf(kind);
      expect(crumbs.length, kind).toBeGreaterThanOrEqual(2);
      expect(crumbs[0]).toEqual({ name: 'Home', path: '/' });
      expect(crumbs.at(-1)?.path, kind).toBe(path);
    }
  });

  it('puts articles, tags and authors under Our Blog, labelled briefly', () => {
    expect(articlePage.crumbs.map((c) => c.name)).toEqual(['Home', 'Our Blog', 'Sleep and migraine']);
    expect(pageOf('tag').crumbs.map((c) => c.name)).toEqual(['Home', 'Our Blog', 'Sleep Health']);
    expect(pageOf('author').crumbs.at(1)).toEqual({ name: 'Our Blog', path: '/blog/' });
  });

  it('keeps search and the 404 out of search engines', () => {
    expect(kinds.filter((kind) => pageOf(kind).noindex)).toEqual(['search', 'not-found']);
    expect(pageModel({ ...optionsByKind.content, noindex: true }, site).noindex).toBe(true);
  });

  it('names later pages of a listing by their number', () => {
    const second = pageModel({ kind: 'blog', pagination: { current: 2, last: 3, total: 25 } }, site);
    expect(second.path).toBe('/blog/2/');
    expect(second.title).toBe('Our Blog (page 2 of 3)');
    expect(second.description).toMatch(/ \(page 2 of 3\)\.$/);
    const tagPage = pageModel(
      { kind: 'tag', tag: tags[1]!, pagination: { current: 2, last: 2, total: 11 } },
      site,
    );
    expect(tagPage.path).toBe('/blog/tags/sleep-health/2/');
    expect(tagPage.title).toBe('Topic: Sleep Health (page 2 of 2)');
    expect(tagPage.description).toMatch(/^11 articles from /);
    expect(
      pageModel({ kind: 'tag', tag: tags[0]!, pagination: { current: 1, last: 1, total: 1 } }, site)
        .description,
    ).toMatch(/^1 article from /);
  });

  it('takes an article’s facts from its entry: dates, reading time, section, people', () => {
    expect(articlePage.path).toBe('/blog/sleep-and-migraine/');
    expect(articlePage.article).toMatchObject({
      id: 'sleep-and-migraine',
      published: post.data.published,
      modified: post.data.updated,
      updated: post.data.updated,
      lastReviewed: post.data.lastReviewed,
      tags,
      section: 'Migraine',
      wordCount: 460,
      readingMinutes: 2,
      condition: 'Migraine',
      author: team,
      reviewer,
      status: 'published',
    });
    expect(articlePage.image).toMatchObject({
      path: '/og/blog/sleep-and-migraine.png',
      width: 1200,
      height: 630,
      alt: `${post.data.title} (${site.name})`,
    });
  });

  it('closes every article with its own closing words, or the site’s when it has none', () => {
    expect(articlePage.article.closing).toBe(ui(site.lang).consult.ctaText);
    const closing = 'Ask us whether this could help you. Relief could be closer than you think.';
    const own = pageModel(
      { kind: 'article', post: { ...post, data: { ...post.data, closing } }, tags, author: team },
      site,
    );
    expect(own.article.closing).toBe(closing);
    // The article's own closing words are read with it; the site's standard words are not.
    expect(own.article.wordCount).toBe(articlePage.article.wordCount + closing.split(' ').length);
  });

  it('carries the status it is given, for the preview banner; published by default', () => {
    const draft = pageModel({ kind: 'article', post, tags, author: team, status: 'draft' }, site);
    expect(draft.article.status).toBe('draft');
    expect(pageModel({ kind: 'article', post, tags, author: team }, site).article.status).toBe('published');
  });

  it('uses the publication date as the modification date of an article never updated', () => {
    const { updated: _, ...data } = post.data;
    const page = pageModel({ kind: 'article', post: { ...post, data }, tags, author: team }, site);
    expect(page.article.modified).toEqual(post.data.published);
    expect(page.article.updated).toBeUndefined();
    expect(page.article.reviewer).toBeUndefined();
  });
});
