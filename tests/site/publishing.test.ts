/**
 * What only shows once a site has many articles, read from the fixture site's build: drafts and scheduled
 * posts appear nowhere (the fixture build runs with DEV=1, which must not publish them), and Our Blog
 * paginates.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { site } from '../../src/config/site';
import { ui } from '../../src/lib/i18n';
import { POSTS_PER_PAGE, PUBLISHED_COUNT, UNPUBLISHED } from '../support/fixture-facts';
import { fixtureSite, SITE_URL } from '../support/dist';

describe('drafts and scheduled posts', () => {
  const files = fixtureSite.files().filter((f) => /\.(html|xml|txt|json|webmanifest)$/.test(f));
  const pagefind = fixtureSite.files().filter((f) => f.includes('/pagefind/'));

  it('are left out of pages, lists, tags, sitemap, feed and manifest', () => {
    expect(files.length).toBeGreaterThanOrEqual(25);
    const secrets = [...UNPUBLISHED.words, ...UNPUBLISHED.tags, ...UNPUBLISHED.paths];
    for (const file of files) {
      const body = readFileSync(file, 'utf8');
      for (const secret of secrets) expect(body.includes(secret), `${secret} in ${file}`).toBe(false);
    }
  });

  it('have no page, tag page or share image', () => {
    for (const path of UNPUBLISHED.files) expect(existsSync(join(fixtureSite.dist, path)), path).toBe(false);
  });

  it('leave no preview banner on any page: only `astro dev` shows one', () => {
    const t = ui(site.lang).preview;
    for (const p of fixtureSite.pages()) {
      expect(p.$('[data-preview-banner]'), p.path).toHaveLength(0);
      expect(p.html.includes(t.draft) || p.html.includes(t.scheduled('')), p.path).toBe(false);
    }
  });

  it('are not in the search index', () => {
    expect(pagefind.length).toBeGreaterThan(0);
    expect(fixtureSite.pages().filter((p) => p.$('[data-pagefind-body]').length)).toHaveLength(
      PUBLISHED_COUNT,
    );
  });
});

describe('Our Blog', () => {
  const first = fixtureSite.page('/blog/');
  const second = fixtureSite.page('/blog/2/');

  it(`paginates ${POSTS_PER_PAGE} to a page`, () => {
    expect(first.$('main ul.grid > li')).toHaveLength(POSTS_PER_PAGE);
    expect(second.$('main ul.grid > li')).toHaveLength(PUBLISHED_COUNT - POSTS_PER_PAGE);
    expect(fixtureSite.resolves('/blog/3/')).toBe(false);
  });

  it('makes page 2 indexable, self-canonical and marked current', () => {
    expect(second.$('meta[name="robots"]').attr('content')).toMatch(/^index, follow/);
    expect(second.$('link[rel="canonical"]').attr('href')).toBe(`${SITE_URL}/blog/2/`);
    expect(second.$('title').text()).toContain('page 2 of 2');
    expect(second.$('nav[aria-label="Pages"] [aria-current="page"]').text().trim()).toBe('2');
    expect(first.$('nav[aria-label="Pages"] [aria-current="page"]').text().trim()).toBe('1');
    expect(second.$('a[rel="prev"]').attr('href')).toBe('/blog/');
    expect(first.$('a[rel="next"]').attr('href')).toBe('/blog/2/');
    expect(fixtureSite.read('sitemap-0.xml')).toContain(`${SITE_URL}/blog/2/`);
  });
});
