/** JSON-LD: parsed from every page, checked for the fields search engines read. */
import { describe, expect, it } from 'vitest';
import { builtPages, SITE_URL, type BuiltPage } from '../support/dist';

type Node = Record<string, any>;
const graphOf = (p: BuiltPage): Node[] => {
  const scripts = p.$('script[type="application/ld+json"]');
  expect(scripts).toHaveLength(1);
  const data = JSON.parse(scripts.text());
  expect(data['@context']).toBe('https://schema.org');
  return data['@graph'];
};
const byType = (graph: Node[], type: string): Node => {
  const node = graph.find((n) => n['@type'] === type);
  if (!node) throw new Error(`no ${type} node in the graph`);
  return node;
};
const pages = builtPages();

describe('JSON-LD', () => {
  it.each(pages.map((p) => [p.path, p] as const))(
    '%s: one graph with the clinic, site and breadcrumbs',
    (_, p) => {
      const graph = graphOf(p);
      const clinic = byType(graph, 'MedicalClinic');
      expect(clinic).toMatchObject({
        name: 'Ketamine NJ',
        url: `${SITE_URL}/`,
        telephone: '+12015550123',
        address: { '@type': 'PostalAddress', addressRegion: 'NJ', addressCountry: 'US' },
      });
      expect(clinic.logo.url).toBe(`${SITE_URL}/logo.png`);
      expect(byType(graph, 'WebSite')).toMatchObject({
        url: `${SITE_URL}/`,
        publisher: { '@id': clinic['@id'] },
      });
      const crumbs = byType(graph, 'BreadcrumbList').itemListElement;
      expect(crumbs[0]).toMatchObject({ position: 1, name: 'Home', item: `${SITE_URL}/` });
    },
  );

  it.each(pages.map((p) => [p.path, p] as const))(
    '%s: every @id reference resolves inside the graph',
    (_, p) => {
      const graph = graphOf(p);
      const ids = new Set(graph.map((n) => n['@id']).filter(Boolean));
      const refs: string[] = [];
      const walk = (value: unknown) => {
        if (Array.isArray(value)) value.forEach(walk);
        else if (value && typeof value === 'object') {
          const entries = Object.entries(value);
          if (entries.length === 1 && entries[0]?.[0] === '@id') refs.push(String(entries[0][1]));
          else entries.forEach(([, v]) => walk(v));
        }
      };
      graph.forEach((node) => Object.values(node).forEach(walk));
      for (const ref of refs) expect(ids, ref).toContain(ref);
    },
  );

  it('describes the migraine article as a BlogPosting on a MedicalWebPage', () => {
    const graph = graphOf(pages.find((p) => p.path === '/blog/ketamine-migraine-treatment/')!);
    const post = byType(graph, 'BlogPosting');
    const url = `${SITE_URL}/blog/ketamine-migraine-treatment/`;
    expect(post).toMatchObject({
      headline: 'Ketamine Migraine Treatment: A Breakthrough in Lasting Migraine Relief',
      datePublished: '2026-11-23T00:00:00.000Z',
      dateModified: '2026-11-23T00:00:00.000Z',
      inLanguage: 'en-US',
      mainEntityOfPage: { '@id': `${url}#webpage` },
    });
    expect(post.description.length).toBeGreaterThan(50);
    expect(post.wordCount).toBeGreaterThan(1000);
    expect(post.image.length).toBeGreaterThanOrEqual(1);
    for (const image of post.image) expect(image).toMatch(new RegExp(`^${SITE_URL}/og/blog/.+\\.png$`));
    const author = graph.find((n) => n['@id'] === post.author['@id']);
    expect(author).toMatchObject({
      '@type': 'Organization',
      name: 'Ketamine NJ Clinical Team',
      url: `${SITE_URL}/authors/clinical-team/`,
    });
    const publisher = graph.find((n) => n['@id'] === post.publisher['@id'])!;
    expect(publisher['@type']).toBe('MedicalClinic');
    expect(publisher.logo.url).toMatch(/^https?:\/\/.+\.png$/);
    const webpage = byType(graph, 'MedicalWebPage');
    expect(webpage).toMatchObject({
      about: { '@type': 'MedicalCondition', name: 'Migraine' },
      audience: { audienceType: 'Patient' },
    });
    expect(webpage.reviewedBy).toBeUndefined();
    const crumbs = byType(graph, 'BreadcrumbList').itemListElement.map((c: Node) => c.name);
    expect(crumbs).toEqual(['Home', 'Our Blog', 'Ketamine Migraine Treatment']);
  });

  it('escapes "<" so no article text can close the script early', () => {
    for (const p of pages)
      expect(p.$('script[type="application/ld+json"]').html()).not.toMatch(/<\/?script/i);
  });
});
