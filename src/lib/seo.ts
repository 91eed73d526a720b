/** A page's head metadata as data: one function builds the tags, `Head.astro` renders them. */
import type { SiteConfig } from '../config/site';
import { isoDate } from './dates';
import { absoluteUrl, paths } from './urls';

export interface ShareImage {
  path: string;
  alt: string;
  width: number;
  height: number;
  type: string;
}

export interface ArticleMeta {
  published: Date;
  modified: Date;
  tags: string[];
  section: string;
  authorPath: string;
}

export interface PageMeta {
  /** The page's own title; the clinic's name is added, except on the home page. */
  title: string;
  description: string;
  path: string;
  image: ShareImage;
  noindex?: boolean;
  article?: ArticleMeta;
  isHome?: boolean;
}

export interface HeadTag {
  tag: 'title' | 'meta' | 'link';
  attrs: Record<string, string>;
  content?: string;
}

export function documentTitle(page: PageMeta, site: SiteConfig): string {
  return page.isHome ? `${site.name}: ${site.tagline}` : `${page.title} | ${site.name}`;
}

const meta = (key: 'name' | 'property', id: string, content: string): HeadTag => ({
  tag: 'meta',
  attrs: { [key]: id, content },
});
const link = (attrs: Record<string, string>): HeadTag => ({ tag: 'link', attrs });

export function headTags(page: PageMeta, site: SiteConfig): HeadTag[] {
  const url = (path: string) => absoluteUrl(path, site.url);
  const title = documentTitle(page, site);
  const image = url(page.image.path);
  const tags: HeadTag[] = [
    { tag: 'title', attrs: {}, content: title },
    meta('name', 'description', page.description),
    // A noindex page (the 404) has no address of its own worth naming as canonical.
    ...(page.noindex ? [] : [link({ rel: 'canonical', href: url(page.path) })]),
    meta('name', 'robots', page.noindex ? 'noindex, follow' : 'index, follow, max-image-preview:large'),
    meta('property', 'og:site_name', site.name),
    meta('property', 'og:locale', site.locale),
    meta('property', 'og:type', page.article ? 'article' : 'website'),
    meta('property', 'og:title', page.isHome ? title : page.title),
    meta('property', 'og:description', page.description),
    meta('property', 'og:url', url(page.path)),
    meta('property', 'og:image', image),
    meta('property', 'og:image:type', page.image.type),
    meta('property', 'og:image:width', String(page.image.width)),
    meta('property', 'og:image:height', String(page.image.height)),
    meta('property', 'og:image:alt', page.image.alt),
  ];
  if (page.article) {
    const { published, modified, tags: articleTags, section, authorPath } = page.article;
    tags.push(
      meta('property', 'article:published_time', isoDate(published)),
      meta('property', 'article:modified_time', isoDate(modified)),
      meta('property', 'article:author', url(authorPath)),
      meta('property', 'article:section', section),
      ...articleTags.map((tag) => meta('property', 'article:tag', tag)),
    );
  }
  tags.push(
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:title', page.isHome ? title : page.title),
    meta('name', 'twitter:description', page.description),
    meta('name', 'twitter:image', image),
    meta('name', 'twitter:image:alt', page.image.alt),
    link({
      rel: 'alternate',
      type: 'application/rss+xml',
      title: `${site.name}: articles`,
      href: url(paths.feed),
    }),
    link({ rel: 'sitemap', type: 'application/xml', href: url('/sitemap-index.xml') }),
  );
  return tags;
}

/** Tags that are the same on every page: theme colours for both schemes, icons, manifest. */
export function siteHeadTags(site: SiteConfig): HeadTag[] {
  return [
    {
      tag: 'meta',
      attrs: { name: 'theme-color', content: site.themeColor.light, media: '(prefers-color-scheme: light)' },
    },
    {
      tag: 'meta',
      attrs: { name: 'theme-color', content: site.themeColor.dark, media: '(prefers-color-scheme: dark)' },
    },
    meta('name', 'color-scheme', 'light dark'),
    link({ rel: 'icon', href: '/favicon.ico', sizes: '32x32' }),
    link({ rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' }),
    link({ rel: 'apple-touch-icon', href: '/apple-touch-icon.png' }),
    link({ rel: 'manifest', href: '/manifest.webmanifest' }),
  ];
}
