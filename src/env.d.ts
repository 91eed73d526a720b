/** Compiled in by src/integrations/draft-preview.ts: true only under `astro dev`. */
declare const __SHOW_DRAFTS__: boolean;
