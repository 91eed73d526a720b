/** Compiled in by src/integrations/draft-preview.ts: true only under `astro dev`. */
declare const __SHOW_DRAFTS__: boolean;

declare namespace App {
  interface Locals {
    /** The numbers of the page's citations, set by the page before its body renders (src/lib/citations.ts). */
    citations?: import('./lib/citations').CitationNumbering;
  }
}
