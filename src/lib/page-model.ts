/**
 * The page model: everything the head, the JSON-LD graph, the breadcrumbs, the share image and the feed need to
 * know about a page, built once per route from an options object. Each of those is a pure function of it.
 */
import { consultWords } from './clinic-statements';
import type { Lang, SiteConfig } from '../config/site';
import { ui, type UiStrings } from './i18n';
import { lastModified, type ArticleStatus, type Tag } from './publishing';
import { readingStats } from './reading';
import { newestCorrectionsFirst, reviewDates, type Correction } from './review-dates';
import { articleShareImage, siteShareImage, type ShareImage } from './share-cards';
import { paths } from './urls';

export interface Crumb {
  name: string;
  path: string;
}

export interface AuthorFacts {
  id: string;
  name: string;
  kind: 'Organization' | 'Person';
  role: string;
  credentials?: string | undefined;
}

export interface ArticleFacts {
  id: string;
  published: Date;
  /** The `updated` date when there is one, else the publication date. */
  modified: Date;
  updated?: Date | undefined;
  /** Only with a reviewer. */
  lastReviewed?: Date | undefined;
  /** Set by the content, or lastReviewed plus the configured review interval; only with lastReviewed. */
  nextReview?: Date | undefined;
  /** What changed and when, newest first; empty when the article was never corrected. */
  corrections: Correction[];
  tags: Tag[];
  /** The article's main topic: the name of its first tag. */
  section: string;
  wordCount: number;
  readingMinutes: number;
  condition?: string | undefined;
  author: AuthorFacts;
  reviewer?: AuthorFacts | undefined;
  /** The closing words of the consult section every article ends with: its own, or the site's. */
  closing: string;
  /** Shown as a banner in preview (`astro dev`); a production build holds only published articles. */
  status: ArticleStatus;
  /** The works the text cites, in order of first use: the Sources list and the JSON-LD `citation`. */
  citations: CitedWork[];
}

/** A work an article cites, as content/references/ holds it. */
export interface CitedWork {
  citation: string;
  doi: string;
  pmid?: string | undefined;
}

/** A listing split into pages: Our Blog and each tag. */
export interface Pagination {
  current: number;
  last: number;
  total: number;
}

interface PageCommon {
  lang: Lang;
  title: string;
  description: string;
  path: string;
  /** From Home to this page; empty on the home page, where a one-item trail would be no trail. */
  crumbs: Crumb[];
  image: ShareImage;
  noindex: boolean;
}

export type Page = PageCommon &
  (
    | { kind: 'home' | 'consult' | 'search' | 'not-found' | 'content' }
    | { kind: 'blog'; pagination: Pagination }
    | { kind: 'tag'; tag: Tag; pagination: Pagination }
    | { kind: 'article'; article: ArticleFacts }
    | { kind: 'author'; profile: AuthorFacts }
  );

export type ArticlePage = Extract<Page, { kind: 'article' }>;

/** The parts of a blog entry the model reads: a structural subset of `CollectionEntry<'blog'>`. */
interface ArticleSource {
  id: string;
  body?: string | undefined;
  data: {
    title: string;
    shortTitle?: string | undefined;
    description: string;
    published: Date;
    updated?: Date | undefined;
    lastReviewed?: Date | undefined;
    nextReview?: Date | undefined;
    corrections?: Correction[] | undefined;
    condition?: string | undefined;
    closing?: string | undefined;
  };
}

export type PageOptions =
  | { kind: 'home' | 'consult' | 'search' | 'not-found' }
  | { kind: 'blog'; pagination: Pagination }
  | { kind: 'tag'; tag: Tag; pagination: Pagination }
  | {
      kind: 'article';
      post: ArticleSource;
      /** The article's tags, looked up in content/tags.yaml, in the article's order. */
      tags: Tag[];
      author: AuthorFacts;
      reviewer?: AuthorFacts | undefined;
      /** Published unless said otherwise: only `astro dev` renders drafts and scheduled posts. */
      status?: ArticleStatus;
      /** The works the text cites, in order of first use (src/lib/citations.ts). */
      citations?: CitedWork[];
    }
  | { kind: 'author'; author: AuthorFacts }
  | { kind: 'content'; title: string; description: string; path: string; noindex?: boolean };

interface Frame {
  site: SiteConfig;
  lang: Lang;
  t: UiStrings;
  blog: Crumb;
  page: (title: string, description: string, path: string, parents: Crumb[], label?: string) => PageCommon;
}

function frame(site: SiteConfig, lang: Lang): Frame {
  const t = ui(lang);
  const home: Crumb = { name: t.nav.home, path: paths.home };
  return {
    site,
    lang,
    t,
    blog: { name: t.nav.blog, path: paths.blog },
    page: (title, description, path, parents, label = title) => ({
      lang,
      title,
      description,
      path,
      crumbs: [home, ...parents, { name: label, path }],
      image: siteShareImage(site),
      noindex: false,
    }),
  };
}

type ArticleOptions = Extract<PageOptions, { kind: 'article' }>;

export function pageModel(options: ArticleOptions, site: SiteConfig, lang?: Lang): ArticlePage;
export function pageModel(options: PageOptions, site: SiteConfig, lang?: Lang): Page;
export function pageModel(options: PageOptions, site: SiteConfig, lang: Lang = site.lang): Page {
  const f = frame(site, lang);
  const { t, blog } = f;
  const suffix = ({ current, last }: Pagination) => (current > 1 ? t.pages.pageSuffix(current, last) : '');

  switch (options.kind) {
    case 'home': {
      const title = t.pages.home(site.name, site.tagline).title;
      return { ...f.page(title, site.description, paths.home, []), crumbs: [], kind: 'home' };
    }
    case 'blog': {
      const { pagination } = options;
      const words = t.pages.blog(site.name);
      const more = suffix(pagination);
      const path = paths.blogPage(pagination.current);
      return {
        ...f.page(`${words.title}${more}`, `${words.description}${more}.`, path, []),
        kind: 'blog',
        pagination,
      };
    }
    case 'tag': {
      const { tag, pagination } = options;
      const words = t.pages.tag(tag.name, pagination.total, site.name);
      const more = suffix(pagination);
      const path = paths.tagPage(tag.id, pagination.current);
      return {
        ...f.page(`${words.title}${more}`, `${words.description}${more}.`, path, [blog], tag.name),
        kind: 'tag',
        tag,
        pagination,
      };
    }
    case 'article':
      return articlePage(options, f);
    case 'author': {
      const { author } = options;
      const { description } = t.pages.author(author.name, author.role, site.name);
      return {
        ...f.page(author.name, description, paths.author(author.id), [blog]),
        kind: 'author',
        profile: author,
      };
    }
    case 'consult': {
      const { title, description } = t.pages.consult(site.name);
      return { ...f.page(title, description, paths.consult, []), kind: 'consult' };
    }
    case 'search': {
      const { title, description } = t.pages.search(site.name);
      return { ...f.page(title, description, paths.search, []), kind: 'search', noindex: true };
    }
    case 'not-found': {
      const { title, description } = t.pages.notFound(site.name);
      return { ...f.page(title, description, paths.notFound, []), kind: 'not-found', noindex: true };
    }
    case 'content': {
      const { title, description, path, noindex = false } = options;
      return { ...f.page(title, description, path, []), kind: 'content', noindex };
    }
  }
}

function articlePage(
  { post, tags, author, reviewer, status = 'published', citations = [] }: ArticleOptions,
  f: Frame,
): ArticlePage {
  const { data } = post;
  // The article's own closing words are part of what a reader reads; the site's standard ones are not.
  const reading = readingStats([post.body ?? '', data.closing ?? ''].join('\n\n'));
  const review = reviewDates({ reviewer, ...data }, f.site.reviewIntervalMonths);
  return {
    ...f.page(data.title, data.description, paths.post(post.id), [f.blog], data.shortTitle ?? data.title),
    // Share cards are always generated (1200×630, title on the clinic's colours), even when the article has a
    // photo: previews then look the same everywhere and never crop a photo badly.
    image: articleShareImage(post.id, data.title, f.site),
    kind: 'article',
    article: {
      id: post.id,
      published: data.published,
      modified: lastModified(post),
      updated: data.updated,
      lastReviewed: review.lastReviewed,
      nextReview: review.nextReview,
      corrections: newestCorrectionsFirst(data.corrections),
      tags,
      section: tags[0]?.name ?? f.blog.name,
      wordCount: reading.words,
      readingMinutes: reading.minutes,
      condition: data.condition,
      author,
      reviewer,
      closing: data.closing ?? consultWords(f.t.consult.ctaText, f.site),
      status,
      citations,
    },
  };
}
