/** Every generated share image decodes as a PNG of the promised size and is not blank. */
import { basename } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { DIST, filesIn } from '../support/dist';

const SIZES: Record<string, [number, number]> = {
  '': [1200, 630],
  '-16x9': [1200, 675],
  '-4x3': [1200, 900],
  '-1x1': [1200, 1200],
};
const images = filesIn(`${DIST}og`).filter((f) => f.endsWith('.png'));
const suffixOf = (file: string) => basename(file, '.png').match(/-(16x9|4x3|1x1)$/)?.[0] ?? '';

describe('share images in dist/og', () => {
  it('exist: the site card, and four sizes per article', () => {
    expect(images.map((f) => f.slice(DIST.length))).toEqual(
      expect.arrayContaining(['og/site.png', 'og/blog/ketamine-migraine-treatment.png']),
    );
    const articleCards = images.filter((f) => f.includes('/og/blog/'));
    expect(articleCards.length % 4).toBe(0);
  });

  it.each(images.map((f) => [f.slice(DIST.length), f] as const))(
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
