import { slug } from 'github-slugger';

export const paths = {
  home: '/',
  blog: '/blog/',
  consult: '/consult/',
  search: '/search/',
  feed: '/rss.xml',
  post: (id: string) => `/blog/${id}/`,
  tag: (tag: string) => `/blog/tags/${tagSlug(tag)}/`,
  author: (id: string) => `/authors/${id}/`,
  shareImage: (name: string) => `/og/${name}.png`,
} as const;

export function tagSlug(tag: string): string {
  return slug(tag);
}

export function absoluteUrl(path: string, siteUrl: string): string {
  return new URL(path, `${siteUrl}/`).href;
}

export function telHref(e164: string): string {
  return `tel:${e164}`;
}
