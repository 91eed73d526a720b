import { readFileSync } from 'node:fs';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { builtFileFor, sitemapFacts } from '../lib/sitemap-facts';

/**
 * @astrojs/sitemap, told by each built page whether it may be indexed and when it last changed. A page whose HTML
 * cannot be read fails the build rather than slipping into the sitemap unchecked.
 */
/** `leaveOut`: addresses no sitemap may list, whatever their HTML says (the staff's editor at /admin/). */
export function pageSitemap({
  leaveOut = () => false,
}: { leaveOut?: (url: URL) => boolean } = {}): AstroIntegration[] {
  let outDir: URL | undefined;
  const findOutDir: AstroIntegration = {
    name: 'clinic:sitemap-out-dir',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = config.outDir;
      },
    },
  };
  return [
    findOutDir,
    sitemap({
      serialize(item) {
        if (leaveOut(new URL(item.url))) return undefined;
        if (!outDir) throw new Error('clinic:sitemap-out-dir did not run before the sitemap');
        const facts = sitemapFacts(readFileSync(new URL(builtFileFor(item.url), outDir), 'utf8'));
        if (!facts.indexable) return undefined;
        return facts.lastmod ? { ...item, lastmod: facts.lastmod } : item;
      },
    }),
  ];
}
