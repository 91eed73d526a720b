/**
 * Trust checks of every article, once it has been read: health claims (claims.ts) and review dates that have
 * passed (review-due.ts). All warnings, except a reason that cites a review nobody made.
 */
import type { ReadArticle } from './article-frontmatter.ts';
import { claimProblems } from './claims.ts';
import type { Problem } from './problem.ts';
import { reviewDueProblems } from './review-due.ts';

export function trustProblems(
  articles: readonly ReadArticle[],
  options: { today: string; reviewIntervalMonths: number | undefined },
): Problem[] {
  return articles.flatMap(({ checked, frontmatter, days, body, bodyLine }) => [
    ...claimProblems({ file: checked.file, ...frontmatter, body, bodyLine }),
    ...reviewDueProblems({ file: checked.file, source: frontmatter.source, days }, options),
  ]);
}
