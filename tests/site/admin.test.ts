/**
 * The browser editor in both builds: a staff page that no search engine, sitemap, feed, search index or patient
 * page leads to, whose files name no CDN, with the configuration generated from the content schema.
 */
import { readFileSync } from 'node:fs';
import * as cheerio from 'cheerio';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { bothSites } from '../support/dist';

describe.each(bothSites.map((site) => [site.name, site] as const))('/admin/ in the %s', (_, site) => {
  const admin = () => cheerio.load(site.read('admin/index.html'));

  it('is noindex, has no patient layout, and loads the editor and its components from the site', () => {
    const $ = admin();
    expect($('meta[name="robots"]').attr('content')).toMatch(/\bnoindex\b/);
    expect(
      $('script')
        .map((_, el) => $(el).attr('src'))
        .get(),
    ).toEqual(['/admin/sveltia-cms.js', '/admin/components.js']);
    expect($('header, footer, nav, [data-pagefind-body]')).toHaveLength(0);
    expect($('link[rel="cms-config-url"]').attr('href')).toBe('/admin/config.yml');
  });

  it('is in no sitemap, feed or search index, and no patient page links to it', () => {
    const sitemaps = site
      .files()
      .filter((file) => /sitemap.*\.xml$|rss\.xml$/.test(file))
      .map((file) => readFileSync(file, 'utf8'));
    expect(sitemaps.length).toBeGreaterThanOrEqual(2);
    for (const xml of sitemaps) expect(xml).not.toContain('/admin');
    // Pagefind indexes only pages marked data-pagefind-body (the articles): the first test checks /admin/ has none.
    for (const page of site.pages()) {
      expect(page.$('a[href*="/admin"]').length, page.path).toBe(0);
    }
  });

  it('ships the editor, its fonts and modules, and names no CDN in them', () => {
    const script = site.read('admin/sveltia-cms.js');
    expect(script.length).toBeGreaterThan(1_000_000);
    expect(script).not.toMatch(/cdn\.jsdelivr\.net|unpkg\.com\/@sveltia\/cms`|unpkg\.com\/\$\{/);
    for (const path of [
      'admin/fonts/material-symbols-outlined-latin-wght-normal.woff2',
      'admin/chunks/react-dom.js',
      'admin/components.js',
    ]) {
      expect(site.resolves(`/${path}`), path).toBe(true);
    }
    expect(site.files().filter((file) => file.includes('/admin/vendor/'))).toHaveLength(2);
  });

  it('serves a configuration with every collection and the article fields in the articles’ order', () => {
    const config = parse(site.read('admin/config.yml'));
    expect(config.collections.map((c: { name: string }) => c.name)).toEqual([
      'blog',
      'authors',
      'references',
      'pages',
    ]);
    const blog = config.collections[0].fields.map((f: { name: string }) => f.name);
    expect(blog.slice(0, 4)).toEqual(['title', 'shortTitle', 'description', 'published']);
    expect(blog.at(-1)).toBe('body');
    expect(config.output).toEqual({ omit_empty_optional_fields: true });
  });
});
