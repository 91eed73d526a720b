/**
 * JSON-LD: one @graph per page of the fixture site, parsed from its build. What each page must carry is
 * chosen by the page's kind (`<html data-page-kind>`), never by its URL.
 */
import { describe, expect, it } from 'vitest';
import { site } from '../../src/config/site';
import { MINIMAL, REVIEWED } from '../support/fixture-facts';
import { builtPages, fixtureSite, pageKind, SITE_URL, type BuiltPage, type PageKind } from '../support/dist';
import { idsAndReferences } from '../support/json-ld-references';

type Node = Record<string, any>;
const pages = builtPages();

function graphOf(p: BuiltPage): Node[] {
  const scripts = p.$('script[type="application/ld+json"]');
  expect(scripts).toHaveLength(1);
  const data = JSON.parse(scripts.text());
  expect(data['@context']).toBe('https://schema.org');
  return data['@graph'];
}

const ofType = (graph: Node[], type: string) => graph.filter((n) => n['@type'] === type);
function byType(graph: Node[], type: string): Node {
  const nodes = ofType(graph, type);
  if (nodes.length !== 1) throw new Error(`expected one ${type} node in the graph, found ${nodes.length}`);
  return nodes[0]!;
}

/** The page node each kind of page carries, and the nodes it carries besides WebSite and MedicalClinic. */
const PAGE_NODE: Record<PageKind, string> = {
  home: 'WebPage',
  blog: 'WebPage',
  tag: 'WebPage',
  article: 'MedicalWebPage',
  author: 'ProfilePage',
  consult: 'WebPage',
  search: 'WebPage',
  'not-found': 'WebPage',
  content: 'WebPage',
};

describe('JSON-LD on every page of the fixture site', () => {
  it('covers every kind of page the site builds', () => {
    const kinds = new Set(pages.map(pageKind));
    for (const kind of ['home', 'blog', 'tag', 'article', 'author', 'consult', 'search', 'not-found'])
      expect(kinds, kind).toContain(kind);
  });

  it.each(pages.map((p) => [p.path, p] as const))(
    '%s: WebSite, MedicalClinic, the page node of its kind',
    (_, p) => {
      const graph = graphOf(p);
      const clinic = byType(graph, 'MedicalClinic');
      expect(clinic).toMatchObject({
        name: site.name,
        url: `${SITE_URL}/`,
        telephone: site.phone.e164,
        logo: { '@type': 'ImageObject', url: `${SITE_URL}/logo.png` },
        address: {
          '@type': 'PostalAddress',
          streetAddress: site.address.street,
          addressLocality: site.address.locality,
          addressRegion: 'NJ',
          postalCode: site.address.postalCode,
          addressCountry: 'US',
        },
        sameAs: site.social.map((s) => s.url),
      });
      expect(clinic.sameAs.length).toBeGreaterThan(0);
      // Hours only when the clinic gave them (tests/build/launch.test.ts builds a filled-in configuration).
      expect(clinic.openingHoursSpecification).toEqual(
        site.hours?.map((h) => ({
          '@type': 'OpeningHoursSpecification',
          dayOfWeek: h.days,
          opens: h.opens,
          closes: h.closes,
        })),
      );
      expect(byType(graph, 'WebSite')).toMatchObject({
        url: `${SITE_URL}/`,
        publisher: { '@id': clinic['@id'] },
      });
      const kind = pageKind(p);
      const webpage = byType(graph, PAGE_NODE[kind]);
      expect(webpage.isPartOf).toEqual({ '@id': byType(graph, 'WebSite')['@id'] });
      expect(ofType(graph, 'BlogPosting')).toHaveLength(kind === 'article' ? 1 : 0);
    },
  );

  it.each(pages.map((p) => [p.path, p] as const))('%s: breadcrumbs as its kind needs them', (_, p) => {
    const trails = ofType(graphOf(p), 'BreadcrumbList');
    // A one-item trail is no trail: the home page has none, every other page at least Home › itself.
    if (pageKind(p) === 'home') {
      expect(trails).toHaveLength(0);
      return;
    }
    expect(trails).toHaveLength(1);
    const crumbs = trails[0]!.itemListElement as Node[];
    expect(crumbs.length).toBeGreaterThanOrEqual(2);
    expect(crumbs[0]).toMatchObject({ position: 1, name: 'Home', item: `${SITE_URL}/` });
    crumbs.forEach((crumb, i) => expect(crumb.position).toBe(i + 1));
  });

  it.each(pages.map((p) => [p.path, p] as const))(
    '%s: every @id reference resolves inside the graph',
    (_, p) => {
      const { ids, refs } = idsAndReferences(graphOf(p));
      expect(refs.length).toBeGreaterThanOrEqual(2);
      for (const ref of refs) expect(ids, ref).toContain(ref);
    },
  );
});

describe('JSON-LD of an author page', () => {
  it('is a ProfilePage about the clinical team', () => {
    const graph = graphOf(fixtureSite.page('/authors/clinical-team/'));
    expect(byType(graph, 'ProfilePage').mainEntity).toMatchObject({
      '@type': 'Organization',
      name: 'Ketamine NJ Clinical Team',
      url: `${SITE_URL}/authors/clinical-team/`,
    });
  });
});

describe('JSON-LD of the reviewed fixture article', () => {
  const graph = graphOf(fixtureSite.page(REVIEWED.path));
  const url = `${SITE_URL}${REVIEWED.path}`;
  const post = byType(graph, 'BlogPosting');
  const webpage = byType(graph, 'MedicalWebPage');

  it('is a BlogPosting with the fixture’s own dates, title and tags', () => {
    expect(post).toMatchObject({
      '@id': `${url}#article`,
      headline: REVIEWED.title,
      datePublished: REVIEWED.published,
      dateModified: REVIEWED.updated,
      inLanguage: 'en-US',
      keywords: REVIEWED.tags.map((tag) => tag.name).join(', '),
      mainEntityOfPage: { '@id': webpage['@id'] },
    });
    expect(post.description.length).toBeGreaterThan(50);
    expect(post.wordCount).toBeGreaterThan(50);
  });

  it('names the clinical team as author and the clinic, with its logo, as publisher', () => {
    expect(post.author).toMatchObject({
      '@type': 'Organization',
      name: 'Ketamine NJ Clinical Team',
      url: `${SITE_URL}/authors/clinical-team/`,
    });
    expect(post.publisher).toMatchObject({
      '@type': 'MedicalClinic',
      '@id': byType(graph, 'MedicalClinic')['@id'],
      name: site.name,
      logo: { url: `${SITE_URL}/logo.png` },
    });
  });

  it('offers 16:9, 4:3 and 1:1 images', () => {
    expect(post.image).toEqual(
      ['16x9', '4x3', '1x1'].map((size) => `${SITE_URL}/og/blog/${REVIEWED.slug}-${size}.png`),
    );
  });

  it('sits on a MedicalWebPage about its condition, reviewed by the named reviewer on the given day', () => {
    expect(webpage).toMatchObject({
      '@id': `${url}#webpage`,
      url,
      about: { '@type': 'MedicalCondition', name: REVIEWED.condition },
      audience: { '@type': 'PeopleAudience', audienceType: 'Patient' },
      inLanguage: 'en-US',
      lastReviewed: REVIEWED.lastReviewed,
    });
    const reviewer = graph.find((n) => n['@id'] === webpage.reviewedBy['@id']);
    expect(reviewer).toMatchObject({
      '@type': 'Person',
      name: REVIEWED.reviewer.name,
      url: `${SITE_URL}${REVIEWED.reviewer.path}`,
    });
  });

  it('has breadcrumbs Home › Our Blog › the article’s short title', () => {
    expect(byType(graph, 'BreadcrumbList').itemListElement.map((c: Node) => [c.name, c.item])).toEqual([
      ['Home', `${SITE_URL}/`],
      ['Our Blog', `${SITE_URL}/blog/`],
      [REVIEWED.shortTitle, url],
    ]);
  });
});

describe('JSON-LD of the minimal fixture article', () => {
  const graph = graphOf(fixtureSite.page(MINIMAL.path));

  it('is modified when it was published, and names no reviewer it does not have', () => {
    expect(byType(graph, 'BlogPosting')).toMatchObject({
      datePublished: MINIMAL.published,
      dateModified: MINIMAL.published,
    });
    const webpage = byType(graph, 'MedicalWebPage');
    expect(webpage.reviewedBy).toBeUndefined();
    expect(webpage.lastReviewed).toBeUndefined();
    expect(graph.filter((n) => n['@type'] === 'Person')).toEqual([]);
  });
});
