import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { site } from './src/config/site';
import { draftPreview } from './src/integrations/draft-preview';
import { searchIndex } from './src/integrations/search-index';
import { builtHtmlFor, sitemapFacts } from './src/lib/sitemap';

const outDir = fileURLToPath(new URL('./dist/', import.meta.url));

export default defineConfig({
  site: site.url,
  output: 'static',
  trailingSlash: 'ignore',
  // One small stylesheet, inlined: no render-blocking request besides the HTML itself.
  build: { format: 'directory', inlineStylesheets: 'always' },
  // 'jsx' mode can drop the space between inline elements ("by <a>Team</a>"); full compression is safe here.
  compressHTML: true,
  integrations: [
    draftPreview(),
    mdx(),
    sitemap({
      serialize(item) {
        const facts = sitemapFacts(builtHtmlFor(item.url, outDir));
        if (!facts.indexable) return undefined;
        return facts.lastmod ? { ...item, lastmod: facts.lastmod } : item;
      },
    }),
    searchIndex(),
  ],
  vite: {
    plugins: [tailwindcss()],
  },
});
