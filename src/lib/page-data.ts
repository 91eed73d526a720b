/** Turns what a route knows about its page into head metadata and the JSON-LD graph, consistently. */
import type { Graph } from 'schema-dts';
import type { SiteConfig } from '../config/site';
import { pageGraph, type ArticleFacts, type AuthorFacts, type Crumb } from './jsonld';
import type { PageMeta, ShareImage } from './seo';
import { paths } from './urls';

export interface PageData {
  meta: PageMeta;
  graph: Graph;
  crumbs: Crumb[];
}

export interface PageInput {
  title: string;
  description: string;
  path: string;
  /** Crumbs between Home and this page; this page is added last. */
  parents?: Crumb[];
  crumbLabel?: string;
  noindex?: boolean;
  isHome?: boolean;
  image?: ShareImage;
}

export const SHARE_SIZE = { width: 1200, height: 630 } as const;

export function siteShareImage(site: SiteConfig): ShareImage {
  return {
    path: paths.shareImage('site'),
    alt: `${site.name}: ${site.tagline}`,
    ...SHARE_SIZE,
    type: 'image/png',
  };
}

export function crumbsFor(input: PageInput): Crumb[] {
  const home = { name: 'Home', path: paths.home };
  if (input.isHome) return [home];
  return [home, ...(input.parents ?? []), { name: input.crumbLabel ?? input.title, path: input.path }];
}

export function pageData(
  input: PageInput,
  site: SiteConfig,
  article?: ArticleFacts,
  profile?: AuthorFacts,
): PageData {
  const image = input.image ?? siteShareImage(site);
  const crumbs = crumbsFor(input);
  const meta: PageMeta = {
    title: input.title,
    description: input.description,
    path: input.path,
    image,
    ...(input.noindex && { noindex: true }),
    ...(input.isHome && { isHome: true }),
    ...(article && {
      article: {
        published: article.published,
        modified: article.modified,
        tags: article.tags,
        section: article.section,
        authorPath: paths.author(article.author.id),
      },
    }),
  };
  const graph = pageGraph(
    {
      path: input.path,
      title: input.title,
      description: input.description,
      crumbs,
      imagePath: image.path,
      ...(article && { article }),
      ...(profile && { profile }),
    },
    site,
  );
  return { meta, graph, crumbs };
}
