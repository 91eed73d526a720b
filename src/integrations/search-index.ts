import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { keepIndex, pagesDigest, restoreIndex } from '../build/search-index-cache';

async function buildIndex(site: string, outputPath: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: site });
    if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

/**
 * Builds the Pagefind search index from the finished HTML, after every production build, into
 * dist/pagefind/. Only elements marked data-pagefind-body (the articles) are indexed. When every page is the
 * same as in the last build, the last build's index is copied instead (src/build/search-index-cache.ts).
 */
export function searchIndex(): AstroIntegration {
  let root = '';
  let cache = '';
  return {
    name: 'clinic:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        cache = join(fileURLToPath(config.cacheDir), 'search-index');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        const outputPath = join(site, 'pagefind');
        const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
        const digest = pagesDigest(site, root);
        if (restoreIndex(cache, digest, outputPath)) {
          logger.info(`every page is as in the last build: its search index copied in ${seconds()} s`);
          return;
        }
        const pages = await buildIndex(site, outputPath);
        keepIndex(cache, digest, outputPath);
        logger.info(
          `read ${pages} pages; articles (data-pagefind-body) are searchable; indexed in ${seconds()} s`,
        );
      },
    },
  };
}
