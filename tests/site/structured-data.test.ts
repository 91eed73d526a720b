/** JSON-LD: one @graph per page, parsed from dist/ and checked for what search engines read. */
import { describe, expect, it } from 'vitest';
import { site } from '../../src/config/site';
import { builtPages, SITE_URL, type BuiltPage } from '../support/dist';

type Node = Record<string, any>;
const pages = builtPages();
const ARTICLE = '/blog/ketamine-migraine-treatment/';

function graphOf(p: BuiltPage): Node[] {
  const scripts = p.$('script[type="application/ld+json"]');
  expect(scripts).toHaveLength(1);
  const data = JSON.parse(scripts.text());
  expect(data['@context']).toBe('https://schema.org');
  return data['@graph'];
}

function byType(graph: Node[], type: string): Node {
  const node = graph.find((n) => n['@type'] === type);
  if (!node) throw new Error(`no ${type} node in the graph`);
  return node;
}

/** Nodes are objects with an @id and properties; references are objects holding only an @id. */
function idsAndRefs(graph: Node[]) {
  const ids = new Set<string>();
  const refs: string[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (!value || typeof value !== 'object') return;
    const id = (value as Node)['@id'];
    const keys = Object.keys(value);
    if (id && keys.length === 1) refs.push(String(id));
    else {
      if (id) ids.add(String(id));
      Object.values(value).forEach(walk);
    }
  };
  walk(graph);
  return { ids, refs };
}

describe('JSON-LD on every page', () => {
  it.each(pages.map((p) => [p.path, p] as const))(
    '%s: WebSite, MedicalClinic, page and breadcrumbs',
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
      expect(clinic.openingHoursSpecification).toEqual(
        site.hours.map((h) => ({
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
      const crumbs = byType(graph, 'BreadcrumbList').itemListElement;
      expect(crumbs[0]).toMatchObject({ position: 1, name: 'Home', item: `${SITE_URL}/` });
      const webpage = graph.find((n) => /Page$/.test(n['@type']));
      expect(webpage?.isPartOf).toEqual({ '@id': byType(graph, 'WebSite')['@id'] });
    },
  );

  it.each(pages.map((p) => [p.path, p] as const))(
    '%s: every @id reference resolves inside the graph',
    (_, p) => {
      const { ids, refs } = idsAndRefs(graphOf(p));
      expect(refs.length).toBeGreaterThanOrEqual(3);
      for (const ref of refs) expect(ids, ref).toContain(ref);
    },
  );
});

describe('JSON-LD of an author page', () => {
  it('is a ProfilePage about the clinical team', () => {
    const graph = graphOf(pages.find((p) => p.path === '/authors/clinical-team/')!);
    expect(byType(graph, 'ProfilePage').mainEntity).toMatchObject({
      '@type': 'Organization',
      name: 'Ketamine NJ Clinical Team',
      url: `${SITE_URL}/authors/clinical-team/`,
    });
  });
});

describe('JSON-LD of the migraine article', () => {
  const graph = graphOf(pages.find((p) => p.path === ARTICLE)!);
  const url = `${SITE_URL}${ARTICLE}`;
  const post = byType(graph, 'BlogPosting');
  const webpage = byType(graph, 'MedicalWebPage');

  it('is a BlogPosting with the fields Google reads', () => {
    expect(post).toMatchObject({
      '@id': `${url}#article`,
      headline: 'Ketamine Migraine Treatment: A Breakthrough in Lasting Migraine Relief',
      datePublished: '2026-11-23',
      dateModified: '2026-11-23',
      inLanguage: 'en-US',
      keywords: 'migraine, ketamine therapy, chronic pain',
      mainEntityOfPage: { '@id': webpage['@id'] },
    });
    expect(post.description.length).toBeGreaterThan(50);
    expect(post.wordCount).toBeGreaterThan(1000);
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

  it('offers 16:9, 4:3 and 1:1 images at least 1200 px wide', () => {
    expect(post.image).toEqual([
      `${SITE_URL}/og/blog/ketamine-migraine-treatment-16x9.png`,
      `${SITE_URL}/og/blog/ketamine-migraine-treatment-4x3.png`,
      `${SITE_URL}/og/blog/ketamine-migraine-treatment-1x1.png`,
    ]);
  });

  it('sits on a MedicalWebPage about migraine, for patients, with no invented reviewer', () => {
    expect(webpage).toMatchObject({
      '@id': `${url}#webpage`,
      url,
      about: { '@type': 'MedicalCondition', name: 'Migraine' },
      audience: { '@type': 'PeopleAudience', audienceType: 'Patient' },
      inLanguage: 'en-US',
    });
    expect(webpage.reviewedBy).toBeUndefined();
    expect(webpage.lastReviewed).toBeUndefined();
  });

  it('has breadcrumbs Home › Our Blog › the article', () => {
    expect(byType(graph, 'BreadcrumbList').itemListElement.map((c: Node) => [c.name, c.item])).toEqual([
      ['Home', `${SITE_URL}/`],
      ['Our Blog', `${SITE_URL}/blog/`],
      ['Ketamine Migraine Treatment', url],
    ]);
  });
});
