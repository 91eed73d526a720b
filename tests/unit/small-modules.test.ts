/** The small pure modules: addresses, the favicon container, the table of contents and the share links. */
import { describe, expect, it } from 'vitest';
import { icoFromPngs } from '../../src/lib/icons';
import { nextOnPage } from '../../src/lib/page-counter';
import { shareLinks } from '../../src/lib/share-links';
import { tocEntries } from '../../src/lib/toc';
import { absoluteUrl, doiUrl, paths, pubmedUrl, telHref } from '../../src/lib/urls';

describe('numbering on one page', () => {
  it('counts 1, 2, 3 on a page and starts again on another', () => {
    const first = {};
    const second = {};
    expect([nextOnPage(first), nextOnPage(first), nextOnPage(second), nextOnPage(first)]).toEqual([
      1, 2, 1, 3,
    ]);
  });
});

describe('urls', () => {
  it('builds paths and absolute URLs', () => {
    expect(paths.tag('ketamine-therapy')).toBe('/blog/tags/ketamine-therapy/');
    expect(paths.blogPage(1)).toBe('/blog/');
    expect(paths.blogPage(3)).toBe('/blog/3/');
    expect(paths.tagPage('sleep-health', 1)).toBe('/blog/tags/sleep-health/');
    expect(paths.tagPage('sleep-health', 2)).toBe('/blog/tags/sleep-health/2/');
    expect(absoluteUrl('/blog/', 'https://www.example.com')).toBe('https://www.example.com/blog/');
    expect(telHref('+12015550123')).toBe('tel:+12015550123');
    expect(doiUrl('10.1/x')).toBe('https://doi.org/10.1/x');
    expect(pubmedUrl('42')).toBe('https://pubmed.ncbi.nlm.nih.gov/42/');
  });
});

describe('favicon.ico', () => {
  it('writes a valid ICO directory', () => {
    const ico = icoFromPngs([
      { size: 16, png: Buffer.from('abc') },
      { size: 256, png: Buffer.from('defg') },
    ]);
    expect(ico.readUInt16LE(2)).toBe(1);
    expect(ico.readUInt16LE(4)).toBe(2);
    expect(ico.readUInt8(6)).toBe(16);
    expect(ico.readUInt8(6 + 16)).toBe(0); // 256 px is written as 0
    expect(ico.readUInt32LE(6 + 12)).toBe(6 + 32);
    expect(ico.subarray(38, 41).toString()).toBe('abc');
    expect(ico.subarray(41).toString()).toBe('defg');
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
    expect(links.map((l) => l.network)).toEqual(['email', 'X', 'Facebook', 'LinkedIn']);
    expect(links[0]!.href).toBe(
      'mailto:?subject=Relief%20%26%20renewal&body=Relief%20%26%20renewal%0A%0Ahttps%3A%2F%2Fclinic.test%2Fa%20b%2F',
    );
    expect(links[1]!.href).toBe(
      'https://x.com/intent/post?url=https%3A%2F%2Fclinic.test%2Fa%20b%2F&text=Relief%20%26%20renewal',
    );
    expect(links[2]!.href).toBe(
      'https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fclinic.test%2Fa%20b%2F',
    );
    expect(links[3]!.href).toBe(
      'https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fclinic.test%2Fa%20b%2F',
    );
  });
});
