/**
 * Dates as the editor wrote them. The check reads the text, not a parsed Date: YAML parsers roll an impossible
 * 2026-13-45 over into a real day months away, which would silently schedule or misdate the article.
 */
import type { Problem } from './problem.ts';
import type { YamlSource } from './yaml-source.ts';

const DATE_FIELDS = ['published', 'updated', 'lastReviewed'] as const;
type DateField = (typeof DATE_FIELDS)[number];

/** True for a day that exists on the calendar, written YYYY-MM-DD. */
function isCalendarDay(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const EXAMPLE = 'for example 2026-06-01 (year, month, day)';

function whyNotADay(text: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return `"${text}" is not a date written as YYYY-MM-DD`;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return `"${text}" has no month ${match[2]}: months run from 01 to 12`;
  return `"${text}" does not exist: that month has no day ${match[3]}`;
}

/**
 * The written text of each date field that is a real day (fields left out, or written wrongly, are absent),
 * and a problem for every date that is not a real day or that contradicts another date or today.
 */
export function checkDates(
  source: YamlSource,
  today: string,
): { days: Partial<Record<DateField, string>>; problems: Problem[] } {
  const days: Partial<Record<DateField, string>> = {};
  const problems: Problem[] = [];
  const problem = (field: DateField, message: string, fix: string) =>
    problems.push({ file: source.file, ...source.locate([field]), field, message, fix, severity: 'error' });

  for (const field of DATE_FIELDS) {
    const node = source.node([field]);
    if (node === undefined) continue;
    const text = node.source ?? (node.value === null ? '' : String(node.value));
    if (text.trim() === '') {
      problem(field, `${field} is empty`, `write the day as YYYY-MM-DD, ${EXAMPLE}, or remove the line`);
    } else if (isCalendarDay(text.trim())) {
      days[field] = text.trim();
    } else {
      problem(field, whyNotADay(text.trim()), `write a real day as YYYY-MM-DD, ${EXAMPLE}`);
    }
  }

  const { published, updated, lastReviewed } = days;
  if (published && updated && updated < published) {
    problem(
      'updated',
      `updated (${updated}) is before published (${published})`,
      'write the day of the last real change, on or after published, or remove updated',
    );
  }
  if (updated && updated > today) {
    problem(
      'updated',
      `updated (${updated}) is later than today (${today})`,
      'write the day the article was last changed, not a future day',
    );
  }
  if (lastReviewed && lastReviewed > today) {
    problem(
      'lastReviewed',
      `lastReviewed (${lastReviewed}) is later than today (${today})`,
      'write the day the clinician actually reviewed the article, not a future day',
    );
  }
  return { days, problems };
}
