/**
 * The editorial pages (content/pages/, here tests/fixtures/site/pages/): every page's footer links to the five,
 * each is built with its own title, description and WebPage node, is in the sitemap, and shows the facts of
 * the configuration and the code, never a second copy of them.
 */
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { site } from '../../src/config/site';
import { STORAGE_KEYS } from '../../src/lib/browser-storage';
import {
  EDITORIAL_PAGES,
  EDITORIAL_POLICY_PAGE,
  MEDICAL_DISCLAIMER_PAGE,
} from '../../src/lib/editorial-pages';
import { ui } from '../../src/lib/i18n';
import { EDITORIAL, REVIEWED } from '../support/fixture-facts';
import { builtPages, fixtureSite, pageKind, SITE_URL, text, type BuiltPage } from '../support/dist';

type Node = Record<string, any>;
const graphOf = (p: BuiltPage): Node[] =>
  JSON.parse(p.$('script[type="application/ld+json"]').text())['@graph'];
const pathOf = (id: string) => `/${id}/`;

describe('the footer', () => {
  it.each(builtPages().map((p) => [p.path, p] as const))(
    'of %s links to the five editorial pages',
    (_, p) => {
      const links = p
        .$('footer a[data-editorial-page]')
        .map((__, a) => p.$(a).attr('href'))
        .get();
      expect(links).toEqual(EDITORIAL_PAGES.map(pathOf));
      for (const link of links) expect(fixtureSite.resolves(link), link).toBe(true);
    },
  );
});

describe.each(EDITORIAL_PAGES.map((id) => [id] as const))('the %s page', (id) => {
  const facts = EDITORIAL[id];
  const p = () => fixtureSite.page(pathOf(id));

  it('has its own title, description and h1', () => {
    const page = p();
    expect(pageKind(page)).toBe('content');
    expect(page.$('title').text()).toContain(facts.title);
    expect(page.$('meta[name="description"]').attr('content')).toBe(facts.description);
    expect(text(page.$('main h1').text())).toBe(facts.title);
  });

  it('is in the sitemap', () => {
    const xml = new XMLParser().parse(fixtureSite.read('sitemap-0.xml'));
    const urls = [xml.urlset.url].flat().map((u: { loc: string }) => u.loc);
    expect(urls).toContain(`${SITE_URL}${pathOf(id)}`);
  });

  it('has a WebPage node and a breadcrumb trail from Home', () => {
    const graph = graphOf(p());
    const page = graph.find((n) => n['@type'] === 'WebPage');
    expect(page).toMatchObject({
      '@id': `${SITE_URL}${pathOf(id)}#webpage`,
      url: `${SITE_URL}${pathOf(id)}`,
      name: facts.title,
      description: facts.description,
    });
    const crumbs = graph.find((n) => n['@type'] === 'BreadcrumbList');
    expect(crumbs?.['itemListElement'].map((item: Node) => item.name)).toEqual([
      ui(site.lang).nav.home,
      facts.title,
    ]);
  });
});

describe('what the pages say', () => {
  it('the privacy page lists exactly the storage keys the scripts use', () => {
    const page = fixtureSite.page(pathOf('privacy'));
    const listed = page
      .$('[data-storage-key]')
      .map((_, el) => page.$(el).text())
      .get();
    expect(listed).toEqual(Object.values(STORAGE_KEYS));
  });

  it('the privacy page says the host logs are not described while hostLogs is unset, and names the booking host', () => {
    const page = fixtureSite.page(pathOf('privacy'));
    expect(site.hostLogs).toBeUndefined();
    expect(text(page.$('[data-host-logs="unknown"]').text())).toBe(ui(site.lang).editorial.hostLogsUnknown);
    expect(text(page.$('main').text())).toContain(new URL(site.bookingUrl).host);
  });

  it('the editorial policy shows no review policy while none is configured', () => {
    expect(site.editorialReviewPolicy).toBeUndefined();
    const page = fixtureSite.page(pathOf(EDITORIAL_POLICY_PAGE));
    expect(page.$('#review-policy')).toHaveLength(0);
  });

  it('the about page gives the clinic from the configuration', () => {
    const main = text(fixtureSite.page(pathOf('about')).$('main').text());
    for (const fact of [site.name, site.address.street, site.phone.display, site.email])
      expect(main).toContain(fact);
  });

  it('the medical disclaimer page holds the full disclaimer, and each article links to it', () => {
    const main = text(fixtureSite.page(pathOf(MEDICAL_DISCLAIMER_PAGE)).$('main').text());
    for (const words of [site.disclaimer, site.disclosure, site.crisisLine]) expect(main).toContain(words);
    const article = fixtureSite.page(REVIEWED.path);
    expect(article.$('section[aria-labelledby="disclaimer"] a').attr('href')).toBe(
      pathOf(MEDICAL_DISCLAIMER_PAGE),
    );
  });

  it("the clinic's publishingPrinciples is the editorial policy, which exists", () => {
    for (const p of builtPages()) {
      const clinic = graphOf(p).find((n) => n['@type'] === 'MedicalClinic');
      expect(clinic?.publishingPrinciples, p.path).toBe(`${SITE_URL}${pathOf(EDITORIAL_POLICY_PAGE)}`);
    }
    expect(fixtureSite.resolves(new URL(`${SITE_URL}${pathOf(EDITORIAL_POLICY_PAGE)}`).pathname)).toBe(true);
  });
});
