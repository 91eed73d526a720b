import type { Lang } from '../config/site';

// One formatter per language: creating one per date cost seconds of a 1,000-article build.
const formatters = new Map<Lang, Intl.DateTimeFormat>();

/** Dates in frontmatter are calendar days (UTC midnight); show them as written, whatever the reader's zone. */
export function formatDate(date: Date, lang: Lang): string {
  let formatter = formatters.get(lang);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(lang, {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      timeZone: 'UTC',
    });
    formatters.set(lang, formatter);
  }
  return formatter.format(date);
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Today's date (YYYY-MM-DD) on the clinic's calendar, whatever the build machine's time zone. */
export function calendarDay(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}
