/**
 * Corrections, review dates and the "Report an error" link: the pure functions (src/lib/report-error.ts,
 * src/lib/review-dates.ts), what the page model and the JSON-LD make of them, and the next-review warning.
 */
import { describe, expect, it } from 'vitest';
import { reviewDueProblems } from '../../src/build/content-check/review-due';
import { readYaml } from '../../src/build/content-check/yaml-source';
import { site } from '../../src/config/site';
import { pageGraph } from '../../src/lib/jsonld';
import { pageModel } from '../../src/lib/page-model';
import { reportErrorHref } from '../../src/lib/report-error';
import { addMonths, newestCorrectionsFirst, reviewDates } from '../../src/lib/review-dates';
import { post, reviewer, tags, team } from './page-fixtures';

const day = (text: string) => new Date(`${text}T00:00:00Z`);
const iso = (date: Date | undefined) => date?.toISOString().slice(0, 10);

describe('reportErrorHref', () => {
  const article = {
    title: 'Ketamine & migraine: 100% of what? A “test”',
    url: 'https://www.example.com/blog/x/',
  };

  it('is a mailto: link whose subject carries the title and whose body asks for no health details', () => {
    const href = reportErrorHref('corrections@example.com', article, 'en-US')!;
    const url = new URL(href);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('corrections@example.com');
    expect(url.searchParams.get('subject')).toBe(`Error in the article: ${article.title}`);
    const body = url.searchParams.get('body')!;
    expect(body).toContain(article.title);
    expect(body).toContain(article.url);
    expect(body).toMatch(/do not write any health details/);
    expect(body).toContain('\r\n');
  });

  it('encodes as RFC 6068 asks: %20 for a space, %0D%0A for a line break, nothing raw', () => {
    const href = reportErrorHref('a+b@example.com', article, 'en-US')!;
    expect(href.startsWith('mailto:a%2Bb@example.com?subject=Error%20in%20the%20article')).toBe(true);
    expect(href).toContain('%26'); // the & of the title cannot end the subject early
    expect(href).toContain('%0D%0A');
    expect(href).not.toMatch(/[\s+"“”]/u);
    expect(href.split('&')).toHaveLength(2);
  });

  it('is nothing when no editorial address is configured', () => {
    expect(reportErrorHref(undefined, article, 'en-US')).toBeUndefined();
  });
});

describe('review dates', () => {
  it('adds calendar months, keeping the day or the last day of a shorter month', () => {
    expect(iso(addMonths(day('2026-03-01'), 12))).toBe('2027-03-01');
    expect(iso(addMonths(day('2026-01-31'), 1))).toBe('2026-02-28');
    expect(iso(addMonths(day('2027-11-30'), 3))).toBe('2028-02-29');
  });

  it('shows no review date without a reviewer, whatever the content or the configuration say', () => {
    expect(reviewDates({ lastReviewed: day('2026-03-01'), nextReview: day('2027-03-01') }, 12)).toEqual({});
    expect(reviewDates({ reviewer: 'dr-real' }, 12)).toEqual({});
  });

  it('takes the content’s nextReview, else lastReviewed plus the configured interval, else none', () => {
    const reviewed = { reviewer: 'dr-real', lastReviewed: day('2026-03-01') };
    expect(iso(reviewDates({ ...reviewed, nextReview: day('2026-09-01') }, 12).nextReview)).toBe(
      '2026-09-01',
    );
    expect(iso(reviewDates(reviewed, 12).nextReview)).toBe('2027-03-01');
    expect(reviewDates(reviewed, undefined)).toEqual({ lastReviewed: day('2026-03-01') });
  });

  it('lists corrections newest first', () => {
    const corrections = [
      { date: day('2026-03-01'), note: 'first' },
      { date: day('2026-04-01'), note: 'second' },
    ];
    expect(newestCorrectionsFirst(corrections).map(({ note }) => note)).toEqual(['second', 'first']);
    expect(newestCorrectionsFirst(undefined)).toEqual([]);
  });
});

describe('the article page model and its JSON-LD', () => {
  const corrections = [
    { date: day('2026-04-01'), note: 'Corrected the number of patients in the second study.' },
    { date: day('2026-04-10'), note: 'Added the 2026 guideline.' },
  ];
  const corrected = { ...post, data: { ...post.data, corrections, nextReview: day('2027-04-09') } };

  it('carries the corrections newest first and the next review the content sets', () => {
    const { article } = pageModel({ kind: 'article', post: corrected, tags, author: team, reviewer }, site);
    expect(article.corrections.map(({ note }) => note)).toEqual([
      'Added the 2026 guideline.',
      'Corrected the number of patients in the second study.',
    ]);
    expect(iso(article.nextReview)).toBe('2027-04-09');
  });

  it('computes the next review from the configured interval, and shows no review without a reviewer', () => {
    const yearly = { ...site, reviewIntervalMonths: 12 };
    const reviewedPage = pageModel({ kind: 'article', post, tags, author: team, reviewer }, yearly);
    expect(iso(reviewedPage.article.nextReview)).toBe('2027-04-09');
    const unreviewed = pageModel({ kind: 'article', post: corrected, tags, author: team }, yearly);
    expect(unreviewed.article.lastReviewed).toBeUndefined();
    expect(unreviewed.article.nextReview).toBeUndefined();
  });

  it('lists each correction as a schema.org CorrectionComment, and invents no nextReview property', () => {
    const page = pageModel({ kind: 'article', post: corrected, tags, author: team, reviewer }, site);
    const graph = pageGraph(page, site)['@graph'] as unknown as Record<string, unknown>[];
    const posting = graph.find((node) => node['@type'] === 'BlogPosting')!;
    expect(posting['correction']).toEqual([
      { '@type': 'CorrectionComment', text: 'Added the 2026 guideline.', datePublished: '2026-04-10' },
      {
        '@type': 'CorrectionComment',
        text: 'Corrected the number of patients in the second study.',
        datePublished: '2026-04-01',
      },
    ]);
    expect(JSON.stringify(graph)).not.toMatch(/nextReview/i);
    const plain = pageModel({ kind: 'article', post, tags, author: team, reviewer }, site);
    const plainGraph = pageGraph(plain, site)['@graph'] as unknown as Record<string, unknown>[];
    expect(plainGraph.find((node) => node['@type'] === 'BlogPosting')).not.toHaveProperty('correction');
  });
});

describe('the next-review warning', () => {
  const FILE = 'content/blog/x.mdx';
  const sourceOf = (yaml: string) => readYaml(FILE, yaml, 2);
  const options = { today: '2026-11-25', reviewIntervalMonths: undefined };

  it('warns on nextReview once it has passed, not before', () => {
    const yaml = 'reviewer: dr-real\nlastReviewed: 2025-11-01\nnextReview: 2026-11-01';
    const days = { lastReviewed: '2025-11-01', nextReview: '2026-11-01' };
    expect(reviewDueProblems({ file: FILE, source: sourceOf(yaml), days }, options)).toEqual([
      {
        file: FILE,
        line: 4,
        column: 1,
        field: 'nextReview',
        message: 'the next review (2026-11-01) has passed: the page still shows it as due',
        fix: 'once the reviewer has reviewed the article again, write the new lastReviewed and nextReview',
        severity: 'warning',
      },
    ]);
    const due = { ...days, nextReview: '2026-11-25' };
    expect(reviewDueProblems({ file: FILE, source: sourceOf(yaml), days: due }, options)).toEqual([]);
  });

  it('warns on lastReviewed once the configured interval has passed', () => {
    const yaml = 'reviewer: dr-real\nlastReviewed: 2025-11-01';
    const input = { file: FILE, source: sourceOf(yaml), days: { lastReviewed: '2025-11-01' } };
    expect(reviewDueProblems(input, { ...options, reviewIntervalMonths: 12 })).toEqual([
      expect.objectContaining({
        line: 3,
        field: 'lastReviewed',
        message:
          "the next review (2026-11-01: lastReviewed plus the clinic's review interval of 12 months) has passed",
      }),
    ]);
    expect(reviewDueProblems(input, { ...options, reviewIntervalMonths: 13 })).toEqual([]);
    expect(reviewDueProblems(input, options)).toEqual([]);
  });

  it('says nothing without a reviewer: there is no review to repeat', () => {
    const input = {
      file: FILE,
      source: sourceOf('lastReviewed: 2020-01-01'),
      days: { lastReviewed: '2020-01-01' },
    };
    expect(reviewDueProblems(input, { ...options, reviewIntervalMonths: 1 })).toEqual([]);
  });
});
