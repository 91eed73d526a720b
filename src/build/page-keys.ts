/**
 * The keys of Astro's incremental build (astro.config.ts, `experimental.incrementalBuild`): a page returned with a
 * key is copied from the last build's output in node_modules/.astro/ when its key and its code are unchanged.
 * Astro itself covers the code (the page's modules, each article's MDX and the components it imports), the
 * configuration (`site`, so SITE_URL too) and the lock file. A key covers the rest: every piece of content the page
 * shows, including other entries' (a related article's title, a source's citation, the author's name), and the
 * footer's year. tests/build/incremental-build.test.ts edits each kind of entry and compares the result with a
 * build from scratch.
 */
import type { ShareCard } from '../lib/share-image';
import { cacheKey } from '../lib/cache-key';
import { authorOf, relatedTo, sourcesOf, tagLookup, type Post } from './posts';

/** What the key holds of an entry: its id, its parsed data, and the digest of its file (the body included). */
const entryFacts = ({
  id,
  data,
  digest,
}: {
  id: string;
  data: unknown;
  digest?: string | number | undefined;
}) => ({
  id,
  data,
  digest,
});

/** The year SiteFooter prints: a page cached in December must show the new year in January. */
const footerYear = () => new Date().getFullYear();

export async function articleKey(post: Post): Promise<string> {
  const { author, reviewer, tags } = post.data;
  const [authorEntry, reviewerEntry, tagOf, sources, related] = await Promise.all([
    authorOf(author),
    reviewer ? authorOf(reviewer) : undefined,
    tagLookup(),
    sourcesOf(post),
    relatedTo(post),
  ]);
  return cacheKey({
    post: entryFacts(post),
    author: entryFacts(authorEntry),
    reviewer: reviewerEntry && entryFacts(reviewerEntry),
    tags: tags.map((id) => tagOf(id)),
    sources: sources.map(entryFacts),
    related: related.map(entryFacts),
    year: footerYear(),
  });
}

/** A share image shows its card and nothing else (its colours and drawing are code, its font a locked package). */
export const shareCardKey = (card: ShareCard): string => cacheKey(card);
