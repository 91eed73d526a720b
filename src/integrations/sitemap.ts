import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { memoVersion, PageMemo } from '../build/page-memo';
import { builtFileFor, SITEMAP_FACTS_SOURCE, sitemapFacts, type SitemapFacts } from '../lib/sitemap-facts';

/**
 * @astrojs/sitemap, told by each built page whether it may be indexed and when it last changed. A page whose HTML
 * cannot be read fails the build rather than slipping into the sitemap unchecked. What each page said is kept
 * for the next build (src/build/page-memo.ts): a page copied unchanged from the last build is not parsed again.
 */
/** `leaveOut`: addresses no sitemap may list, whatever their HTML says (the staff's editor at /admin/). */
export function pageSitemap({
  leaveOut = () => false,
}: { leaveOut?: (url: URL) => boolean } = {}): AstroIntegration[] {
  let outDir: URL | undefined;
  let openMemo: (() => PageMemo<SitemapFacts>) | undefined;
  let memo: PageMemo<SitemapFacts> | undefined;
  const setUp: AstroIntegration = {
    name: 'clinic:sitemap-out-dir',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = config.outDir;
        openMemo = () =>
          new PageMemo(
            join(fileURLToPath(config.cacheDir), 'sitemap-facts.json'),
            memoVersion(fileURLToPath(config.root), SITEMAP_FACTS_SOURCE),
          );
      },
    },
  };
  const saveMemo: AstroIntegration = {
    name: 'clinic:sitemap-memo',
    hooks: { 'astro:build:done': () => memo?.save() },
  };
  return [
    setUp,
    sitemap({
      serialize(item) {
        if (leaveOut(new URL(item.url))) return undefined;
        if (!outDir || !openMemo) throw new Error('clinic:sitemap-out-dir did not run before the sitemap');
        memo ??= openMemo();
        const facts = memo.of(readFileSync(new URL(builtFileFor(item.url), outDir)), sitemapFacts);
        if (!facts.indexable) return undefined;
        return facts.lastmod ? { ...item, lastmod: facts.lastmod } : item;
      },
    }),
    saveMemo,
  ];
}
