const displayFormat = new Intl.DateTimeFormat('en-US', {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  timeZone: 'UTC',
});

/** Dates in frontmatter are calendar days (UTC midnight); show them as written, whatever the reader's zone. */
export function formatDate(date: Date): string {
  return displayFormat.format(date);
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function isoDateTime(date: Date): string {
  return date.toISOString();
}
