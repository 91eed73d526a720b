/**
 * On every page of both builds: internal links and assets resolve, the consult actions reach the phone and
 * the booking link with one and the same markup, and every article ends with its consult section and its
 * own medical disclaimer.
 */
import { describe, expect, it } from 'vitest';
import { site } from '../../src/config/site';
import { bothSites, everyPage, pageKind, SITE_URL, text, type BuiltSite } from '../support/dist';

const tel = `tel:${site.phone.e164}`;

function internalTargets(built: BuiltSite): { from: string; target: string }[] {
  const found: { from: string; target: string }[] = [];
  for (const p of built.pages()) {
    p.$('[href], [src], [srcset]').each((_, el) => {
      const $el = p.$(el);
      const values = [
        $el.attr('href'),
        $el.attr('src'),
        ...($el.attr('srcset') ?? '').split(',').map((s) => s.trim().split(/\s+/)[0]),
      ];
      for (const value of values) {
        if (!value) continue;
        const url = new URL(value, `${SITE_URL}${p.path}`);
        if (url.origin === SITE_URL && url.protocol.startsWith('http'))
          found.push({ from: p.path, target: url.pathname });
      }
    });
  }
  return found;
}

describe.each(bothSites.map((built) => [built.name, built] as const))('%s: links and assets', (_, built) => {
  const targets = internalTargets(built);

  it('finds links to check on every page', () => {
    expect(targets.length).toBeGreaterThan(100);
    expect(new Set(targets.map((t) => t.from)).size).toBe(built.pages().length);
  });

  it('resolve to files of the build', () => {
    expect(targets.filter(({ target }) => !built.resolves(target))).toEqual([]);
  });

  it('has in-page anchors that exist', () => {
    let anchors = 0;
    for (const p of built.pages()) {
      p.$('a[href^="#"]').each((_, el) => {
        anchors += 1;
        const id = p.$(el).attr('href')!.slice(1);
        expect(p.$(`[id="${id}"]`).length, `${p.path} #${id}`).toBe(1);
      });
    }
    // At least the skip link of every page.
    expect(anchors).toBeGreaterThanOrEqual(built.pages().length);
  });

  it('lists manifest icons that exist', () => {
    const manifest = JSON.parse(built.read('manifest.webmanifest'));
    expect(manifest.name).toBe(site.name);
    expect(manifest.icons.length).toBeGreaterThanOrEqual(2);
    for (const icon of manifest.icons) expect(built.resolves(icon.src), icon.src).toBe(true);
  });
});

describe('"Consult a provider" actions', () => {
  it.each(everyPage())('%s: header and footer lead to the consult page and the phone', (_, p) => {
    expect(p.$('header a[href="/consult/"]').text()).toContain('Consult a provider');
    expect(p.$('footer a[href="/consult/"]').length).toBeGreaterThan(0);
    expect(p.$(`footer a[href="${tel}"]`).text()).toContain(site.phone.display);
    expect(p.$('footer').text()).toContain(site.disclaimer);
    expect(p.$('footer a[href="/rss.xml"]').length).toBe(1);
  });

  it('pairs Book and Call in one and the same markup wherever they appear outside navigation', () => {
    const pairs = everyPage().flatMap(([label, p]) =>
      p
        .$(`a[href="${site.bookingUrl}"]`)
        .toArray()
        .filter((el) => p.$(el).closest('nav').length === 0)
        .map((el) => {
          const group = p.$(el).parent();
          return {
            where: label,
            book: text(p.$(el).text()),
            call: group
              .find(`a[href="${tel}"]`)
              .toArray()
              .map((a) => text(p.$(a).text())),
            markup: (group.html() ?? '').replace(/ id="[^"]*"/g, ''),
          };
        }),
    );
    // Every article's consult section, each home page's clinic card and each consult page, and each extra
    // box an article's text adds (the reviewed fixture article has one).
    const inText = everyPage().reduce((sum, [, p]) => sum + p.$('h2[id^="consult-in-text-"]').length, 0);
    expect(inText).toBeGreaterThanOrEqual(1);
    const expected =
      everyPage().filter(([, p]) => ['article', 'home', 'consult'].includes(pageKind(p))).length + inText;
    expect(expected).toBeGreaterThanOrEqual(18);
    expect(pairs.length).toBe(expected);
    for (const pair of pairs) {
      expect(pair.book, pair.where).toBe('Book a consultation');
      expect(pair.call, pair.where).toEqual([`Call ${site.phone.display}`]);
    }
    expect(new Set(pairs.map((pair) => pair.markup)).size).toBe(1);
  });

  it.each(bothSites.map((built) => [built.name, built] as const))(
    '%s: the consult page offers the booking link and the phone number, and no form',
    (_, built) => {
      const p = built.pages().find((x) => pageKind(x) === 'consult')!;
      expect(p, 'a consult page').toBeDefined();
      expect(p.$(`main a[href="${site.bookingUrl}"]`).length).toBeGreaterThan(0);
      expect(p.$(`main a[href="${tel}"]`).text()).toContain(site.phone.display);
      expect(p.$('form, input, textarea')).toHaveLength(0);
      const headings = p
        .$('h2')
        .toArray()
        .map((el) => text(p.$(el).text()));
      expect(headings).toEqual(expect.arrayContaining(['How to reach us', 'Before you decide']));
      // The clinic's own rules are shown only once it writes them (site.statements; tests/build/launch.test.ts).
      const own = {
        'Who may be a candidate': site.statements.candidates,
        'What a first consultation involves': site.statements.firstVisit,
      };
      for (const [heading, statement] of Object.entries(own))
        expect(headings.includes(heading), heading).toBe(Boolean(statement));
    },
  );
});

describe('every article of both builds', () => {
  const articles = everyPage().filter(([, p]) => pageKind(p) === 'article');

  it('exists in both builds', () => {
    expect(articles.filter(([label]) => label.startsWith('live')).length).toBeGreaterThanOrEqual(1);
    expect(articles.filter(([label]) => label.startsWith('fixture')).length).toBeGreaterThanOrEqual(12);
  });

  it.each(articles)('%s: ends with the consult section, the disclosure and its own disclaimer', (_, p) => {
    const cta = p.$('main section[aria-labelledby="consult-a-provider"]');
    expect(cta).toHaveLength(1);
    expect(cta.find(`a[href="${site.bookingUrl}"]`)).toHaveLength(1);
    expect(cta.find(`a[href="${tel}"]`)).toHaveLength(1);
    expect(p.$('main').text()).toContain(site.disclosure);
    // The article's own disclaimer section, found by its heading: the footer's copy does not count.
    const heading = p.$('main h2').filter((_, el) => text(p.$(el).text()) === 'Medical disclaimer');
    expect(heading).toHaveLength(1);
    const section = p.$(`main section[aria-labelledby="${heading.attr('id')}"]`);
    expect(section).toHaveLength(1);
    const paragraphs = section
      .find('p')
      .toArray()
      .map((el) => text(p.$(el).text()));
    expect(paragraphs).toContain(site.disclaimer);
    expect(paragraphs).toContain(site.crisisLine);
    expect(site.crisisLine).toMatch(/911/);
    expect(site.crisisLine).toMatch(/988/);
  });
});
