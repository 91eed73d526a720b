import type { CollectionEntry } from 'astro:content';
import type { SiteConfig } from '../config/site';
import type { AuthorFacts } from './jsonld';
import { pageData, SHARE_SIZE, type PageData } from './page-data';
import { lastModified } from './publishing';
import { readingStats, type ReadingStats } from './reading';
import { paths } from './urls';

type Post = CollectionEntry<'blog'>;
type Author = CollectionEntry<'authors'>;

export const SHARE_CROPS = [
  { suffix: '', width: 1200, height: 630 },
  { suffix: '-16x9', width: 1200, height: 675 },
  { suffix: '-4x3', width: 1200, height: 900 },
  { suffix: '-1x1', width: 1200, height: 1200 },
] as const;

export const articleShareImagePath = (id: string, suffix = '') => paths.shareImage(`blog/${id}${suffix}`);

export function authorFacts(author: Author): AuthorFacts {
  const { name, kind, role, credentials } = author.data;
  return { id: author.id, name, kind, role, ...(credentials && { credentials }) };
}

export interface ArticlePageData extends PageData {
  reading: ReadingStats;
}

export function articlePageData(
  post: Post,
  author: Author,
  reviewer: Author | undefined,
  site: SiteConfig,
): ArticlePageData {
  const reading = readingStats(post.body ?? '');
  const path = paths.post(post.id);
  // Share cards are always generated (1200×630, title on the clinic's colours), even when the article has
  // a photo: previews then look the same everywhere and never crop a photo badly.
  const image = {
    path: articleShareImagePath(post.id),
    alt: `${post.data.title} (${site.name})`,
    ...SHARE_SIZE,
    type: 'image/png',
  };
  const data = pageData(
    {
      title: post.data.title,
      description: post.data.description,
      path,
      parents: [{ name: 'Our Blog', path: paths.blog }],
      crumbLabel: post.data.shortTitle ?? post.data.title,
      image,
    },
    site,
    {
      path,
      title: post.data.title,
      description: post.data.description,
      published: post.data.published,
      modified: lastModified(post),
      tags: post.data.tags,
      section: post.data.tags[0] ?? 'Blog',
      wordCount: reading.words,
      condition: post.data.condition,
      lastReviewed: post.data.lastReviewed,
      author: authorFacts(author),
      reviewer: reviewer && authorFacts(reviewer),
      imagePaths: SHARE_CROPS.slice(1).map(({ suffix }) => articleShareImagePath(post.id, suffix)),
    },
  );
  return { ...data, reading };
}
