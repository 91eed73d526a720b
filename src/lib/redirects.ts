/** Renamed articles keep their old links: each former address of a public article leads to its address now. */
import { paths } from './urls';

export interface RedirectSource {
  slug: string;
  status: 'published' | 'draft' | 'scheduled';
  formerAddresses: readonly string[];
}

/** Written the way the content check requires (`/blog/<old-slug>/`); anything else is its error, not a route. */
const FORMER_ADDRESS = /^\/blog\/[a-z0-9]+(?:-[a-z0-9]+)*\/$/;

/**
 * Astro's `redirects` map. A draft or scheduled article gets none: its old address would lead to a page that
 * does not exist yet, and the redirect would publish its new address early.
 */
export function redirectsOf(articles: readonly RedirectSource[]): Record<string, string> {
  const redirects: Record<string, string> = {};
  for (const article of articles) {
    if (article.status !== 'published') continue;
    const target = paths.post(article.slug);
    for (const former of article.formerAddresses) {
      if (FORMER_ADDRESS.test(former) && former !== target) redirects[former] = target;
    }
  }
  return redirects;
}
