/**
 * The one gate between the content collections and the pages: nothing else calls getCollection('blog').
 * Drafts and scheduled posts are public only in `astro dev`. The decisions themselves are pure functions in
 * src/lib/publishing.ts; this module only reads Astro's content store and hands entries to them.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { site } from '../config/site';
import { calendarDay } from '../lib/dates';
import { pageModel, type ArticlePage, type AuthorFacts } from '../lib/page-model';
import { isPublic, newestFirst, relatedPosts, tagsOf } from '../lib/publishing';
import { tagSlug } from '../lib/urls';

export type Post = CollectionEntry<'blog'>;
export type Author = CollectionEntry<'authors'>;
export type Reference = CollectionEntry<'references'>;

const visibility = { today: calendarDay(new Date(), site.timeZone), preview: __SHOW_DRAFTS__ };

/** A file named only with digits would take the address of a page of Our Blog (/blog/2/). */
function assertAddressable(post: Post): Post {
  if (/^\d+$/.test(post.id)) {
    throw new Error(
      `${post.filePath}: rename the file; a name made only of digits clashes with the page /blog/${post.id}/ of Our Blog`,
    );
  }
  return post;
}

let published: Promise<Post[]> | undefined;
/** Every public post, newest first: read once per build, shared by every page. */
export function publishedPosts(): Promise<Post[]> {
  published ??= getCollection('blog', (post) => isPublic(post, visibility)).then((posts) =>
    newestFirst(posts.map(assertAddressable)),
  );
  return published;
}

export async function postsTagged(tag: string): Promise<Post[]> {
  const slug = tagSlug(tag);
  return (await publishedPosts()).filter((post) => post.data.tags.some((t) => tagSlug(t) === slug));
}

export async function postsBy(authorId: string): Promise<Post[]> {
  return (await publishedPosts()).filter(
    (post) => post.data.author === authorId || post.data.reviewer === authorId,
  );
}

export async function allTags() {
  return tagsOf(await publishedPosts(), tagSlug);
}

export async function relatedTo(post: Post, limit = 3): Promise<Post[]> {
  return relatedPosts(post, await publishedPosts(), tagSlug, limit);
}

export async function allAuthors(): Promise<Author[]> {
  return getCollection('authors');
}

/** The schema already checked the id; this only turns it into the entry. */
async function authorOf(id: string): Promise<Author> {
  const author = await getEntry('authors', id);
  if (!author) throw new Error(`content/authors/${id}.yaml is missing`);
  return author;
}

export async function sourcesOf(post: Post): Promise<Reference[]> {
  return Promise.all(
    post.data.sources.map(async (id) => {
      const reference = await getEntry('references', id);
      if (!reference) throw new Error(`content/references/${id}.yaml is missing (${post.filePath}: sources)`);
      return reference;
    }),
  );
}

export function authorFacts(author: Author): AuthorFacts {
  const { name, kind, role, credentials } = author.data;
  return { id: author.id, name, kind, role, ...(credentials && { credentials }) };
}

/** An article's page model, with its author and reviewer looked up: shared by the article page and the feed. */
export async function articlePageOf(post: Post): Promise<ArticlePage> {
  const author = authorFacts(await authorOf(post.data.author));
  const reviewer = post.data.reviewer ? authorFacts(await authorOf(post.data.reviewer)) : undefined;
  return pageModel({ kind: 'article', post, author, reviewer }, site);
}
