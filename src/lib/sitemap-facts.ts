/**
 * The sitemap integration knows URLs, not content. Each built page already states its own robots rule and
 * modification date in its head, so the sitemap reads them there: one source of truth, no second gate.
 */
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

export interface SitemapFacts {
  indexable: boolean;
  lastmod?: string;
}

function metaContents(html: string): Map<string, string> {
  const contents = new Map<string, string>();
  visit(fromHtml(html), 'element', (node: Element) => {
    if (node.tagName !== 'meta') return;
    const { name, property, content } = node.properties;
    const key = name ?? property;
    if (key !== undefined && content !== undefined && !contents.has(String(key))) {
      contents.set(String(key), String(content));
    }
  });
  return contents;
}

/**
 * The document up to the end of its head, where the meta tags live: parsing whole pages took most of a minute
 * for 1,000 articles (BENCHMARKS.md). The head is whole here, so the parser sees no truncated element.
 */
function headOf(html: string): string {
  const end = html.search(/<\/head>/i);
  return end === -1 ? html : html.slice(0, end);
}

export function sitemapFacts(html: string): SitemapFacts {
  const meta = metaContents(headOf(html));
  const modified = meta.get('article:modified_time');
  return { indexable: !/\bnoindex\b/.test(meta.get('robots') ?? ''), ...(modified && { lastmod: modified }) };
}

/** The dist/ file a static host serves for a URL: /blog/x/ is blog/x/index.html. */
export function builtFileFor(url: string): string {
  const pathname = decodeURIComponent(new URL(url).pathname);
  return pathname.endsWith('/') ? `${pathname.slice(1)}index.html` : pathname.slice(1);
}
