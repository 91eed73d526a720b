/**
 * Corrections and review dates in the content check, on small temporary sites: dates as written, the order
 * of published, corrections and updated, nextReview only after a real review, and acknowledged claims.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/build/content-check/index.ts';
import { sortProblems, type Problem } from '../../src/build/content-check/problem.ts';
import { goodFields, TODAY, tempSite, type Fields, type TempSite } from './content-check-site.ts';

const sites: TempSite[] = [];
afterEach(() => sites.splice(0).forEach((site) => site.remove()));

async function checkArticle(fields: Fields, body?: string): Promise<Problem[]> {
  const site = tempSite();
  sites.push(site);
  site.article('article.mdx', fields, body);
  const { problems } = await checkContent({ root: site.root, today: TODAY });
  return sortProblems(problems.filter((problem) => problem.file !== 'src/config/site.ts'));
}

const summary = (problems: Problem[]) =>
  problems.map(({ line, field, message, severity }) => [line, field, message, severity]);

/** goodFields() publishes on 2026-01-15; lines 2–7 hold its fields, so the fields added here start on line 8. */
const corrections = (...entries: [date: string, note: string][]) =>
  `\n${entries.map(([date, note]) => `  - date: ${date}\n    note: ${note}`).join('\n')}`;

describe('corrections', () => {
  it('accepts corrections dated between published and updated, and today', async () => {
    const fields = {
      ...goodFields(),
      updated: TODAY,
      corrections: corrections(['2026-03-01', 'Corrected a figure.'], [TODAY, 'Added a source.']),
    };
    expect(await checkArticle(fields)).toEqual([]);
  });

  it('refuses a correction day that does not exist, one before published and one in the future', async () => {
    const fields = {
      ...goodFields(),
      updated: '2026-06-01',
      corrections: corrections(['2026-02-30', 'One.'], ['2026-01-01', 'Two.'], ['2026-12-01', 'Three.']),
    };
    expect(summary(await checkArticle(fields))).toEqual([
      [10, 'corrections[0].date', '"2026-02-30" does not exist: that month has no day 30', 'error'],
      [
        12,
        'corrections[1].date',
        'corrections[1].date (2026-01-01) is before published (2026-01-15)',
        'error',
      ],
      [14, 'corrections[2].date', `corrections[2].date (2026-12-01) is later than today (${TODAY})`, 'error'],
    ]);
  });

  it('needs updated on or after the latest correction, and says which day to write', async () => {
    const without = { ...goodFields(), corrections: corrections(['2026-03-01', 'Corrected a figure.']) };
    const [missing] = await checkArticle(without);
    expect(missing).toMatchObject({
      line: 8,
      field: 'corrections',
      message: 'the article lists corrections but has no updated date (latest correction: 2026-03-01)',
      fix: 'add updated: 2026-03-01 (the day of the latest correction, or a later change)',
      severity: 'error',
    });
    const early = {
      ...goodFields(),
      updated: '2026-02-01',
      corrections: corrections(['2026-03-01', 'Corrected a figure.']),
    };
    expect(summary(await checkArticle(early))).toEqual([
      [
        8,
        'updated',
        'updated (2026-02-01) is before the latest correction (2026-03-01, corrections[0].date)',
        'error',
      ],
    ]);
  });

  it('needs a note saying what changed', async () => {
    const fields = { ...goodFields(), updated: '2026-03-01', corrections: corrections(['2026-03-01', "''"]) };
    expect(summary(await checkArticle(fields))).toEqual([
      [11, 'corrections[0].note', 'the note is empty: write in plain words what changed', 'error'],
    ]);
  });
});

describe('nextReview', () => {
  const reviewed = { ...goodFields(), reviewer: 'dr-real', lastReviewed: '2026-02-01' };

  it('is accepted after a real review, and warned about once it has passed', async () => {
    expect(await checkArticle({ ...reviewed, nextReview: '2027-02-01' })).toEqual([]);
    expect(summary(await checkArticle({ ...reviewed, nextReview: '2026-08-01' }))).toEqual([
      [
        10,
        'nextReview',
        'the next review (2026-08-01) has passed: the page still shows it as due',
        'warning',
      ],
    ]);
  });

  it('is refused without a reviewer and lastReviewed, before lastReviewed, and when not a real day', async () => {
    const alone = await checkArticle({ ...goodFields(), nextReview: '2027-02-01' });
    expect(summary(alone)).toEqual([
      [
        8,
        'nextReview',
        'nextReview needs a reviewer and lastReviewed: a next review follows a review someone made',
        'error',
      ],
    ]);
    expect(summary(await checkArticle({ ...reviewed, nextReview: '2026-01-01' }))).toEqual([
      [10, 'nextReview', 'nextReview (2026-01-01) is not after lastReviewed (2026-02-01)', 'error'],
    ]);
    expect(summary(await checkArticle({ ...reviewed, nextReview: '2027-02-30' }))).toEqual([
      [10, 'nextReview', '"2027-02-30" does not exist: that month has no day 30', 'error'],
    ]);
  });
});

describe('acknowledgedClaims in an article', () => {
  it('silences the claim it lists and reports the rest, with the line of the words', async () => {
    const fields = {
      ...goodFields(),
      acknowledgedClaims:
        "\n  - phrase: breakthrough\n    reason: the clinic's own wording in its source text",
    };
    const body = '\nA breakthrough for some <Cite id="pomeroy2017" />.\n\nAnd guaranteed relief.\n';
    expect(summary(await checkArticle(fields, body))).toEqual([
      [
        15,
        'body',
        '“guaranteed” is an absolute or promotional health claim (guaranteed): patients may read it as a promise',
        'warning',
      ],
    ]);
  });

  it('refuses an entry without a reason', async () => {
    const fields = { ...goodFields(), acknowledgedClaims: '\n  - phrase: breakthrough' };
    const problems = await checkArticle(fields, '\nA breakthrough.\n');
    expect(problems).toContainEqual(
      expect.objectContaining({ field: 'acknowledgedClaims[0].reason', severity: 'error' }),
    );
  });
});
