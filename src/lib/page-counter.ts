/**
 * Numbers things on one page: the same page (its request object) gets 1, 2, 3 … and another page starts again
 * at 1. Components use it for ids that must stay unique on a page however often an article repeats them.
 */
const counts = new WeakMap<object, number>();

export function nextOnPage(page: object): number {
  const next = (counts.get(page) ?? 0) + 1;
  counts.set(page, next);
  return next;
}
