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

/** Whether a post is out, held back as a draft, or waiting for its publication day. */
export type ArticleStatus = 'published' | 'draft' | 'scheduled';

export function statusOf(post: PostLike, today: string): ArticleStatus {
  if (post.data.draft) return 'draft';
  return isoDate(post.data.published) <= today ? 'published' : 'scheduled';
}

export function isPublic(post: PostLike, { today, preview }: Visibility): boolean {
  return preview || statusOf(post, today) === 'published';
}

export function lastModified(post: { data: { published: Date; updated?: Date | undefined } }): Date {
  return post.data.updated ?? post.data.published;
}

export function newestFirst<T extends PostLike>(posts: readonly T[]): T[] {
  return [...posts].sort(
    (a, b) => b.data.published.getTime() - a.data.published.getTime() || a.id.localeCompare(b.id),
  );
}

/** Other posts ranked by how many tags they share with `post`, newest first among equals. */
export function relatedPosts<T extends PostLike>(post: PostLike, posts: readonly T[], limit = 3): T[] {
  const tags = new Set(post.data.tags);
  return newestFirst(posts)
    .filter((other) => other.id !== post.id)
    .map((other) => ({ other, shared: other.data.tags.filter((tag) => tags.has(tag)).length }))
    .filter(({ shared }) => shared > 0)
    .sort((a, b) => b.shared - a.shared)
    .slice(0, limit)
    .map(({ other }) => other);
}

/** A topic of content/tags.yaml: the id is its address, the name what readers see. */
export interface Tag {
  id: string;
  name: string;
  description?: string | undefined;
}

export interface TagSummary extends Tag {
  count: number;
}

/** The tags the posts use, each with how many posts carry it: most used first, then by name. */
export function tagsOf(posts: readonly PostLike[], tagOf: (id: string) => Tag): TagSummary[] {
  const byId = new Map<string, TagSummary>();
  for (const post of posts) {
    for (const id of post.data.tags) {
      const summary = byId.get(id) ?? { ...tagOf(id), count: 0 };
      summary.count += 1;
      byId.set(id, summary);
    }
  }
  return [...byId.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}
