import { describe, expect, it } from 'vitest';
import { redirectsOf, type RedirectSource } from '../../src/lib/redirects';

const article = (
  slug: string,
  formerAddresses: string[],
  status: RedirectSource['status'] = 'published',
) => ({
  slug,
  status,
  formerAddresses,
});

describe('redirects from former addresses', () => {
  it('leads each former address of a published article to its address now', () => {
    expect(
      redirectsOf([
        article('ketamine-for-migraine', ['/blog/ketamine-migraine/', '/blog/migraine-ketamine-therapy/']),
        article('what-to-expect', ['/blog/first-visit/']),
        article('no-history', []),
      ]),
    ).toEqual({
      '/blog/ketamine-migraine/': '/blog/ketamine-for-migraine/',
      '/blog/migraine-ketamine-therapy/': '/blog/ketamine-for-migraine/',
      '/blog/first-visit/': '/blog/what-to-expect/',
    });
  });

  it('gives drafts and scheduled articles none: the redirect would publish their new address early', () => {
    expect(
      redirectsOf([
        article('secret-draft', ['/blog/old-draft/'], 'draft'),
        article('coming-soon', ['/blog/old-soon/'], 'scheduled'),
      ]),
    ).toEqual({});
  });

  it('skips what the content check refuses (it stops the build): no route from a malformed address', () => {
    expect(
      redirectsOf([
        article('renamed', [
          'blog/no-slash',
          '/elsewhere/page/',
          '/blog/Capital/',
          '/blog/renamed/',
          '/blog/a/b/',
        ]),
      ]),
    ).toEqual({});
  });
});
