/**
 * Share images (Open Graph, JSON-LD crops) drawn with satori and rasterised with sharp (librsvg).
 * Pure: fonts come in as bytes, a PNG comes out. Caching lives in share-image-cache.ts.
 */
import satori, { type Font } from 'satori';
import sharp from 'sharp';
import { palette } from './palette';

export interface ShareCard {
  title: string;
  siteName: string;
  tagline: string;
  width: number;
  height: number;
}

/** The card is drawn in the page's light palette (tokens.css), so a shared link looks like the site. */
const light = palette('light');
export const SHARE_COLORS = {
  background: light.paper,
  ink: light.ink,
  accent: light.accent,
  muted: light.muted,
} as const;

/** Smaller type for longer titles so that even a 110-character title fits in four lines. */
export function titleFontSize(title: string, width: number): number {
  const scale = width / 1200;
  const size = title.length <= 50 ? 72 : title.length <= 80 ? 60 : 50;
  return Math.round(size * scale);
}

type Node = { type: string; props: Record<string, unknown> };
const el = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({
  type,
  props: { style, children },
});

function cardTree(card: ShareCard): Node {
  const pad = Math.round(card.width * 0.065);
  const size = titleFontSize(card.title, card.width);
  const barWidth = Math.round(pad / 3);
  const bar = el('div', { width: barWidth, height: card.height, backgroundColor: SHARE_COLORS.accent });
  // Explicit sizes and margins: satori adds padding outside a percentage size, which pushed text off the card.
  const content = el(
    'div',
    {
      width: card.width - barWidth - 2 * pad,
      height: card.height - 2 * pad,
      margin: pad,
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
    },
    [
      el(
        'div',
        { fontSize: Math.round(size * 0.42), color: SHARE_COLORS.accent, fontWeight: 600 },
        'Patient education',
      ),
      el(
        'div',
        {
          display: 'block',
          fontSize: size,
          lineHeight: 1.15,
          fontWeight: 700,
          color: SHARE_COLORS.ink,
          // lineClamp alone cuts the title at four lines. No `overflow: 'hidden'`: satori draws it as a mask,
          // and masks made rasterising each card two to three times slower (BENCHMARKS.md).
          lineClamp: 4,
        },
        card.title,
      ),
      el('div', { display: 'flex', flexDirection: 'column' }, [
        el(
          'div',
          { fontSize: Math.round(size * 0.55), fontWeight: 700, color: SHARE_COLORS.accent },
          card.siteName,
        ),
        el('div', { fontSize: Math.round(size * 0.42), color: SHARE_COLORS.muted }, card.tagline),
      ]),
    ],
  );
  return el(
    'div',
    {
      width: card.width,
      height: card.height,
      display: 'flex',
      flexDirection: 'row',
      backgroundColor: SHARE_COLORS.background,
      fontFamily: 'Source Serif',
    },
    [bar, content],
  );
}

/** Changes whenever the drawing code changes, so cached images of an old design are never reused. */
export const SHARE_CARD_DESIGN = [cardTree, titleFontSize].map(String).join('\n');

export async function renderShareCard(card: ShareCard, fonts: Font[]): Promise<Buffer> {
  const svg = await satori(cardTree(card) as Parameters<typeof satori>[0], {
    width: card.width,
    height: card.height,
    fonts,
  });
  // Rasterised and encoded on libuv's thread pool (unlike resvg-js, which blocks the main thread), so the build
  // keeps drawing the next card meanwhile, and at about half resvg's CPU time per image (BENCHMARKS.md).
  return sharp(Buffer.from(svg)).png().toBuffer();
}
