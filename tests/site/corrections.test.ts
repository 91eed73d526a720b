/**
 * Corrections, review dates and the "Report an error" link on the built fixture site: what the reviewed
 * fixture article shows (its correction, its next review set in its frontmatter, the link to the configured
 * editorial address), and what the minimal one does not (no correction, no review dates at all).
 */
import { describe, expect, it } from 'vitest';
import { site } from '../../src/config/site';
import { ui } from '../../src/lib/i18n';
import { MINIMAL, REVIEWED } from '../support/fixture-facts';
import { fixtureSite, SITE_URL, text, type BuiltPage } from '../support/dist';

const reviewed = fixtureSite.page(REVIEWED.path);
const minimal = fixtureSite.page(MINIMAL.path);
const t = ui('en-US').corrections;

const graphOf = (p: BuiltPage): Record<string, unknown>[] =>
  JSON.parse(p.$('script[type="application/ld+json"]').text())['@graph'];
const posting = (p: BuiltPage) => graphOf(p).find((node) => node['@type'] === 'BlogPosting')!;

describe('corrections', () => {
  it('shows each correction as "Updated <date>: <what changed>", under the byline', () => {
    const note = reviewed.$('[data-corrections] li');
    expect(note).toHaveLength(1);
    expect(text(note.text())).toBe(`${t.updated} ${REVIEWED.correction.text}: ${REVIEWED.correction.note}`);
    expect(note.find('time').attr('datetime')).toBe(REVIEWED.correction.date);
    expect(reviewed.$('header [data-corrections]')).toHaveLength(1);
  });

  it('lists the correction in the JSON-LD as schema.org CorrectionComment', () => {
    expect(posting(reviewed)['correction']).toEqual([
      {
        '@type': 'CorrectionComment',
        text: REVIEWED.correction.note,
        datePublished: REVIEWED.correction.date,
      },
    ]);
    expect(posting(reviewed)['dateModified']).toBe(REVIEWED.updated);
  });

  it('shows nothing on an article never corrected', () => {
    expect(minimal.$('[data-corrections]')).toHaveLength(0);
    expect(posting(minimal)).not.toHaveProperty('correction');
  });
});

describe('review dates', () => {
  it('shows the next review its frontmatter sets, beside the reviewer and the review day', () => {
    const dt = reviewed.$('article dl dt').filter((_, el) => text(reviewed.$(el).text()) === t.nextReview);
    expect(dt).toHaveLength(1);
    const dd = dt.next('dd');
    expect(text(dd.text())).toBe(REVIEWED.nextReviewText);
    expect(dd.find('time').attr('datetime')).toBe(REVIEWED.nextReview);
    expect(reviewed.html).toContain(`datetime="${REVIEWED.lastReviewed}"`);
  });

  it('marks up lastReviewed and reviewedBy, and no property schema.org lacks', () => {
    const page = graphOf(reviewed).find((node) => node['@type'] === 'MedicalWebPage')!;
    expect(page['lastReviewed']).toBe(REVIEWED.lastReviewed);
    expect(page['reviewedBy']).toBeDefined();
    expect(JSON.stringify(graphOf(reviewed))).not.toMatch(/nextReview/i);
  });

  it('shows no review date at all on an article nobody reviewed', () => {
    expect(minimal.html).not.toContain(t.nextReview);
    expect(minimal.html).not.toContain(ui('en-US').article.reviewedBy);
    const page = graphOf(minimal).find((node) => node['@type'] === 'MedicalWebPage')!;
    expect(page).not.toHaveProperty('lastReviewed');
  });
});

describe('the "Report an error" link', () => {
  it.each([
    ['reviewed', reviewed, REVIEWED.title],
    ['minimal', minimal, undefined],
  ] as const)(
    '%s article: mails the editorial address, subject with the title, asking for no health details',
    (_, p, title) => {
      const link = p.$('[data-report-error] a');
      expect(link).toHaveLength(1);
      expect(text(link.text())).toBe(t.reportLink);
      const url = new URL(link.attr('href')!);
      expect(url.protocol).toBe('mailto:');
      expect(url.pathname).toBe(site.editorialEmail);
      const heading = text(p.$('h1').text());
      if (title) expect(heading).toBe(title);
      expect(url.searchParams.get('subject')).toBe(t.reportSubject(heading));
      expect(url.searchParams.get('body')).toContain(`${SITE_URL}${p.path}`);
      expect(url.searchParams.get('body')).toMatch(/do not write any health details/);
      expect(text(p.$('[data-report-error]').text())).toContain(t.reportNote);
    },
  );

  it('sits after the sources and the disclaimer, and is left out of print', () => {
    const block = reviewed.$('[data-report-error]');
    expect(block.hasClass('no-print')).toBe(true);
    expect(block.prevAll().length).toBeGreaterThan(2);
  });
});
