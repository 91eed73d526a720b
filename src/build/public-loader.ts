/**
 * The blog's loader for a production build: it stores only what is public today, so Astro never compiles a
 * draft's or a scheduled post's module and never copies its images into dist/. (Filtering later, in
 * src/build/posts.ts, hides their pages but not the images and modules Astro emits for every stored entry.)
 * `astro dev` keeps everything, for preview.
 */
import type { Loader } from 'astro/loaders';
import { site } from '../config/site';
import { calendarDay } from '../lib/dates';
import { isPublic, type PostLike } from '../lib/publishing';

/** Compiled in by src/integrations/draft-preview.ts from Astro's own command; absent means "not dev", so hide. */
const preview = typeof __SHOW_DRAFTS__ === 'boolean' && __SHOW_DRAFTS__;

export function publicEntriesOnly(loader: Loader): Loader {
  if (preview) return loader;
  return {
    ...loader,
    async load(context) {
      await loader.load(context);
      // After the inner loader rather than in place of its store.set: an entry cached by an earlier `astro dev`
      // run is kept by the inner loader without being set again.
      const visibility = { today: calendarDay(new Date(), site.timeZone), preview: false };
      for (const [id, entry] of context.store.entries()) {
        // The store holds what the collection's schema returned: `draft` and `published` are checked there.
        if (!isPublic({ id, data: entry.data as PostLike['data'] }, visibility)) context.store.delete(id);
      }
    },
  };
}
