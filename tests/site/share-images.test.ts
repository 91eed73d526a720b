/**
 * The fixture site's share images: every one decodes as a PNG of the promised size and is not blank, and a
 * very long title really wraps inside the card (the right-hand margin stays the card's background).
 */
import { basename, join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { LONG_TITLE, PUBLISHED_COUNT, REVIEWED } from '../support/fixture-facts';
import { fixtureSite } from '../support/dist';

const SIZES: Record<string, [number, number]> = {
  '': [1200, 630],
  '-16x9': [1200, 675],
  '-4x3': [1200, 900],
  '-1x1': [1200, 1200],
};
const images = fixtureSite.files().filter((f) => f.includes('/og/') && f.endsWith('.png'));
const suffixOf = (file: string) => basename(file, '.png').match(/-(16x9|4x3|1x1)$/)?.[0] ?? '';
const relative = (file: string) => file.slice(fixtureSite.dist.length);

describe('share images of the fixture site', () => {
  it('exist: the site card, and four sizes per article', () => {
    expect(images.map(relative)).toEqual(
      expect.arrayContaining([
        'og/site.png',
        ...Object.keys(SIZES).map((suffix) => `og/blog/${REVIEWED.slug}${suffix}.png`),
      ]),
    );
    expect(images.filter((f) => f.includes('/og/blog/'))).toHaveLength(4 * PUBLISHED_COUNT);
  });

  it.each(images.map((f) => [relative(f), f] as const))(
    '%s decodes at its size and is not blank',
    async (_, file) => {
      const { width, height, format } = await sharp(file).metadata();
      const [w, h] = SIZES[suffixOf(file)]!;
      expect({ width, height, format }).toEqual({ width: w, height: h, format: 'png' });
      const { channels } = await sharp(file).stats();
      expect(channels[0]!.stdev).toBeGreaterThan(10);
    },
  );
});

/** The card's pixels, its background (the top-right corner) and how many pixel rows hold title ink. */
async function readCard(slug: string, suffix: string) {
  const file = join(fixtureSite.dist, 'og/blog', `${slug}${suffix}.png`);
  const { data, info } = await sharp(file).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const at = (x: number, y: number) => {
    const i = (y * info.width + x) * 3;
    return [data[i]!, data[i + 1]!, data[i + 2]!] as const;
  };
  const background = at(info.width - 1, 0);
  const differs = (x: number, y: number) => at(x, y).some((c, i) => Math.abs(c - background[i]!) > 12);
  // The title's ink is the darkest colour on the card; the accent bar and the accent text are lighter.
  const ink = (x: number, y: number) => at(x, y).every((c) => c < 70);
  let inkRows = 0;
  for (let y = 0; y < info.height; y++) {
    for (let x = 60; x < info.width; x++) {
      if (ink(x, y)) {
        inkRows += 1;
        break;
      }
    }
  }
  return { width: info.width, height: info.height, differs, inkRows };
}

describe('a very long title', () => {
  it.each(Object.keys(SIZES))(
    'wraps inside the card%s: nothing reaches the right-hand margin',
    async (suffix) => {
      const card = await readCard(LONG_TITLE.slug, suffix);
      const margin = 60;
      const touched: string[] = [];
      for (let y = 0; y < card.height; y++) {
        for (let x = card.width - margin; x < card.width; x++)
          if (card.differs(x, y)) touched.push(`${x},${y}`);
      }
      expect(touched.slice(0, 5), `${touched.length} pixels drawn in the right-hand margin`).toEqual([]);
    },
  );

  it('runs onto more lines than a short title does', async () => {
    const long = await readCard(LONG_TITLE.slug, '');
    const short = await readCard('filler-1', '');
    expect(short.inkRows).toBeGreaterThan(20);
    expect(long.inkRows).toBeGreaterThan(1.8 * short.inkRows);
  });
});
