/**
 * Share images (Open Graph, JSON-LD crops) drawn with satori and rasterised with resvg.
 * Pure: fonts come in as bytes, a PNG comes out. Caching lives in share-image-cache.ts.
 */
import satori, { type Font } from 'satori';
import { Resvg } from '@resvg/resvg-js';

export interface ShareCard {
  title: string;
  siteName: string;
  tagline: string;
  width: number;
  height: number;
}

export const SHARE_COLORS = {
  background: '#f6f1e8',
  ink: '#1d2a2e',
  accent: '#0f5c58',
  muted: '#4a5558',
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
  return el(
    'div',
    {
      width: '100%',
      height: '100%',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      backgroundColor: SHARE_COLORS.background,
      borderLeft: `${Math.round(pad / 3)}px solid ${SHARE_COLORS.accent}`,
      padding: `${pad}px`,
      fontFamily: 'Source Serif',
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
          lineClamp: 4,
          overflow: 'hidden',
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
}

export async function renderShareCard(card: ShareCard, fonts: Font[]): Promise<Buffer> {
  const svg = await satori(cardTree(card) as Parameters<typeof satori>[0], {
    width: card.width,
    height: card.height,
    fonts,
  });
  return new Resvg(svg, { fitTo: { mode: 'width', value: card.width } }).render().asPng();
}
