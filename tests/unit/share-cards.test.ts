import { describe, expect, it } from 'vitest';
import { site } from '../../src/config/site';
import { articleImagePaths, SHARE_IMAGE_SIZES, shareCards, siteShareImage } from '../../src/lib/share-cards';

describe('share cards', () => {
  it('publishes the site card and four sizes of each article', () => {
    const cards = shareCards([{ id: 'a', title: 'Title A' }], site);
    expect(cards.map((c) => c.name)).toEqual(['site', 'blog/a', 'blog/a-16x9', 'blog/a-4x3', 'blog/a-1x1']);
    expect(cards[0]?.card).toMatchObject({
      title: site.tagline,
      siteName: site.name,
      width: 1200,
      height: 630,
    });
    expect(cards[0]?.card.tagline).toBe(`Ketamine therapy in ${site.address.locality}, New Jersey`);
    expect(cards.slice(1).map((c) => [c.card.width, c.card.height])).toEqual(
      SHARE_IMAGE_SIZES.map((size) => [size.width, size.height]),
    );
    expect(cards.slice(1).every((c) => c.card.title === 'Title A')).toBe(true);
  });

  it('points pages and the JSON-LD at the published files', () => {
    expect(siteShareImage(site)).toEqual({
      path: '/og/site.png',
      alt: `${site.name}: ${site.tagline}`,
      width: 1200,
      height: 630,
      type: 'image/png',
    });
    expect(articleImagePaths('a')).toEqual([
      '/og/blog/a-16x9.png',
      '/og/blog/a-4x3.png',
      '/og/blog/a-1x1.png',
    ]);
  });
});
