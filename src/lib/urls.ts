/** A tag's id (from content/tags.yaml) is already an address segment: lower-case words and hyphens. */
const tagPath = (tagId: string) => `/blog/tags/${tagId}/`;

export const paths = {
  home: '/',
  blog: '/blog/',
  consult: '/consult/',
  search: '/search/',
  notFound: '/404.html',
  feed: '/rss.xml',
  sitemap: '/sitemap-index.xml',
  logo: '/logo.png',
  post: (id: string) => `/blog/${id}/`,
  tag: tagPath,
  author: (id: string) => `/authors/${id}/`,
  /** An editorial page of content/pages/: /about/, /privacy/… */
  page: (id: string) => `/${id}/`,
  shareImage: (name: string) => `/og/${name}.png`,
  /** Page n of Our Blog: /blog/ for the first, /blog/2/ after it. */
  blogPage: (n: number) => (n === 1 ? '/blog/' : `/blog/${n}/`),
  tagPage: (tagId: string, n: number) => (n === 1 ? tagPath(tagId) : `${tagPath(tagId)}${n}/`),
} as const;

export function absoluteUrl(path: string, siteUrl: string): string {
  return new URL(path, `${siteUrl}/`).href;
}

export function telHref(e164: string): string {
  return `tel:${e164}`;
}

export const doiUrl = (doi: string) => `https://doi.org/${doi}`;
export const pubmedUrl = (pmid: string) => `https://pubmed.ncbi.nlm.nih.gov/${pmid}/`;
