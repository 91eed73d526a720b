import { describe, expect, it } from 'vitest';
import { pageLinks } from '../../src/lib/pagination';

describe('pageLinks', () => {
  it('shows every page of a short listing', () => {
    expect(pageLinks(1, 1)).toEqual([1]);
    expect(pageLinks(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('shows the first, the last and two on each side of the current page, with gaps between', () => {
    expect(pageLinks(1, 200)).toEqual([1, 2, 3, 'gap', 200]);
    expect(pageLinks(50, 200)).toEqual([1, 'gap', 48, 49, 50, 51, 52, 'gap', 200]);
    expect(pageLinks(200, 200)).toEqual([1, 'gap', 198, 199, 200]);
  });

  it('shows a lone left-out page instead of a gap', () => {
    expect(pageLinks(5, 9)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(pageLinks(6, 12)).toEqual([1, 'gap', 4, 5, 6, 7, 8, 'gap', 12]);
  });

  it('shows at most seven numbers however long the listing', () => {
    for (const last of [10, 100, 1000]) {
      for (let current = 1; current <= last; current += 7) {
        expect(pageLinks(current, last).filter((link) => link !== 'gap').length).toBeLessThanOrEqual(7);
      }
    }
  });
});
