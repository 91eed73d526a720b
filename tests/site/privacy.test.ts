/**
 * Patients' privacy, read from the markup of every page and stylesheet of both builds: nothing may make a
 * browser contact another host (no preconnect, prefetch, preload, font, script, image or CSS url()). Only
 * plain outbound <a> links, which the reader chooses to follow, may point off-site.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bothSites, everyPage, SITE_URL, type BuiltPage } from '../support/dist';

const URL_ATTRIBUTES = [
  'src',
  'href',
  'srcset',
  'imagesrcset',
  'poster',
  'action',
  'formaction',
  'data',
  'ping',
];
const CSS_URL = /url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+(['"])([^'"]+)\3/g;

/** Whether a URL, read on `base`, leaves the site (relative, same-origin, data:, tel:, mailto: stay). */
function offSite(value: string, base: string): boolean {
  const url = new URL(value.trim(), base);
  if (['data:', 'tel:', 'mailto:', 'blob:'].includes(url.protocol)) return false;
  return url.origin !== new URL(SITE_URL).origin;
}

const cssUrls = (css: string) => [...css.matchAll(CSS_URL)].map((m) => m[2] ?? m[4]!);

function offSiteReferences(p: BuiltPage): string[] {
  const base = `${SITE_URL}${p.path}`;
  const found: string[] = [];
  p.$('*').each((_, el) => {
    if (el.type !== 'tag') return;
    const $el = p.$(el);
    for (const attribute of URL_ATTRIBUTES) {
      const value = $el.attr(attribute);
      if (value === undefined) continue;
      if (el.tagName === 'a' && attribute === 'href') continue; // an outbound link the reader may follow
      const urls = /srcset$/.test(attribute)
        ? value.split(',').map((c) => c.trim().split(/\s+/)[0]!)
        : [value];
      for (const url of urls)
        if (url && offSite(url, base)) found.push(`<${el.tagName} ${attribute}="${url}">`);
    }
    const style = $el.attr('style');
    if (style) for (const url of cssUrls(style)) if (offSite(url, base)) found.push(`style url(${url})`);
  });
  p.$('style').each((_, el) => {
    for (const url of cssUrls(p.$(el).text())) if (offSite(url, base)) found.push(`<style> url(${url})`);
  });
  return found;
}

describe('no page points the browser at another host', () => {
  it('reads every page of both builds', () => {
    expect(everyPage().length).toBeGreaterThanOrEqual(30);
  });

  it.each(everyPage())('%s', (_, p) => {
    expect(offSiteReferences(p)).toEqual([]);
  });

  it.each(bothSites.map((site) => [site.name, site] as const))(
    '%s: no stylesheet or manifest file does either',
    (_, site) => {
      const css = site.files().filter((f) => f.endsWith('.css'));
      for (const file of css) {
        const off = cssUrls(readFileSync(file, 'utf8')).filter((url) => offSite(url, SITE_URL));
        expect(off, file).toEqual([]);
      }
      const manifest = JSON.parse(site.read('manifest.webmanifest'));
      for (const icon of manifest.icons) expect(offSite(icon.src, SITE_URL), icon.src).toBe(false);
    },
  );
});
