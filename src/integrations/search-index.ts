import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind search index from the finished HTML, after every production build, into
 * dist/pagefind/. Only elements marked data-pagefind-body (the articles) are indexed.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'clinic:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: `${site}pagefind` });
          if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          logger.info(
            `read ${added.page_count} pages; articles (data-pagefind-body) are searchable; indexed in ${seconds} s`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
