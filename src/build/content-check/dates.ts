/**
 * Dates as the editor wrote them. The check reads the text, not a parsed Date: YAML parsers roll an impossible
 * 2026-13-45 over into a real day months away, which would silently schedule or misdate the article.
 */
import type { Problem } from './problem.ts';
import { fieldName, type FieldPath, type YamlSource } from './yaml-source.ts';

const DATE_FIELDS = ['published', 'updated', 'lastReviewed', 'nextReview'] as const;
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
  const problemAt = (path: FieldPath, message: string, fix: string) =>
    problems.push({
      file: source.file,
      ...source.locate(path),
      field: fieldName(path),
      message,
      fix,
      severity: 'error',
    });
  const problem = (field: DateField, message: string, fix: string) => problemAt([field], message, fix);

  /** The day written at `path`, or undefined (with a problem when it is written but not a real day). */
  const dayAt = (path: FieldPath): string | undefined => {
    const node = source.node(path);
    if (node === undefined) return undefined;
    const text = node.source ?? (node.value === null ? '' : String(node.value));
    const name = fieldName(path);
    if (text.trim() === '') {
      problemAt(path, `${name} is empty`, `write the day as YYYY-MM-DD, ${EXAMPLE}, or remove the line`);
    } else if (isCalendarDay(text.trim())) {
      return text.trim();
    } else {
      problemAt(path, whyNotADay(text.trim()), `write a real day as YYYY-MM-DD, ${EXAMPLE}`);
    }
    return undefined;
  };

  for (const field of DATE_FIELDS) {
    const day = dayAt([field]);
    if (day) days[field] = day;
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
  if (lastReviewed && days.nextReview && days.nextReview <= lastReviewed) {
    problem(
      'nextReview',
      `nextReview (${days.nextReview}) is not after lastReviewed (${lastReviewed})`,
      'write the day the reviewer plans to review the article again, after lastReviewed',
    );
  }

  // Each correction is a change to the article: on or after published, not in the future, and no later than
  // updated (the page's "Updated" date and its dateModified must not predate a correction it shows).
  const corrections = source.node(['corrections'])?.value;
  const count = Array.isArray(corrections) ? corrections.length : 0;
  let latest: { day: string; path: FieldPath } | undefined;
  for (let index = 0; index < count; index++) {
    const path = ['corrections', index, 'date'];
    const day = dayAt(path);
    if (!day) continue;
    const name = fieldName(path);
    if (published && day < published) {
      problemAt(
        path,
        `${name} (${day}) is before published (${published})`,
        'write the day the article was corrected, on or after published',
      );
    } else if (day > today) {
      problemAt(
        path,
        `${name} (${day}) is later than today (${today})`,
        'write the day the correction was made, not a future day',
      );
    } else if (!latest || day > latest.day) {
      latest = { day, path };
    }
  }
  if (latest && !source.node(['updated'])) {
    problemAt(
      ['corrections'],
      `the article lists corrections but has no updated date (latest correction: ${latest.day})`,
      `add updated: ${latest.day} (the day of the latest correction, or a later change)`,
    );
  } else if (latest && updated && updated < latest.day) {
    problem(
      'updated',
      `updated (${updated}) is before the latest correction (${latest.day}, ${fieldName(latest.path)})`,
      `write updated: ${latest.day} or a later day of change`,
    );
  }
  return { days, problems };
}
