/** Where the clinic's own statements (site.statements) join the site's words: only when the clinic wrote them. */
import type { SiteConfig } from '../config/site';

/** The site's standard consult words, then the clinic's sentence about consultations when it has written one. */
export function consultWords(standard: string, site: Pick<SiteConfig, 'statements'>): string {
  return [standard, site.statements.consultation].filter(Boolean).join(' ');
}
