/** The share card renderer, on real fonts: its size, its colours (the page's palette) and how it fits long titles. */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { palette } from '../../src/lib/palette';
import { renderShareCard, SHARE_COLORS, titleFontSize, type ShareCard } from '../../src/lib/share-image';

const require = createRequire(import.meta.url);
type Fonts = Parameters<typeof renderShareCard>[1];
let fonts: Fonts;
beforeAll(async () => {
  fonts = await Promise.all(
    ([400, 600, 700] as const).map(async (weight) => ({
      name: 'Source Serif',
      data: await readFile(
        require.resolve(`@fontsource/source-serif-4/files/source-serif-4-latin-${weight}-normal.woff`),
      ),
      weight,
      style: 'normal' as const,
    })),
  );
});

type Rgb = [number, number, number];
const rgb = (hex: string): Rgb => {
  const digits = hex.slice(1).length === 3 ? [...hex.slice(1)].map((d) => d + d) : hex.slice(1).match(/../g)!;
  return digits.map((pair) => parseInt(pair, 16)) as Rgb;
};
const distance = (a: Rgb, b: Rgb) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

interface Pixels {
  width: number;
  height: number;
  at: (x: number, y: number) => Rgb;
}
async function render(title: string, width = 1200, height = 630): Promise<{ png: Buffer; pixels: Pixels }> {
  const card: ShareCard = {
    title,
    siteName: 'Ketamine NJ',
    tagline: 'Embrace Relief and Renewal',
    width,
    height,
  };
  const png = await renderShareCard(card, fonts);
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const at = (x: number, y: number): Rgb => {
    const i = (y * info.width + x) * info.channels;
    return [data[i]!, data[i + 1]!, data[i + 2]!];
  };
  return { png, pixels: { width: info.width, height: info.height, at } };
}

/** Runs of consecutive rows that hold title-ink pixels: one per line of the title (the test titles have no descenders). */
function inkLines({ width, height, at }: Pixels): { top: number; bottom: number; right: number }[] {
  const ink = rgb(SHARE_COLORS.ink);
  const lines: { top: number; bottom: number; right: number }[] = [];
  for (let y = 0; y < height; y += 1) {
    let right = -1;
    for (let x = 0; x < width; x += 1) if (distance(at(x, y), ink) < 40) right = x;
    if (right < 0) continue;
    const last = lines.at(-1);
    if (last && last.bottom === y - 1) {
      last.bottom = y;
      last.right = Math.max(last.right, right);
    } else lines.push({ top: y, bottom: y, right });
  }
  return lines;
}

const SHORT = 'Ketamine for Headache';
// 118 characters, and no letter that descends below the line, so that lines of text never touch.
const LONG =
  'Ketamine Infusions for Chronic Headache and Low Mood: What the Research Shows About the First Three Months at the Clinic';

describe('share card colours', () => {
  it('are the page’s light palette, ink included', () => {
    const light = palette('light');
    expect(SHARE_COLORS).toEqual({
      background: light.paper,
      ink: light.ink,
      accent: light.accent,
      muted: light.muted,
    });
  });
});

describe('renderShareCard', () => {
  it.each([
    [1200, 630],
    [1200, 675],
    [1200, 900],
    [1200, 1200],
  ])('renders a %i×%i PNG on the paper colour, with the accent bar on the left', async (width, height) => {
    const { png, pixels } = await render(SHORT, width, height);
    expect(await sharp(png).metadata()).toMatchObject({ format: 'png', width, height });
    expect(pixels.at(width - 1, height - 1)).toEqual(rgb(SHARE_COLORS.background));
    expect(pixels.at(width - 1, 0)).toEqual(rgb(SHARE_COLORS.background));
    expect(pixels.at(2, Math.round(height / 2))).toEqual(rgb(SHARE_COLORS.accent));
  });

  it('draws the title in the ink colour itself', async () => {
    const { pixels } = await render(SHORT);
    const ink = rgb(SHARE_COLORS.ink);
    let exact = 0;
    for (let y = 0; y < pixels.height; y += 1) {
      for (let x = 0; x < pixels.width; x += 1) if (distance(pixels.at(x, y), ink) === 0) exact += 1;
    }
    expect(exact).toBeGreaterThan(500);
  });

  it('sets longer titles in smaller type, in proportion to the card width', () => {
    expect(LONG.length).toBeGreaterThan(110);
    const sizes = [SHORT, 'x'.repeat(70), LONG].map((title) => titleFontSize(title, 1200));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(new Set(sizes).size).toBe(3);
    expect(titleFontSize(LONG, 600)).toBe(Math.round(titleFontSize(LONG, 1200) / 2));
  });

  it('wraps a long title onto several lines of smaller type, leaving the right margin empty', async () => {
    const short = inkLines((await render(SHORT)).pixels);
    const { pixels } = await render(LONG);
    const long = inkLines(pixels);
    expect(short).toHaveLength(1);
    expect(long.length).toBeGreaterThanOrEqual(2);
    expect(long.length).toBeLessThanOrEqual(4); // the card clamps at four lines; this title needs fewer
    // Smaller type: each line of the long title is shorter than the one line of the short title.
    for (const line of long) expect(line.bottom - line.top).toBeLessThan(short[0]!.bottom - short[0]!.top);

    const margin = Math.round(pixels.width * 0.065);
    const paper = rgb(SHARE_COLORS.background);
    for (const line of long) expect(line.right).toBeLessThan(pixels.width - margin);
    // The title ends on a part-filled line: it fits, rather than being cut short by the four-line clamp.
    expect(long.at(-1)!.right).toBeLessThan(pixels.width * 0.75);
    for (let x = pixels.width - margin; x < pixels.width; x += 1) {
      for (let y = 0; y < pixels.height; y += 1) {
        if (distance(pixels.at(x, y), paper) !== 0)
          throw new Error(`right margin pixel (${x}, ${y}) is not paper`);
      }
    }
  });
});
