/**
 * A warning once an article's next review has passed: its own nextReview, or lastReviewed plus the clinic's
 * configured review interval. Only articles with a reviewer and lastReviewed have a next review at all.
 */
import { isoDate } from '../../lib/dates.ts';
import { addMonths } from '../../lib/review-dates.ts';
import type { Problem } from './problem.ts';
import type { YamlSource } from './yaml-source.ts';

export interface ReviewDueInput {
  file: string;
  source: YamlSource;
  /** The real days written in the frontmatter (dates.ts). */
  days: { lastReviewed?: string; nextReview?: string };
}

export function reviewDueProblems(
  { file, source, days }: ReviewDueInput,
  { today, reviewIntervalMonths }: { today: string; reviewIntervalMonths: number | undefined },
): Problem[] {
  const reviewer = (source.data as Record<string, unknown> | undefined)?.['reviewer'];
  if (typeof reviewer !== 'string' || !days.lastReviewed) return [];
  if (days.nextReview) {
    // One before lastReviewed is an error (dates.ts), not a review due.
    if (days.nextReview >= today || days.nextReview <= days.lastReviewed) return [];
    return [
      {
        file,
        ...source.locate(['nextReview']),
        field: 'nextReview',
        message: `the next review (${days.nextReview}) has passed: the page still shows it as due`,
        fix: 'once the reviewer has reviewed the article again, write the new lastReviewed and nextReview',
        severity: 'warning',
      },
    ];
  }
  if (!reviewIntervalMonths) return [];
  const due = isoDate(addMonths(new Date(`${days.lastReviewed}T00:00:00Z`), reviewIntervalMonths));
  if (due >= today) return [];
  return [
    {
      file,
      ...source.locate(['lastReviewed']),
      field: 'lastReviewed',
      message: `the next review (${due}: lastReviewed plus the clinic's review interval of ${reviewIntervalMonths} months) has passed`,
      fix: 'once the reviewer has reviewed the article again, write the new lastReviewed',
      severity: 'warning',
    },
  ];
}
