/**
 * Review dates and corrections as the article page shows them. A review date exists only for a review a named
 * reviewer made: no reviewer, no dates. The next review is the one the content sets, else lastReviewed plus the
 * clinic's configured interval, else none. Pure: the page model and the content check share it.
 */

/** `months` calendar months after `date` (UTC days), the day clamped to the month's end (31 Jan + 1 → 28 Feb). */
export function addMonths(date: Date, months: number): Date {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay)));
}

export interface ReviewFacts {
  reviewer?: unknown;
  lastReviewed?: Date | undefined;
  nextReview?: Date | undefined;
}

/** The dates a page may show: none without a reviewer and lastReviewed. */
export function reviewDates(
  { reviewer, lastReviewed, nextReview }: ReviewFacts,
  intervalMonths: number | undefined,
): { lastReviewed?: Date; nextReview?: Date } {
  if (!reviewer || !lastReviewed) return {};
  const next = nextReview ?? (intervalMonths ? addMonths(lastReviewed, intervalMonths) : undefined);
  return { lastReviewed, ...(next && { nextReview: next }) };
}

export interface Correction {
  date: Date;
  note: string;
}

/** Newest first; corrections of the same day keep the order they were written in. */
export function newestCorrectionsFirst(corrections: readonly Correction[] | undefined): Correction[] {
  return [...(corrections ?? [])].sort((a, b) => b.date.getTime() - a.date.getTime());
}
