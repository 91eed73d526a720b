/**
 * Which page numbers a listing's navigation shows: the first, the last, and the two on each side of the current
 * one, with a gap where numbers are left out. Linking every page would make each listing page grow with the
 * number of articles (200 links at 2,000 articles).
 */
export type PageLink = number | 'gap';

export function pageLinks(current: number, last: number, around = 2): PageLink[] {
  const shown = new Set([1, last]);
  for (let n = current - around; n <= current + around; n++) if (n >= 1 && n <= last) shown.add(n);
  const numbers = [...shown].sort((a, b) => a - b);
  return numbers.flatMap((n, i) => {
    const previous = numbers[i - 1];
    if (previous === undefined || n === previous + 1) return [n];
    // A gap of one page shows its number: "1 … 3" would hide a number as short as the "…" itself.
    return n === previous + 2 ? [previous + 1, n] : ['gap' as const, n];
  });
}
