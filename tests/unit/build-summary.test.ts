import { describe, expect, it } from 'vitest';
import { buildSummary, type SummaryArticle } from '../../src/lib/build-summary';

const article = (
  file: string,
  status: SummaryArticle['status'],
  published = '2026-01-15',
): SummaryArticle => ({
  file: `content/blog/${file}.mdx`,
  title: `The ${file} article`,
  status,
  published,
});

describe('the summary that ends a production build', () => {
  it('counts what went out and names what was held back, scheduled posts with their dates in order', () => {
    expect(
      buildSummary([
        article('one', 'published'),
        article('two', 'published'),
        article('later', 'scheduled', '2099-03-01'),
        article('sooner', 'scheduled', '2099-01-01'),
        article('unfinished', 'draft'),
      ]),
    ).toEqual([
      '2 articles published.',
      '1 draft held back (remove `draft: true` to publish):',
      '  content/blog/unfinished.mdx — “The unfinished article”',
      '2 scheduled articles held back until their date (each goes live with the first build on or after it):',
      '  content/blog/sooner.mdx — “The sooner article” — publishes on 2099-01-01',
      '  content/blog/later.mdx — “The later article” — publishes on 2099-03-01',
    ]);
  });

  it('speaks of one scheduled article in the singular', () => {
    expect(buildSummary([article('later', 'scheduled', '2099-03-01')])[1]).toBe(
      '1 scheduled article held back until its date (it goes live with the first build on or after it):',
    );
  });

  it('says only the count when nothing is held back', () => {
    expect(buildSummary([article('one', 'published')])).toEqual(['1 article published.']);
    expect(buildSummary([])).toEqual(['0 articles published.']);
  });
});
