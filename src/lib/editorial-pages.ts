/**
 * The editorial pages: MDX files in content/pages/, each published at /<file name>/ by one route
 * (src/pages/[page].astro). The five listed here are linked from every page's footer, so each must exist.
 */
export const EDITORIAL_PAGES = [
  'about',
  'editorial-policy',
  'medical-disclaimer',
  'privacy',
  'accessibility',
] as const;
export type EditorialPageId = (typeof EDITORIAL_PAGES)[number];

/** The page the clinic's JSON-LD names as its `publishingPrinciples`. */
export const EDITORIAL_POLICY_PAGE: EditorialPageId = 'editorial-policy';
/** The page each article's short medical disclaimer links to. */
export const MEDICAL_DISCLAIMER_PAGE: EditorialPageId = 'medical-disclaimer';

/** First address segments the site's own routes and build output use: a page with one of these names would clash. */
const RESERVED = new Set([
  'blog',
  'authors',
  'consult',
  'search',
  'og',
  'pagefind',
  '_astro',
  'index',
  '404',
]);
const PAGE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Why a file name in content/pages/ (without .mdx) cannot be a page's address; undefined when it can. */
export function pageNameProblem(id: string): string | undefined {
  if (!PAGE_NAME.test(id)) {
    return `"${id}" cannot be an address: use lower-case letters, digits and single hyphens, like editorial-policy`;
  }
  if (RESERVED.has(id)) return `"${id}" is an address the site already uses (/${id}/)`;
  if (/^\d+$/.test(id)) return `"${id}" is only digits, which the site keeps for page numbers`;
  return undefined;
}
