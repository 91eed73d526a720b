import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { headersFileRules, renderNginxConf, vercelRules } from '../../src/lib/security-headers/hosts';
import { inlineCode } from '../../src/lib/security-headers/inline-code';
import {
  classHeaders,
  commonHeaders,
  headersForPath,
  pathClass,
  type PolicyInput,
} from '../../src/lib/security-headers/policy';

const input: PolicyInput = {
  pages: { scripts: ['sha256-b', 'sha256-a', 'sha256-a'], styles: ['sha256-s'] },
  search: { scripts: ['sha256-q'], styles: ['sha256-s'] },
  hstsPreload: false,
};

describe('inline code', () => {
  it('hashes inline scripts and stylesheets as the browser does, skipping data blocks and external scripts', () => {
    const code = 'console.log("<b>")';
    const found = inlineCode(
      `<head><style>p{}</style><script>${code}</script><script type="module">1</script>` +
        '<script type="application/ld+json">{}</script><script src="/x.js"></script></head>',
    );
    const sha = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;
    expect(found).toEqual({ scripts: [sha(code), sha('1')], styles: [sha('p{}')], problems: [] });
  });

  it('hashes the raw text, as the browser runs it: no entity decoded, no tag inside a script read as one', () => {
    const script = 'if (a &amp;&amp; b) document.write("<p style=x onclick=y>")';
    const style = 'a::after{content:"&lt;"}';
    const sha = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;
    expect(inlineCode(`<script>${script}</script><style>${style}</style><script></script>`)).toEqual({
      scripts: [sha(script), sha('')],
      styles: [sha(style)],
      problems: [],
    });
  });

  it('finds inline code anywhere in the page, under any letter case', () => {
    const { scripts, styles } = inlineCode(
      '<BODY><div><SCRIPT TYPE="Module">2</SCRIPT></div><Style>b{}</Style>',
    );
    expect([scripts.length, styles.length]).toEqual([1, 1]);
  });

  it('reports what no hash can allow: event handlers, style attributes, javascript: links, foreign scripts', () => {
    const { problems } = inlineCode(
      '<button id="b" onclick="x()">x</button><p style="color:red">y</p><a href="javascript:void 0">z</a>' +
        '<script src="https://cdn.example.org/a.js"></script>',
    );
    expect(problems).toEqual([
      '<button id="b"> has an inline event handler (onclick)',
      '<p> has a style="" attribute: use a class',
      '<a> links to javascript:',
      '<script> loads a script from another origin (https://cdn.example.org/a.js)',
    ]);
  });
});

describe('the policy', () => {
  it('gives each path its class; unknown paths are pages', () => {
    expect(['/', '/blog/x/', '/nope', '/adminx/', '/searchx/'].map(pathClass)).toEqual(Array(5).fill('page'));
    expect(['/admin', '/admin/', '/admin/sveltia-cms.js'].map(pathClass)).toEqual(Array(3).fill('admin'));
    expect(['/search', '/search/'].map(pathClass)).toEqual(['search', 'search']);
    expect(pathClass('/_astro/a.b1c2.css')).toBe('hashed-asset');
    expect(['/og/x.png', '/rss.xml', '/logo.png', '/favicon.ico'].map(pathClass)).toEqual(
      Array(4).fill('embeddable'),
    );
    expect(pathClass('/pagefind/pagefind.js')).toBe('search-index');
  });

  it('writes a strict CSP: no unsafe-inline or unsafe-eval, hashes sorted once, Pagefind’s needs on /search/ only', () => {
    const page = classHeaders('page', input)['Content-Security-Policy'];
    expect(page).toBe(
      "default-src 'none'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self' 'sha256-s'; img-src 'self' data:; " +
        "manifest-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
    );
    const search = classHeaders('search', input)['Content-Security-Policy'];
    expect(search).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-q';");
    expect(search).toContain("connect-src 'self'; worker-src 'self'");
    expect(`${page}${search}`).not.toMatch(/unsafe-inline|'unsafe-eval'/);
  });

  it('preloads HSTS only when the clinic opted in', () => {
    expect(commonHeaders(input)['Strict-Transport-Security']).toBe('max-age=63072000; includeSubDomains');
    expect(commonHeaders({ hstsPreload: true })['Strict-Transport-Security']).toBe(
      'max-age=63072000; includeSubDomains; preload',
    );
  });

  it('makes images and the feed cross-origin readable, pages same-origin, hashed assets immutable', () => {
    expect(headersForPath('/og/x.png', input)['Cross-Origin-Resource-Policy']).toBe('cross-origin');
    expect(headersForPath('/', input)['Cross-Origin-Resource-Policy']).toBe('same-origin');
    expect(headersForPath('/_astro/x.js', input)['Cache-Control']).toBe(
      'public, max-age=31536000, immutable',
    );
  });
});

describe('host files', () => {
  it('lists the build’s page folders in _headers, once each, after the classes that claim their paths', () => {
    const rules = headersFileRules(input, [
      '/index.html',
      '/404.html',
      '/blog/index.html',
      '/blog/a/index.html',
      '/og/a.png',
      '/search/index.html',
    ]);
    expect(rules.map((rule) => rule.pattern)).toEqual([
      '/*',
      '/_astro/*',
      '/og/*',
      '/rss.xml',
      '/favicon.ico',
      '/favicon.svg',
      '/apple-touch-icon.png',
      '/icon-192.png',
      '/icon-512.png',
      '/logo.png',
      '/pagefind/*',
      '/search/*',
      '/admin/*',
      '/',
      '/404.html',
      '/blog/*',
    ]);
  });

  it('gives Vercel a page rule that matches no path another class claims', () => {
    const page = vercelRules(input).at(-1)!.pattern;
    const matches = (path: string) => new URLPattern({ pathname: page }).test({ pathname: path });
    expect(['/', '/blog/x/', '/no-such-page', '/searchx'].every(matches)).toBe(true);
    expect(
      ['/search', '/search/', '/og/a.png', '/_astro/a.css', '/rss.xml', '/pagefind/p.js', '/admin/'].some(
        matches,
      ),
    ).toBe(false);
  });

  it('sends every header on every nginx response, the 404 page included', () => {
    const conf = renderNginxConf(input, { serverName: 'www.example.com' });
    expect(conf).toContain('server_name www.example.com;');
    const perClass = [
      'Content-Security-Policy',
      'Cross-Origin-Opener-Policy',
      'Cross-Origin-Resource-Policy',
      'Cache-Control',
      'X-Robots-Tag',
    ];
    expect(conf.match(/add_header .* always;/g)).toHaveLength(
      Object.keys(commonHeaders(input)).length + perClass.length,
    );
    expect(conf).toContain('error_page 404 /404.html;');
  });
});
