/**
 * An article as a feed item. Feed readers show content away from the site, so every link and image in it must be
 * absolute, and page-only scripts are dropped. The HTML is rewritten as a parsed tree, never with patterns.
 */
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { parseSrcset, stringifySrcset } from 'srcset';
import { SKIP, visit } from 'unist-util-visit';
import type { SiteConfig } from '../config/site';
import { ui } from './i18n';
import type { ArticlePage } from './page-model';
import { absoluteUrl, doiUrl, paths, pubmedUrl, telHref } from './urls';

/**
 * The feed carries the newest articles only, in full: readers poll it, often hourly, so its size must not grow
 * with the archive (every article stays in the sitemap). Twenty is a few months of articles for a clinic, and the
 * full text of each kept the feed near 300 KB.
 */
export const FEED_ARTICLE_COUNT = 20;

/** The articles a feed lists, from all of them newest first. */
export function feedArticles<T>(newestFirst: readonly T[]): T[] {
  return newestFirst.slice(0, FEED_ARTICLE_COUNT);
}

/** Only site-relative paths ("/blog/x/") change; fragments, mailto:, full and protocol-relative URLs stay. */
const isRootRelative = (value: string) => value.startsWith('/') && !value.startsWith('//');

function absolutizeElement(node: Element, siteUrl: string): void {
  const props = node.properties;
  for (const name of ['href', 'src', 'poster'] as const) {
    const value = props[name];
    if (typeof value === 'string' && isRootRelative(value)) props[name] = absoluteUrl(value, siteUrl);
  }
  // A srcset lists several candidates ("/a.webp 400w, /b.webp 800w"), and a URL in it may itself hold commas.
  if (typeof props.srcSet === 'string') {
    const candidates = parseSrcset(props.srcSet).map((candidate) =>
      isRootRelative(candidate.url) ? { ...candidate, url: absoluteUrl(candidate.url, siteUrl) } : candidate,
    );
    props.srcSet = stringifySrcset(candidates);
  }
}

/** The article's rendered HTML made fit for a feed reader: absolute URLs, no scripts. */
export function feedHtml(html: string, siteUrl: string): string {
  const tree: Root = fromHtml(html, { fragment: true });
  visit(tree, 'element', (node, index, parent) => {
    if (node.tagName === 'script' && parent && index !== undefined) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    absolutizeElement(node, siteUrl);
    return undefined;
  });
  return toHtml(tree);
}

export interface FeedSource {
  citation: string;
  doi: string;
  pmid?: string | undefined;
}

/**
 * What the article page shows after the text, for readers who only ever see the feed: the sources the text
 * cites, the disclosure and the medical disclaimer.
 */
export function feedArticleFooter(site: SiteConfig, sources: readonly FeedSource[]): string {
  const t = ui(site.lang).article;
  const sourceItem = ({ citation, doi, pmid }: FeedSource): Element =>
    h('li', [
      `${citation} `,
      h('a', { href: doiUrl(doi) }, `doi:${doi}`),
      ...(pmid ? [' · ', h('a', { href: pubmedUrl(pmid) }, `${t.pubmed} ${pmid}`)] : []),
    ]);
  const parts: ElementContent[] = [
    ...(sources.length ? [h('h2', t.sourcesHeading), h('ol', sources.map(sourceItem))] : []),
    h('p', h('em', site.disclosure)),
    h('p', [h('strong', `${t.disclaimerHeading}.`), ` ${site.disclaimer} ${site.crisisLine}`]),
  ];
  return toHtml(parts);
}

/** The consult section every article page ends with: its closing words and the ways to reach the clinic. */
function feedConsultSection(site: SiteConfig, closing: string): string {
  const t = ui(site.lang);
  return toHtml([
    h('h2', t.nav.consult),
    h('p', closing),
    h('p', [
      h('a', { href: site.bookingUrl }, t.consult.book),
      ' · ',
      h('a', { href: telHref(site.phone.e164) }, t.consult.call(site.phone.display)),
    ]),
    h('p', h('a', { href: absoluteUrl(paths.consult, site.url) }, t.consult.firstVisit)),
  ]);
}

export interface FeedEntry {
  title: string;
  description: string;
  link: string;
  pubDate: Date;
  categories: string[];
  author: string;
  content: string;
}

/** An article's feed item, from its page model and its rendered body. */
export function feedEntry(
  page: ArticlePage,
  site: SiteConfig,
  bodyHtml: string,
  sources: readonly FeedSource[],
): FeedEntry {
  return {
    title: page.title,
    description: page.description,
    link: paths.post(page.article.id),
    pubDate: page.article.published,
    categories: page.article.tags.map((tag) => tag.name),
    author: `${site.email} (${page.article.author.name})`,
    content:
      feedHtml(bodyHtml, site.url) +
      feedConsultSection(site, page.article.closing) +
      feedArticleFooter(site, sources),
  };
}

const XML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};
const escapeXml = (text: string) => text.replace(/[&<>"']/g, (char) => XML_ENTITIES[char] ?? char);

/** The channel's language, its own address (atom:link rel="self") and its logo. */
export function feedChannelExtras(site: SiteConfig): string {
  const url = (path: string) => escapeXml(absoluteUrl(path, site.url));
  return [
    `<language>${site.lang.toLowerCase()}</language>`,
    `<atom:link href="${url(paths.feed)}" rel="self" type="application/rss+xml"/>`,
    `<image><url>${url(paths.logo)}</url><title>${escapeXml(site.name)}</title><link>${url(paths.home)}</link></image>`,
  ].join('');
}
