/**
 * The sitemap integration knows URLs, not content. Each built page already states its own robots rule and
 * modification date in its head, so the sitemap reads them there: one source of truth, no second gate.
 */
import { Parser } from 'htmlparser2';

export interface SitemapFacts {
  indexable: boolean;
  lastmod?: string;
}

/** Each meta tag's name (or property) and content, the first one winning, as in the document's head. */
function metaContents(head: string): Map<string, string> {
  const contents = new Map<string, string>();
  const parser = new Parser({
    onopentag(tag, { name, property, content }) {
      const key = name ?? property;
      if (tag === 'meta' && key !== undefined && content !== undefined && !contents.has(key)) {
        contents.set(key, content);
      }
    },
  });
  parser.end(head);
  return contents;
}

/**
 * The document up to the end of its head, where the meta tags live: parsing whole pages into trees took most of
 * a minute for 1,000 articles (BENCHMARKS.md); a streaming parser over the head takes a fraction of a second.
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

/** The code above: a build's memo of each page's facts (src/build/page-memo.ts) is dropped when it changes. */
export const SITEMAP_FACTS_SOURCE = [metaContents, headOf, sitemapFacts];

/** The dist/ file a static host serves for a URL: /blog/x/ is blog/x/index.html. */
export function builtFileFor(url: string): string {
  const pathname = decodeURIComponent(new URL(url).pathname);
  return pathname.endsWith('/') ? `${pathname.slice(1)}index.html` : pathname.slice(1);
}
