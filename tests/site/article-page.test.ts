/**
 * The article page's anatomy, on the fixture site: byline with reviewer and dates, tags, photo, table of
 * contents, the consult section with the article's closing words, the article's own disclaimer, sources with
 * what each found, related articles; and the tag pages. Each value is compared with the fixture's known facts.
 */
import { describe, expect, it } from 'vitest';
import { site } from '../../src/config/site';
import { ui } from '../../src/lib/i18n';
import { MIGRAINE_TAG, MINIMAL, REVIEWED } from '../support/fixture-facts';
import { fixtureSite, text, type BuiltPage } from '../support/dist';

const reviewed = fixtureSite.page(REVIEWED.path);
const minimal = fixtureSite.page(MINIMAL.path);

/** The byline's rows, as { label: text }, and the datetime of each row's <time>. */
function byline(p: BuiltPage) {
  const rows: Record<string, { text: string; datetime?: string | undefined }> = {};
  p.$('article dl dt').each((_, dt) => {
    const dd = p.$(dt).next('dd');
    rows[text(p.$(dt).text())] = { text: text(dd.text()), datetime: dd.find('time').attr('datetime') };
  });
  return rows;
}

describe('the reviewed fixture article', () => {
  it('has its title as its only H1, under breadcrumbs to Our Blog', () => {
    expect(reviewed.$('h1')).toHaveLength(1);
    expect(text(reviewed.$('h1').text())).toBe(REVIEWED.title);
    const crumbs = reviewed.$('nav[aria-label="Breadcrumb"] li');
    expect(crumbs.toArray().map((el) => text(reviewed.$(el).text().replace('›', '')))).toEqual([
      'Home',
      'Our Blog',
      REVIEWED.shortTitle,
    ]);
  });

  it('shows the author, the reviewer with credentials and date, and the published and updated days', () => {
    const rows = byline(reviewed);
    expect(rows['Written by']?.text).toBe('Ketamine NJ Clinical Team');
    expect(rows['Medically reviewed by']).toEqual({
      text: `${REVIEWED.reviewer.name}, ${REVIEWED.reviewer.credentials} on ${REVIEWED.lastReviewedText}`,
      datetime: REVIEWED.lastReviewed,
    });
    expect(rows['Published']).toEqual({ text: REVIEWED.publishedText, datetime: REVIEWED.published });
    expect(rows['Updated']).toEqual({ text: REVIEWED.updatedText, datetime: REVIEWED.updated });
    expect(rows['Reading time']?.text).toMatch(/min read/);
  });

  it('shows its photo with its alt text', () => {
    expect(reviewed.$(`article img[alt="${REVIEWED.image.alt}"]`)).toHaveLength(1);
  });

  it('has a table of contents, collapsible and in the sidebar, listing every H2 and H3', () => {
    for (const kind of ['toc-collapsible', 'toc-sidebar']) {
      const toc = reviewed.$(`.${kind}`);
      expect(toc, kind).toHaveLength(1);
      const labels = toc
        .find('a')
        .toArray()
        .map((el) => text(reviewed.$(el).text()));
      expect(labels, kind).toEqual(expect.arrayContaining([...REVIEWED.h2, ...REVIEWED.h3]));
    }
  });

  it('lists its tags by their names, each linking to the tag’s page', () => {
    const links = reviewed.$('article header ul[aria-label="Topics"] a');
    expect(links.toArray().map((a) => [text(reviewed.$(a).text()), reviewed.$(a).attr('href')])).toEqual(
      REVIEWED.tags.map((tag) => [tag.name, `/blog/tags/${tag.id}/`]),
    );
  });

  it('closes the text with the consult section in its own closing words, after the text', () => {
    const closing = reviewed.$('main section[aria-labelledby="consult-a-provider"]');
    expect(closing).toHaveLength(1);
    expect(closing.parents('.prose')).toHaveLength(0);
    expect(text(closing.text())).toContain(REVIEWED.closing);
    expect(text(reviewed.$('article .prose').text())).not.toContain(REVIEWED.closing);
  });

  it('shows the <ConsultCta> of its text as an extra box mid-article, with an id of its own', () => {
    const inText = reviewed.$('article .prose #consult-in-text-1').parent();
    expect(text(inText.text())).toContain(REVIEWED.ctaInText);
    expect(inText.find(`a[href="${site.bookingUrl}"]`)).toHaveLength(1);
    // Not a second "Consult a provider" landmark: the closing section is the page's one.
    expect(inText.is('section, [aria-labelledby], [role]')).toBe(false);
    expect(reviewed.$('section[aria-labelledby^="consult-"]')).toHaveLength(1);
    const ids = reviewed
      .$('[id]')
      .toArray()
      .map((el) => reviewed.$(el).attr('id'));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('ends with its own medical disclaimer section', () => {
    const section = reviewed.$('main section[aria-labelledby="disclaimer"]');
    expect(section).toHaveLength(1);
    expect(text(section.find('h2').text())).toBe('Medical disclaimer');
    expect(
      section
        .find('p')
        .toArray()
        .map((el) => text(reviewed.$(el).text())),
    ).toEqual(expect.arrayContaining([site.disclaimer, site.crisisLine]));
  });

  it('lists its sources with links and what each one found', () => {
    const items = reviewed.$('section[aria-labelledby="sources"] ol > li');
    expect(items).toHaveLength(REVIEWED.sources.length);
    REVIEWED.sources.forEach((source, i) => {
      const item = items.eq(i);
      expect(item.find(`a[href="https://doi.org/${source.doi}"]`)).toHaveLength(1);
      expect(text(item.text())).toContain(source.finding);
    });
    expect(
      items.eq(0).find(`a[href="https://pubmed.ncbi.nlm.nih.gov/${REVIEWED.sources[0].pmid}/"]`),
    ).toHaveLength(1);
  });

  it('links to related articles that share a tag', () => {
    const related = reviewed.$('#related').parent();
    expect(related.find(`a[href="${MINIMAL.path}"]`)).toHaveLength(1);
    expect(related.find('a[href="/blog/filler-1/"]')).toHaveLength(0);
  });
});

describe('the minimal fixture article', () => {
  it('shows its published day and no updated day, no reviewer, no sources', () => {
    const rows = byline(minimal);
    expect(rows['Published']?.datetime).toBe(MINIMAL.published);
    expect(Object.keys(rows)).toEqual(['Written by', 'Published', 'Reading time']);
    expect(minimal.$('section[aria-labelledby="sources"]')).toHaveLength(0);
  });

  it('has no table of contents for a text without sections', () => {
    expect(minimal.$('nav[aria-label="Table of contents"]')).toHaveLength(0);
  });

  it('closes with the consult section in the site’s own words, and no other box', () => {
    const closing = minimal.$('main section[aria-labelledby="consult-a-provider"]');
    expect(text(closing.text())).toContain(ui(site.lang).consult.ctaText);
    expect(minimal.$('section[aria-labelledby^="consult-"]')).toHaveLength(1);
  });
});

describe('a tag page', () => {
  const page = fixtureSite.page(MIGRAINE_TAG.path);

  it('is named by the tag’s name and shows its description', () => {
    expect(text(page.$('h1').text())).toBe(`Topic: ${MIGRAINE_TAG.name}`);
    expect(text(page.$('main').text())).toContain(MIGRAINE_TAG.description);
    expect(page.$('main a[href="/blog/reviewed-article/"]')).toHaveLength(1);
  });

  it('shows no description for a tag that has none', () => {
    const filler = fixtureSite.page('/blog/tags/filler/');
    expect(text(filler.$('h1').text())).toBe('Topic: Filler');
    expect(filler.$('main h1').next('p').text()).toMatch(/^\d+ articles$/);
  });
});
