/**
 * The one gate between the content collections and the pages: nothing else calls getCollection('blog').
 * Drafts and scheduled posts are public only in `astro dev`. The decisions themselves are pure functions in
 * src/lib/publishing.ts; this module only reads Astro's content store and hands entries to them.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { site } from '../config/site';
import { citationCounts, citationOrder, citationUses } from '../lib/citations';
import { calendarDay } from '../lib/dates';
import { pageModel, type ArticlePage, type AuthorFacts } from '../lib/page-model';
import {
  isPublic,
  newestFirst,
  relatedPosts,
  statusOf,
  tagsOf,
  type Tag,
  type TagSummary,
} from '../lib/publishing';

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

let registry: Promise<Map<string, Tag>> | undefined;
/** content/tags.yaml, by id: read once per build. */
function tagRegistry(): Promise<Map<string, Tag>> {
  registry ??= getCollection('tags').then(
    (entries) => new Map(entries.map(({ id, data }) => [id, { id, ...data }])),
  );
  return registry;
}

/** The schema already checked every id against content/tags.yaml; this only looks them up. */
export async function tagLookup(): Promise<(id: string) => Tag> {
  const tags = await tagRegistry();
  return (id) => {
    const tag = tags.get(id);
    if (!tag) throw new Error(`the tag "${id}" is missing from content/tags.yaml`);
    return tag;
  };
}

export async function postsTagged(tagId: string): Promise<Post[]> {
  return (await publishedPosts()).filter((post) => post.data.tags.includes(tagId));
}

export async function postsBy(authorId: string): Promise<Post[]> {
  return (await publishedPosts()).filter(
    (post) => post.data.author === authorId || post.data.reviewer === authorId,
  );
}

/** The tags public posts carry, most used first. */
export async function allTags(): Promise<TagSummary[]> {
  return tagsOf(await publishedPosts(), await tagLookup());
}

export async function relatedTo(post: Post, limit = 3): Promise<Post[]> {
  return relatedPosts(post, await publishedPosts(), limit);
}

export async function allAuthors(): Promise<Author[]> {
  return getCollection('authors');
}

/** The schema already checked the id; this only turns it into the entry. */
export async function authorOf(id: string): Promise<Author> {
  const author = await getEntry('authors', id);
  if (!author) throw new Error(`content/authors/${id}.yaml is missing`);
  return author;
}

export interface Citations {
  /** The cited ids, each once, in order of first use. */
  order: string[];
  /** How many places cite each id. */
  counts: Map<string, number>;
}

const citationCache = new Map<string, Citations>();
/** The `<Cite>`s of an article's text (src/lib/citations.ts), read once per build. */
export function citationsOf(post: Post): Citations {
  let citations = citationCache.get(post.id);
  if (!citations) {
    const uses = citationUses(post.body ?? '');
    citations = { order: citationOrder(uses), counts: citationCounts(uses) };
    citationCache.set(post.id, citations);
  }
  return citations;
}

/**
 * The works an article's text cites, in order of first use: its Sources list. The content check has already made
 * sure that they are exactly the article's `sources:` and that each exists.
 */
export async function sourcesOf(post: Post): Promise<Reference[]> {
  return Promise.all(
    citationsOf(post).order.map(async (id) => {
      const reference = await getEntry('references', id);
      if (!reference)
        throw new Error(`content/references/${id}.yaml is missing (${post.filePath}: <Cite id="${id}" />)`);
      return reference;
    }),
  );
}

export function authorFacts(author: Author): AuthorFacts {
  const { name, kind, role, credentials } = author.data;
  return { id: author.id, name, kind, role, ...(credentials && { credentials }) };
}

/**
 * An article's page model, with its author, reviewer and tags looked up: shared by the article page and the
 * feed. Only the preview (`astro dev`) gives it another status than "published", whatever the article says:
 * the layout shows a banner for that status, and no production page must ever carry one.
 */
export function articlePageOf(post: Post): Promise<ArticlePage> {
  // The article page and the feed both need it; its reading time alone takes milliseconds per article.
  // Keyed by the entry itself, so an article edited under `astro dev` (a new entry) gets a new model.
  let page = articlePages.get(post);
  if (!page) {
    page = buildArticlePage(post);
    articlePages.set(post, page);
  }
  return page;
}
const articlePages = new WeakMap<Post, Promise<ArticlePage>>();

async function buildArticlePage(post: Post): Promise<ArticlePage> {
  const author = authorFacts(await authorOf(post.data.author));
  const reviewer = post.data.reviewer ? authorFacts(await authorOf(post.data.reviewer)) : undefined;
  const tagOf = await tagLookup();
  const tags = post.data.tags.map((id) => tagOf(id));
  const status = visibility.preview ? statusOf(post, visibility.today) : 'published';
  const citations = (await sourcesOf(post)).map(({ data: { citation, doi, pmid } }) => ({
    citation,
    doi,
    ...(pmid && { pmid }),
  }));
  return pageModel({ kind: 'article', post, tags, author, reviewer, status, citations }, site);
}
