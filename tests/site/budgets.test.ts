/** Page-weight budgets (bytes, not timings) on every page of both builds: what a phone downloads first. */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import { everyPage, pageKind, type BuiltPage } from '../support/dist';

const KB = 1024;
const gz = (text: string) => gzipSync(text, { level: 9 }).length;
const br = (text: string) =>
  brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
/**
 * What a server sends in its first round trip on a new connection: TCP's initial window, 10 segments of
 * 1,460 bytes (RFC 6928, and Lighthouse's simulation of a phone on slow 4G), less about 1.4 KB for the
 * response headers (the security policy's Content-Security-Policy alone is several hundred bytes).
 */
const FIRST_ROUND_TRIP = 10 * 1460 - 1400;

describe('page weight', () => {
  it('has pages to weigh in both builds', () => {
    expect(everyPage().length).toBeGreaterThanOrEqual(30);
  });

  it.each(everyPage())('%s: one request, light on script', (_, p) => {
    // CSS is inlined, scripts are inline modules: the HTML is the only render-blocking request.
    expect(p.$('link[rel="stylesheet"]')).toHaveLength(0);
    expect(p.$('script[src]')).toHaveLength(0);
    const script = p
      .$('script:not([type="application/ld+json"])')
      .toArray()
      .map((el) => p.$(el).text())
      .join('');
    expect(gz(script), 'JavaScript (gzip)').toBeLessThanOrEqual(3 * KB);
    expect(gz(p.html), 'HTML with inlined CSS (gzip)').toBeLessThanOrEqual(50 * KB);
  });

  // Each further round trip costs a phone on slow 4G 150 ms before anything is painted (Lighthouse's
  // simulation waits for the whole document): every page but a long article arrives in the first one.
  it.each(everyPage().filter(([, p]) => pageKind(p) !== 'article'))(
    '%s: arrives in the first round trip',
    (_, p) => {
      expect(gz(p.html), 'HTML (gzip)').toBeLessThanOrEqual(FIRST_ROUND_TRIP);
    },
  );

  // A browser paints what it has parsed: the head and the site header (almost all of it the inlined
  // stylesheet) leave room in the first round trip for the start of the page's own content, its largest
  // text, and nothing that no one sees comes before it.
  it.each(everyPage())('%s: the first screen comes first', (_, p) => {
    const main = p.html.indexOf('<main');
    expect(main, '<main>').toBeGreaterThan(0);
    expect(gz(p.html.slice(0, main)), 'HTML before <main> (gzip)').toBeLessThanOrEqual(
      FIRST_ROUND_TRIP - 3 * KB,
    );
    expect(p.html.indexOf('application/ld+json'), 'structured data after the content').toBeGreaterThan(
      p.html.indexOf('</main>'),
    );
  });

  // The Listen control's script (src/components/article/Listen.astro), told apart by the one API it uses: on
  // every article, within its own budget, and on no other page.
  const listenScripts = (p: BuiltPage) =>
    p
      .$('script:not([type="application/ld+json"])')
      .toArray()
      .map((el) => p.$(el).text())
      .filter((script) => script.includes('speechSynthesis'));

  it.each(everyPage().filter(([, p]) => pageKind(p) === 'article'))(
    '%s: the Listen script within 1.5 KB compressed',
    (_, p) => {
      const [script, ...more] = listenScripts(p);
      expect(script, 'the Listen script').toBeDefined();
      expect(more).toEqual([]);
      expect(gz(script!), 'Listen script (gzip)').toBeLessThanOrEqual(1.5 * KB);
      expect(br(script!), 'Listen script (brotli)').toBeLessThanOrEqual(1.5 * KB);
    },
  );

  it.each(everyPage().filter(([, p]) => pageKind(p) !== 'article'))('%s: no Listen script', (_, p) => {
    expect(listenScripts(p)).toEqual([]);
    expect(p.$('.listen')).toHaveLength(0);
  });
});

/**
 * Tailwind makes a utility of every word in src/components, src/layouts and src/pages that names one, comments
 * included: such a word grows the stylesheet every page inlines, and changes its CSP hash. Every class the
 * stylesheets define must be used by a page of either build, in its markup or its scripts.
 */
describe('the stylesheet', () => {
  /** Shown only by `astro dev` (the draft preview, src/components/article/PreviewBanner.astro and PostCard's draft label). */
  const DEV_ONLY = ['mb-6', 'border-4', 'border-focus', 'bg-ink', 'text-paper', 'ml-2'];

  it('defines no class that no page uses', () => {
    const used = new Set<string>();
    const defined = new Set<string>();
    for (const [, p] of everyPage()) {
      p.$('[class]').each((_, el) => {
        for (const name of (p.$(el).attr('class') ?? '').split(/\s+/)) used.add(name);
      });
      // Classes set by scripts ('rounded-xl border …', classList.add('js')): any word of a script counts.
      const scripts = p.$('script:not([type="application/ld+json"])').text();
      for (const [word] of scripts.matchAll(/[\w-]+/g)) used.add(word);
      p.$('style').each((_, el) =>
        postcss.parse(p.$(el).text()).walkRules((rule) => {
          for (const [, name] of rule.selector.matchAll(/\.((?:\\.|[\w-])+)/g))
            defined.add(name!.replace(/\\(.)/g, '$1'));
        }),
      );
    }
    expect(defined.size).toBeGreaterThan(100);
    expect([...defined].filter((name) => !used.has(name) && !DEV_ONLY.includes(name)).sort()).toEqual([]);
  });
});
