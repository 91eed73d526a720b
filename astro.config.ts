import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { site } from './src/config/site';
import { adminEditor } from './src/integrations/admin-editor';
import { contentCheck } from './src/integrations/content-check';
import { draftPreview } from './src/integrations/draft-preview';
import { searchIndex } from './src/integrations/search-index';
import { securityHeaders } from './src/integrations/security-headers';
import { pageSitemap } from './src/integrations/sitemap';

const content = contentCheck();

export default defineConfig({
  site: site.url,
  output: 'static',
  trailingSlash: 'ignore',
  // One small stylesheet, inlined: no render-blocking request besides the HTML itself. Two pages at a time: a
  // share image's rasterising runs on sharp's threads while the next page renders (BENCHMARKS.md).
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 2 },
  // 'jsx' mode can drop the space between inline elements ("by <a>Team</a>"); full compression is safe here.
  compressHTML: true,
  // Images written in Markdown get a srcset of widths up to their own, so a phone never downloads the full file.
  image: { layout: 'constrained' },
  // The content check first: it stops a build with bad content before anything else runs. Its summary of what
  // was published and held back is the last thing a build prints.
  integrations: [
    content.check,
    draftPreview(),
    adminEditor(),
    mdx(),
    // The browser editor is for the clinic's staff, and noindex anyway.
    pageSitemap({ leaveOut: (url) => url.pathname.startsWith('/admin/') }),
    searchIndex(),
    securityHeaders(),
    content.summary,
  ],
  // JSON schemas of the collections in .astro/: the Astro VS Code extension completes and checks article
  // frontmatter with them (.vscode/settings.json turns it on).
  // Incremental builds: an article or share image whose key (src/build/page-keys.ts) and code are unchanged is
  // copied from the last build (node_modules/.astro/) instead of rendered again.
  experimental: { contentIntellisense: true, incrementalBuild: true },
  vite: {
    plugins: [tailwindcss()],
  },
});
