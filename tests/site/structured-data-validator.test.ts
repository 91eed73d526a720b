/**
 * @adobe/structured-data-validator on every built page's JSON-LD, offline: Google's rich-result checks for the
 * types it knows, schema.org's check of every type and property (release vendored in tests/support/vendor/),
 * and this site's article requirements. A page passes with no error and no warning but the accepted ones.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { builtPages, type BuiltPage } from '../support/dist';
import {
  describeIssue,
  issueType,
  validateStructuredData,
  vocabulary,
  type ValidationIssue,
} from '../support/structured-data-validator';

type Node = Record<string, any>;
const pages = builtPages();

/**
 * Warnings accepted, each by the type of node it is about and its exact message; any other warning fails.
 * The validator asks every PeopleAudience for Google's merchant-listing (Product) audience fields. An article's
 * MedicalWebPage names its audience "Patient", which has no gender or age: giving one would be false data, and
 * neither Google's article guidance nor schema.org asks for it there.
 */
const ACCEPTED_WARNINGS = [
  { type: 'PeopleAudience', message: 'Missing field "suggestedGender" (optional)' },
  {
    type: 'PeopleAudience',
    message:
      'One of the following conditions needs to be met: Missing field "suggestedMinAge" (optional) or ' +
      'Missing field "suggestedAge.minValue" (optional)',
  },
];

const isAccepted = (issue: ValidationIssue) =>
  issue.severity === 'WARNING' &&
  ACCEPTED_WARNINGS.some((w) => w.type === issueType(issue) && w.message === issue.issueMessage);
const rejected = (issues: ValidationIssue[]) => issues.filter((i) => !isAccepted(i)).map(describeIssue);

/** The page's kind, read from the page itself, never from its URL. */
const kindOf = (p: BuiltPage) =>
  p.$('html').attr('data-page-kind') ?? p.$('meta[property="og:type"]').attr('content');
const articles = pages.filter((p) => kindOf(p) === 'article');

// Offline: the vocabulary is vendored, and any attempt to reach the network fails the test.
beforeAll(() => {
  vi.stubGlobal('fetch', () => Promise.reject(new Error('structured-data tests must not use the network')));
});
afterAll(() => {
  vi.unstubAllGlobals();
});

describe(`@adobe/structured-data-validator with schema.org ${vocabulary.release}, on every built page`, () => {
  it.each(pages.map((p) => [p.path, p] as const))(
    '%s: no error, and no warning but the accepted ones',
    async (_, p) => {
      const { rootTypes, issues } = await validateStructuredData(p.html);
      expect(rootTypes).toEqual(expect.arrayContaining(['WebSite', 'MedicalClinic']));
      expect(rootTypes.filter((type) => /Page$/.test(type))).toHaveLength(1);
      expect(rootTypes.includes('BlogPosting')).toBe(kindOf(p) === 'article');
      expect(rejected(issues)).toEqual([]);
    },
  );

  it('has an article to run its article checks on', () => {
    expect(articles.length).toBeGreaterThan(0);
  });
});

describe('@adobe/structured-data-validator fails a page', () => {
  const graph: Node[] = JSON.parse(articles[0]!.$('script[type="application/ld+json"]').text())['@graph'];

  /** A page carrying the article's graph after `edit`: the graph is copied, never changed in place. */
  async function issuesAfter(edit: (graph: Node[]) => void, script?: string): Promise<string[]> {
    const copy: Node[] = structuredClone(graph);
    edit(copy);
    const json = script ?? JSON.stringify({ '@context': 'https://schema.org', '@graph': copy });
    const html = `<!doctype html><html lang="en"><head><script type="application/ld+json">${json}</script></head></html>`;
    return rejected((await validateStructuredData(html)).issues);
  }
  const node = (graph: Node[], type: string): Node => graph.find((n) => n['@type'] === type)!;

  it('passes the article graph unchanged', async () => {
    expect(await issuesAfter(() => {})).toEqual([]);
  });

  it('whose BlogPosting has no headline', async () => {
    expect(await issuesAfter((g) => delete node(g, 'BlogPosting')['headline'])).toEqual([
      'ERROR BlogPosting: Required attribute "headline" is missing',
    ]);
  });

  it('whose BlogPosting has no datePublished', async () => {
    expect(await issuesAfter((g) => delete node(g, 'BlogPosting')['datePublished'])).toEqual([
      'ERROR BlogPosting: Required attribute "datePublished" is missing',
    ]);
  });

  it('with a type schema.org does not define', async () => {
    expect(await issuesAfter((g) => (node(g, 'BlogPosting')['@type'] = 'BlogPost'))).toEqual([
      'ERROR BlogPost: Type "BlogPost" is not a valid schema.org type',
    ]);
  });

  it('with a property its type does not have', async () => {
    expect(await issuesAfter((g) => (node(g, 'BlogPosting')['headLine'] = 'A typo'))).toEqual([
      'WARNING BlogPosting: Property "headLine" for type "BlogPosting" is not supported by the schema.org specification',
    ]);
  });

  it('whose breadcrumb trail has a single item, or an item with no position', async () => {
    expect(await issuesAfter((g) => node(g, 'BreadcrumbList')['itemListElement'].splice(1))).toEqual([
      'WARNING BreadcrumbList: At least two ListItems are required',
    ]);
    expect(await issuesAfter((g) => delete node(g, 'BreadcrumbList')['itemListElement'][0].position)).toEqual(
      ['ERROR BreadcrumbList > itemListElement: ListItem: Required attribute "position" is missing'],
    );
  });

  it('whose author has no name', async () => {
    expect(await issuesAfter((g) => (node(g, 'BlogPosting')['author'] = { '@type': 'Person' }))).toEqual([
      'ERROR BlogPosting > author: Person: Required attribute "name" is missing',
    ]);
  });

  it('whose JSON-LD does not parse', async () => {
    expect(await issuesAfter(() => {}, '{"@context": "https://schema.org", "@graph": [}')).toEqual([
      'ERROR jsonld: Could not parse JSON-LD',
    ]);
  });
});
