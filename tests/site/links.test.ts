/** Every internal link and asset in dist/ resolves; the consult actions reach the phone and the booking link. */
import { describe, expect, it } from 'vitest';
import { site } from '../../src/config/site';
import { builtPages, readDist, resolvesInDist, SITE_URL } from '../support/dist';

const pages = builtPages();

function internalTargets(): { from: string; target: string }[] {
  const found: { from: string; target: string }[] = [];
  for (const p of pages) {
    p.$('[href], [src], [srcset]').each((_, el) => {
      const $el = p.$(el);
      const values = [
        $el.attr('href'),
        $el.attr('src'),
        ...($el.attr('srcset') ?? '').split(',').map((s) => s.trim().split(' ')[0]),
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

describe('internal links and assets', () => {
  const targets = internalTargets();

  it('finds links to check', () => {
    expect(targets.length).toBeGreaterThan(100);
  });

  it('resolve to files in dist/', () => {
    const broken = targets.filter(({ target }) => !resolvesInDist(target));
    expect(broken).toEqual([]);
  });

  it('has in-page anchors that exist', () => {
    for (const p of pages) {
      p.$('a[href^="#"]').each((_, el) => {
        const id = p.$(el).attr('href')!.slice(1);
        expect(p.$(`[id="${id}"]`).length, `${p.path} #${id}`).toBe(1);
      });
    }
  });

  it('lists manifest icons that exist', () => {
    const manifest = JSON.parse(readDist('manifest.webmanifest'));
    expect(manifest.name).toBe(site.name);
    for (const icon of manifest.icons) expect(resolvesInDist(icon.src), icon.src).toBe(true);
  });
});

describe('"Consult a provider" actions', () => {
  const tel = `tel:${site.phone.e164}`;

  it.each(pages.map((p) => [p.path, p] as const))(
    '%s: header and footer lead to the consult page and the phone',
    (_, p) => {
      expect(p.$('header a[href="/consult/"]').text()).toContain('Consult a provider');
      expect(p.$('footer a[href="/consult/"]').length).toBeGreaterThan(0);
      expect(p.$(`footer a[href="${tel}"]`).text()).toContain(site.phone.display);
      expect(p.$('footer').text()).toContain(site.disclaimer);
      expect(p.$('footer a[href="/rss.xml"]').length).toBe(1);
    },
  );

  it('the consult page offers the booking link and the phone number, and no form', () => {
    const p = pages.find((x) => x.path === '/consult/')!;
    expect(p.$(`main a[href="${site.bookingUrl}"]`).length).toBeGreaterThan(0);
    expect(p.$(`main a[href="${tel}"]`).text()).toContain(site.phone.display);
    expect(p.$('form, input, textarea')).toHaveLength(0);
    for (const heading of [
      'Who may be a candidate',
      'What a first consultation involves',
      'How to reach us',
    ]) {
      expect(
        p
          .$('h2')
          .toArray()
          .map((el) => p.$(el).text()),
      ).toContain(heading);
    }
  });

  it('every article ends with the consult section, the disclaimer and the disclosure', () => {
    const articles = pages.filter((p) => p.$('meta[property="og:type"]').attr('content') === 'article');
    expect(articles.length).toBeGreaterThan(0);
    for (const p of articles) {
      const cta = p.$('section[aria-labelledby="consult-a-provider"]');
      expect(cta.find(`a[href="${site.bookingUrl}"]`)).toHaveLength(1);
      expect(cta.find(`a[href="${tel}"]`)).toHaveLength(1);
      expect(p.$('#disclaimer').length).toBe(1);
      expect(p.$('main').text()).toContain(site.disclosure);
      expect(p.$('main').text()).toMatch(/911/);
      expect(p.$('main').text()).toMatch(/988/);
    }
  });
});
