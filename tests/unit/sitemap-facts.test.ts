import { describe, expect, it } from 'vitest';
import { builtFileFor, sitemapFacts } from '../../src/lib/sitemap-facts';

describe('sitemap facts from a built page', () => {
  it('reads the robots rule and the modification date from the head', () => {
    expect(sitemapFacts('<meta name="robots" content="noindex, follow">')).toEqual({ indexable: false });
    expect(
      sitemapFacts(
        '<head><meta name="robots" content="index, follow"><meta property="article:modified_time" content="2026-01-02"></head>',
      ),
    ).toEqual({ indexable: true, lastmod: '2026-01-02' });
  });

  it('is not fooled by attribute order, quoting or look-alike text in the body', () => {
    const html = `<head><meta content='noindex' name=robots></head><body><p>name="robots" content="index"</p></body>`;
    expect(sitemapFacts(html)).toEqual({ indexable: false });
  });

  it('treats a page without a robots rule as indexable', () => {
    expect(sitemapFacts('<title>x</title>')).toEqual({ indexable: true });
  });

  it('finds the built file behind a URL', () => {
    expect(builtFileFor('https://clinic.test/blog/a%20b/')).toBe('blog/a b/index.html');
    expect(builtFileFor('https://clinic.test/')).toBe('index.html');
    expect(builtFileFor('https://clinic.test/404.html')).toBe('404.html');
  });
});
