import { describe, expect, it } from 'vitest';
import { clinicDefaults, resolveSite, site } from '../../src/config/site';
import { openingHoursLines, streetAddressLines } from '../../src/lib/clinic';
import { calendarDay, formatDate, isoDate } from '../../src/lib/dates';
import { absolutizeUrls, escapeMarkup, feedArticleFooter, stripScripts } from '../../src/lib/feed';
import { icoFromPngs } from '../../src/lib/icons';
import { serializeGraph } from '../../src/lib/jsonld';
import { readingStats } from '../../src/lib/reading';
import { shareLinks } from '../../src/lib/share';
import { sitemapFacts } from '../../src/lib/sitemap';
import { tocEntries } from '../../src/lib/toc';
import { absoluteUrl, paths, tagSlug } from '../../src/lib/urls';

describe('site configuration', () => {
  it('uses visibly fictional defaults', () => {
    expect(clinicDefaults.url).toMatch(/example\.com/);
    expect(site.phone.e164).toMatch(/^\+1\d{3}55501\d\d$/);
    expect(site.bookingUrl).toMatch(/example\.com/);
    expect(site.address.region).toBe('NJ');
    expect(site.tagline).toBe('Embrace Relief and Renewal');
  });

  it('refuses a SITE_URL with a path: the site must live at the root', () => {
    expect(() => resolveSite(site, { SITE_URL: 'https://clinic.test/blog/' })).toThrow(/site root/);
  });

  it('lets SITE_URL override the URL, without a trailing slash', () => {
    expect(resolveSite(site, { SITE_URL: 'https://clinic.test/' }).url).toBe('https://clinic.test');
  });

  it('rejects a SITE_URL that is not a URL', () => {
    expect(() => resolveSite(site, { SITE_URL: 'clinic' })).toThrow();
  });
});

describe('formatting', () => {
  it('knows today on the clinic’s calendar, whatever the machine’s zone', () => {
    // 02:00 UTC on Dec 1 is still Nov 30 in New Jersey.
    expect(calendarDay(new Date('2026-12-01T02:00:00Z'), 'America/New_York')).toBe('2026-11-30');
    expect(calendarDay(new Date('2026-12-01T06:00:00Z'), 'America/New_York')).toBe('2026-12-01');
  });

  it('formats calendar dates without shifting them by time zone', () => {
    expect(formatDate(new Date('2026-11-23'))).toBe('November 23, 2026');
    expect(isoDate(new Date('2026-11-23'))).toBe('2026-11-23');
  });

  it('writes the address and opening hours for people', () => {
    expect(streetAddressLines(site.address)[1]).toBe('Montclair, NJ 07042');
    expect(openingHoursLines(site.hours)).toEqual(['Mon–Fri: 9 a.m.–5 p.m.', 'Sat: 9 a.m.–1 p.m.']);
    expect(
      openingHoursLines([{ days: ['Monday', 'Wednesday', 'Friday'], opens: '08:30', closes: '12:00' }]),
    ).toEqual(['Mon, Wed, Fri: 8:30 a.m.–12 p.m.']);
  });

  it('estimates reading time from prose, not markup', () => {
    const words = Array.from({ length: 460 }, () => 'word').join(' ');
    expect(readingStats(`<ConsultCta>\n${words}\n</ConsultCta> [link](/a-very-long/url/)`)).toMatchObject({
      minutes: 2,
      label: '2 min read',
    });
  });
});

describe('urls', () => {
  it('builds paths and absolute URLs', () => {
    expect(paths.tag('Ketamine Therapy')).toBe('/blog/tags/ketamine-therapy/');
    expect(tagSlug('chronic pain')).toBe('chronic-pain');
    expect(absoluteUrl('/blog/', 'https://www.example.com')).toBe('https://www.example.com/blog/');
  });
});

describe('feed content', () => {
  it('makes site-relative links absolute and leaves others alone', () => {
    const html =
      '<a href="/consult/">x</a><img src="/og/a.png"><a href="https://doi.org/1">d</a><a href="#s">s</a><a href="//cdn.test/x">c</a>';
    expect(absolutizeUrls(html, 'https://clinic.test')).toBe(
      '<a href="https://clinic.test/consult/">x</a><img src="https://clinic.test/og/a.png"><a href="https://doi.org/1">d</a><a href="#s">s</a><a href="//cdn.test/x">c</a>',
    );
  });

  it('escapes text and lists sources in the footer', () => {
    expect(escapeMarkup(`Tom & "Jerry" <b>`)).toBe('Tom &amp; &quot;Jerry&quot; &lt;b&gt;');
    const footer = feedArticleFooter(
      { disclosure: 'We <sell> it.', disclaimer: 'Not advice.', crisisLine: 'Call 911.' },
      [{ citation: 'A & B. Study.', doi: '10.1/x', pmid: '42' }],
    );
    expect(footer).toContain('<li>A &amp; B. Study. <a href="https://doi.org/10.1/x">doi:10.1/x</a>');
    expect(footer).toContain('https://pubmed.ncbi.nlm.nih.gov/42/');
    expect(footer).toContain('We &lt;sell&gt; it.');
    expect(feedArticleFooter({ disclosure: 'd', disclaimer: 'x', crisisLine: 'y' }, [])).not.toContain(
      'Sources',
    );
  });

  it('drops scripts', () => {
    expect(stripScripts('<p>a</p><script type="module">x()</script>')).toBe('<p>a</p>');
  });
});

describe('sitemap facts from a built page', () => {
  it('reads the robots rule and the modification date', () => {
    expect(sitemapFacts('<meta name="robots" content="noindex, follow">')).toEqual({ indexable: false });
    expect(
      sitemapFacts(
        '<meta name="robots" content="index, follow"/><meta property="article:modified_time" content="2026-01-02T00:00:00.000Z"/>',
      ),
    ).toEqual({ indexable: true, lastmod: '2026-01-02T00:00:00.000Z' });
  });
});

describe('favicon.ico', () => {
  it('writes a valid ICO directory', () => {
    const ico = icoFromPngs([
      { size: 16, png: Buffer.from('abc') },
      { size: 32, png: Buffer.from('defg') },
    ]);
    expect(ico.readUInt16LE(2)).toBe(1);
    expect(ico.readUInt16LE(4)).toBe(2);
    expect(ico.readUInt32LE(6 + 12)).toBe(6 + 32);
    expect(ico.subarray(38, 41).toString()).toBe('abc');
  });
});

describe('table of contents', () => {
  it('groups H3s under their H2 and ignores deeper or orphan headings', () => {
    const h = (depth: number, slug: string) => ({ depth, slug, text: slug });
    expect(tocEntries([h(3, 'orphan'), h(2, 'a'), h(3, 'a1'), h(4, 'deep'), h(2, 'b')])).toEqual([
      { heading: h(2, 'a'), children: [h(3, 'a1')] },
      { heading: h(2, 'b'), children: [] },
    ]);
  });
});

describe('share links', () => {
  it('encodes the URL and title for each network', () => {
    const links = shareLinks('https://clinic.test/a b/', 'Relief & renewal');
    expect(links.map((l) => l.name)).toEqual(['Email', 'X', 'Facebook', 'LinkedIn']);
    expect(links[1]!.href).toBe(
      'https://x.com/intent/post?url=https%3A%2F%2Fclinic.test%2Fa%20b%2F&text=Relief%20%26%20renewal',
    );
  });
});

describe('JSON-LD serialisation', () => {
  it('cannot be closed early by text inside it', () => {
    const text = serializeGraph({
      '@context': 'https://schema.org',
      '@graph': [{ '@type': 'Thing', name: '</script><!-- x' }],
    });
    expect(text).not.toMatch(/<\/script|<!--/i);
    expect(JSON.parse(text)['@graph'][0].name).toBe('</script><!-- x');
  });
});
