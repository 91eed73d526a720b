/** What is public, in what order, and what goes with what. Pure: unit-tested without Astro. */
import { isoDate } from './dates';

export interface PostLike {
  id: string;
  data: { title: string; published: Date; updated?: Date | undefined; tags: string[]; draft: boolean };
}

export interface Visibility {
  /** Today on the clinic's calendar, YYYY-MM-DD: a post dated today is public from midnight there. */
  today: string;
  /** `astro dev` shows drafts and scheduled posts so editors can preview them. */
  preview: boolean;
}

export function isPublic(post: PostLike, { today, preview }: Visibility): boolean {
  if (preview) return true;
  return !post.data.draft && isoDate(post.data.published) <= today;
}

export function lastModified(post: { data: { published: Date; updated?: Date | undefined } }): Date {
  return post.data.updated ?? post.data.published;
}

export function newestFirst<T extends PostLike>(posts: readonly T[]): T[] {
  return [...posts].sort(
    (a, b) => b.data.published.getTime() - a.data.published.getTime() || a.id.localeCompare(b.id),
  );
}

/** Other posts ranked by how many tags (compared as slugs) they share with `post`, newest first among equals. */
export function relatedPosts<T extends PostLike>(
  post: PostLike,
  posts: readonly T[],
  slugify: (tag: string) => string,
  limit = 3,
): T[] {
  const tags = new Set(post.data.tags.map(slugify));
  return newestFirst(posts)
    .filter((other) => other.id !== post.id)
    .map((other) => ({ other, shared: other.data.tags.filter((tag) => tags.has(slugify(tag))).length }))
    .filter(({ shared }) => shared > 0)
    .sort((a, b) => b.shared - a.shared)
    .slice(0, limit)
    .map(({ other }) => other);
}

export interface TagSummary {
  name: string;
  slug: string;
  count: number;
}

export function tagsOf(posts: readonly PostLike[], slugify: (tag: string) => string): TagSummary[] {
  const bySlug = new Map<string, TagSummary>();
  for (const post of posts) {
    for (const name of post.data.tags) {
      const slug = slugify(name);
      const summary = bySlug.get(slug) ?? { name, slug, count: 0 };
      summary.count += 1;
      bySlug.set(slug, summary);
    }
  }
  return [...bySlug.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}
