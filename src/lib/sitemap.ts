/**
 * The sitemap integration knows URLs, not content. Each built page already states its own robots rule and
 * modification date in its head, so the sitemap reads them there: one source of truth, no second gate.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SitemapFacts {
  indexable: boolean;
  lastmod?: string;
}

function metaContent(html: string, attribute: 'name' | 'property', key: string): string | undefined {
  const tag = html.match(new RegExp(`<meta[^>]*\\s${attribute}="${key}"[^>]*>`))?.[0];
  return tag?.match(/\scontent="([^"]*)"/)?.[1];
}

export function sitemapFacts(html: string): SitemapFacts {
  const robots = metaContent(html, 'name', 'robots') ?? '';
  const modified = metaContent(html, 'property', 'article:modified_time');
  return { indexable: !/\bnoindex\b/.test(robots), ...(modified && { lastmod: modified }) };
}

/** The built HTML behind a sitemap URL. Throws rather than guess, so no page slips in unchecked. */
export function builtHtmlFor(url: string, outDir: string): string {
  const pathname = decodeURIComponent(new URL(url).pathname);
  const file = pathname.endsWith('/') ? join(outDir, pathname, 'index.html') : join(outDir, pathname);
  return readFileSync(file, 'utf8');
}
