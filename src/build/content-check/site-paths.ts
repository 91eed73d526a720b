/**
 * Every address the built site will have, so a link in an article can be checked without building: public
 * pages, pages that exist only while their article is a draft or scheduled, and files copied from public/.
 */
import { PNG_ICONS } from '../../lib/icons.ts';
import { paths } from '../../lib/urls.ts';
import type { ArticleStatus } from '../../lib/publishing.ts';

export type PathStatus = 'public' | 'unpublished' | 'missing';

export interface SitePathInput {
  articles: readonly { slug: string; status: ArticleStatus; tags: readonly string[] }[];
  authorIds: readonly string[];
  /** The editorial pages of content/pages/ (file names without .mdx). */
  pageIds?: readonly string[];
  postsPerPage: number;
  /** Files in public/, relative, with forward slashes. */
  publicFiles: readonly string[];
}

const pageCount = (posts: number, perPage: number) => Math.max(1, Math.ceil(posts / perPage));

export function sitePaths({ articles, authorIds, pageIds = [], postsPerPage, publicFiles }: SitePathInput) {
  const known = new Map<string, PathStatus>();
  const add = (path: string, status: PathStatus) => {
    if (known.get(path) !== 'public') known.set(path, status);
  };

  for (const path of [paths.home, paths.consult, paths.search, paths.feed, paths.sitemap, paths.notFound]) {
    add(path, 'public');
  }
  for (const path of ['/robots.txt', '/favicon.ico', '/favicon.svg', '/manifest.webmanifest'])
    add(path, 'public');
  for (const icon of Object.keys(PNG_ICONS)) add(`/${icon}.png`, 'public');
  for (const file of publicFiles) add(`/${file}`, 'public');
  for (const id of authorIds) add(paths.author(id), 'public');
  for (const id of pageIds) add(paths.page(id), 'public');

  const published = articles.filter((article) => article.status === 'published');
  for (let n = 1; n <= pageCount(published.length, postsPerPage); n++) add(paths.blogPage(n), 'public');

  const tagCounts = new Map<string, number>();
  for (const article of published) {
    for (const tag of article.tags) tagCounts.set(tag, (tagCounts.get(tag) ?? 0) + 1);
  }
  for (const [tag, count] of tagCounts) {
    for (let n = 1; n <= pageCount(count, postsPerPage); n++) add(paths.tagPage(tag, n), 'public');
  }
  for (const article of articles) {
    const status = article.status === 'published' ? 'public' : 'unpublished';
    add(paths.post(article.slug), status);
    for (const tag of article.tags) add(paths.tag(tag), status);
  }

  return {
    has: (path: string) => known.has(path),
    /** Where a site path leads. `/blog/x`, `/blog/x/#part` and `/blog/x/?a=b` all lead to `/blog/x/`. */
    resolvePath(path: string): PathStatus {
      let clean = path.replace(/[?#].*$/, '');
      try {
        clean = decodeURI(clean);
      } catch {
        return 'missing';
      }
      if (clean === '') return 'missing';
      const withSlash = clean.endsWith('/') || /\.[a-z0-9]+$/i.test(clean) ? clean : `${clean}/`;
      return known.get(clean) ?? known.get(withSlash) ?? 'missing';
    },
  };
}
