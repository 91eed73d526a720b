/** One H1 per page and no skipped heading levels, on every page of both builds. */
import { describe, expect, it } from 'vitest';
import { everyPage } from '../support/dist';

describe('heading outline', () => {
  it('has pages to read in both builds', () => {
    expect(everyPage().length).toBeGreaterThanOrEqual(30);
  });

  it.each(everyPage())('%s', (_, p) => {
    const levels = p
      .$('h1, h2, h3, h4, h5, h6')
      .toArray()
      .map((el) => Number(el.tagName.slice(1)));
    expect(levels[0]).toBe(1);
    expect(levels.filter((level) => level === 1)).toHaveLength(1);
    levels.forEach((level, i) => {
      if (i > 0) expect(level - levels[i - 1]!, `h${levels[i - 1]} then h${level}`).toBeLessThanOrEqual(1);
    });
  });
});
