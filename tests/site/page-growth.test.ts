/**
 * No page grows with the number of articles beyond one page of them: listings paginate, the home page shows the
 * latest few, an author page the author's latest page, and the page-number navigation a window of numbers.
 * Only the sitemap and the feed may list everything. The fixture site holds more published articles than a page
 * lists, so a page listing all of them fails here.
 */
import { describe, expect, it } from 'vitest';
import { POSTS_PER_PAGE, PUBLISHED_COUNT } from '../support/fixture-facts';
import { fixtureSite, type BuiltPage } from '../support/dist';

const ARTICLE_LINK = /^\/blog\/(?!tags\/|\d+\/)[^/]+\/$/;
/** The first, the last, and two on each side of the current page (src/lib/pagination.ts). */
const MOST_PAGE_NUMBERS = 7;

/** The distinct articles a page links to, leaving out an article's own text (its links are its author's). */
function linkedArticles(page: BuiltPage): Set<string> {
  const { $ } = page;
  const links = $('a[href]')
    .filter((_, a) => $(a).closest('[data-pagefind-body] .prose').length === 0)
    .map((_, a) =>
      $(a)
        .attr('href')!
        .replace(/[?#].*$/, ''),
    )
    .get();
  return new Set(links.filter((href) => ARTICLE_LINK.test(href) && href !== page.path));
}

describe('no page lists more than a page of articles', () => {
  it('the fixture site has more published articles than one page lists', () => {
    expect(PUBLISHED_COUNT).toBeGreaterThan(POSTS_PER_PAGE);
  });

  it.each(fixtureSite.pages().map((page) => [page.path, page] as const))('%s', (_, page) => {
    const articles = linkedArticles(page);
    expect([...articles].length, [...articles].join(' ')).toBeLessThanOrEqual(POSTS_PER_PAGE);
    const pageNumbers = page.$('nav a[aria-label^="Page "]').length;
    expect(pageNumbers).toBeLessThanOrEqual(MOST_PAGE_NUMBERS);
  });
});
