import { describe, expect, it } from 'vitest';
import { site } from '../../src/config/site';
import { pageGraph, serializeGraph } from '../../src/lib/jsonld';
import { pageModel, type Page } from '../../src/lib/page-model';
import { idsAndReferences } from '../support/json-ld-references';
import { articlePage, optionsByKind, pageOf, post, tags, team } from './page-fixtures';

type Node = Record<string, any>;
const nodes = (page: Page): Node[] => pageGraph(page, site)['@graph'] as unknown as Node[];
const types = (page: Page) => nodes(page).map((node) => node['@type']);
const node = (page: Page, type: string): Node => {
  const found = nodes(page).find((n) => n['@type'] === type);
  if (!found) throw new Error(`no ${type} in the ${page.kind} graph`);
  return found;
};
const url = (path: string) => `${site.url}${path}`;

describe('the JSON-LD graph, by kind of page', () => {
  it('home: the site, the clinic and the page, and no one-item breadcrumb trail', () => {
    const home = pageOf('home');
    expect(types(home)).toEqual(['WebSite', 'MedicalClinic', 'WebPage']);
    expect(node(home, 'WebPage')).not.toHaveProperty('breadcrumb');
  });

  it.each(['blog', 'tag', 'consult', 'search', 'not-found', 'content'] as const)(
    '%s: a WebPage with its breadcrumb trail',
    (kind) => {
      const page = pageOf(kind);
      expect(types(page)).toEqual(['WebSite', 'MedicalClinic', 'WebPage', 'BreadcrumbList']);
      const trail = node(page, 'BreadcrumbList');
      expect(node(page, 'WebPage').breadcrumb).toEqual({ '@id': trail['@id'] });
      expect(trail.itemListElement.map((item: Node) => item.position)).toEqual(
        page.crumbs.map((_, index) => index + 1),
      );
      expect(trail.itemListElement.at(-1).item).toBe(url(page.path));
    },
  );

  it('author: a ProfilePage about the person', () => {
    const profile = node(pageOf('author'), 'ProfilePage');
    expect(profile.mainEntity).toMatchObject({
      '@type': 'Person',
      name: 'Dr Test Reviewer',
      jobTitle: 'Physician',
      honorificSuffix: 'MD',
      url: url('/authors/dr-test/'),
      worksFor: { '@id': `${site.url}/#clinic` },
    });
  });

  it('article: a MedicalWebPage for patients and a BlogPosting with every date and image', () => {
    expect(types(articlePage)).toEqual([
      'WebSite',
      'MedicalClinic',
      'MedicalWebPage',
      'BreadcrumbList',
      'BlogPosting',
      'Person',
    ]);
    const webpage = node(articlePage, 'MedicalWebPage');
    expect(webpage).toMatchObject({
      about: { '@type': 'MedicalCondition', name: 'Migraine' },
      audience: { '@type': 'PeopleAudience', audienceType: 'Patient' },
      reviewedBy: { '@id': `${url('/authors/dr-test/')}#author` },
      lastReviewed: '2026-04-09',
      inLanguage: 'en-US',
    });
    const posting = node(articlePage, 'BlogPosting');
    expect(posting).toMatchObject({
      headline: post.data.title,
      datePublished: '2026-03-02',
      dateModified: '2026-04-10',
      wordCount: 460,
      keywords: 'Migraine, Sleep Health',
      articleSection: 'Migraine',
      author: {
        '@type': 'Organization',
        name: 'The Care Team',
        parentOrganization: { '@id': `${site.url}/#clinic` },
      },
      publisher: { '@type': 'MedicalClinic', name: site.name, logo: { url: url('/logo.png') } },
      mainEntityOfPage: { '@id': webpage['@id'] },
    });
    expect(posting.image).toEqual([
      url('/og/blog/sleep-and-migraine-16x9.png'),
      url('/og/blog/sleep-and-migraine-4x3.png'),
      url('/og/blog/sleep-and-migraine-1x1.png'),
    ]);
  });

  it('article: the works its text cites, as ScholarlyArticles with their DOI (and PMID)', () => {
    const citations = [
      { citation: 'Trial A. J Test 2025.', doi: '10.5555/a', pmid: '123' },
      { citation: 'Review B. J Test 2024.', doi: '10.5555/b' },
    ];
    const page = pageModel({ kind: 'article', post, tags, author: team, citations }, site);
    expect(node(page, 'BlogPosting').citation).toEqual([
      {
        '@type': 'ScholarlyArticle',
        name: 'Trial A. J Test 2025.',
        identifier: [
          { '@type': 'PropertyValue', propertyID: 'DOI', value: '10.5555/a' },
          { '@type': 'PropertyValue', propertyID: 'PMID', value: '123' },
        ],
        sameAs: ['https://doi.org/10.5555/a', 'https://pubmed.ncbi.nlm.nih.gov/123/'],
      },
      {
        '@type': 'ScholarlyArticle',
        name: 'Review B. J Test 2024.',
        identifier: [{ '@type': 'PropertyValue', propertyID: 'DOI', value: '10.5555/b' }],
        sameAs: ['https://doi.org/10.5555/b'],
      },
    ]);
    expect(node(articlePage, 'BlogPosting')).not.toHaveProperty('citation');
  });

  it('article without a reviewer: no reviewedBy, no extra person', () => {
    const { lastReviewed: _, ...data } = post.data;
    const page = pageModel({ kind: 'article', post: { ...post, data }, tags, author: team }, site);
    expect(types(page)).not.toContain('Person');
    expect(node(page, 'MedicalWebPage')).not.toHaveProperty('reviewedBy');
    expect(node(page, 'MedicalWebPage')).not.toHaveProperty('lastReviewed');
  });

  it('article reviewed by its own author: the author node is not repeated', () => {
    const page = pageModel({ kind: 'article', post, tags, author: team, reviewer: team }, site);
    expect(types(page).filter((type) => type === 'Organization')).toEqual([]);
    expect(node(page, 'MedicalWebPage').reviewedBy).toEqual({
      '@id': `${url('/authors/care-team/')}#author`,
    });
  });

  it.each(Object.keys(optionsByKind) as (keyof typeof optionsByKind)[])(
    '%s: every @id reference points at a node in the graph',
    (kind) => {
      const { ids, refs } = idsAndReferences(nodes(pageOf(kind)));
      expect(refs.length).toBeGreaterThan(0);
      expect(refs.filter((ref) => !ids.has(ref))).toEqual([]);
    },
  );

  it('describes the clinic from the configuration', () => {
    expect(node(pageOf('home'), 'MedicalClinic')).toMatchObject({
      name: site.name,
      telephone: site.phone.e164,
      address: { postalCode: site.address.postalCode, addressRegion: 'NJ' },
      sameAs: site.social.map((s) => s.url),
      potentialAction: { '@type': 'ReserveAction', target: site.bookingUrl, name: 'Book a consultation' },
    });
  });

  it("names the editorial policy page as the clinic's publishing principles", () => {
    expect(node(pageOf('home'), 'MedicalClinic')['publishingPrinciples']).toBe(
      `${site.url}/editorial-policy/`,
    );
  });
});

describe('JSON-LD serialisation', () => {
  it('cannot be closed early by text inside it', () => {
    const title = '</script><!-- x';
    const page = pageModel({ kind: 'content', title, description: 'A page.', path: '/x/' }, site);
    const text = serializeGraph(pageGraph(page, site));
    expect(text).not.toMatch(/<\/script|<!--/i);
    expect(JSON.parse(text)['@graph'].find((n: Node) => n['@type'] === 'WebPage').name).toBe(title);
  });
});
