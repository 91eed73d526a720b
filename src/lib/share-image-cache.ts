/**
 * Rendering a share image takes a few hundred milliseconds; an unchanged article should not pay it
 * again. Images are stored under Astro's cache folder, named by a hash of everything drawn on them.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Font } from 'satori';
import { renderShareCard, SHARE_CARD_DESIGN, SHARE_COLORS, type ShareCard } from './share-image';

const require = createRequire(import.meta.url);
const FONT_PACKAGE = '@fontsource/source-serif-4';
const fontVersion: string = require(`${FONT_PACKAGE}/package.json`).version;
const fontFile = (weight: 400 | 600 | 700) =>
  require.resolve(`${FONT_PACKAGE}/files/source-serif-4-latin-${weight}-normal.woff`);

let fonts: Promise<Font[]> | undefined;
function loadFonts(): Promise<Font[]> {
  fonts ??= Promise.all(
    ([400, 600, 700] as const).map(async (weight) => ({
      name: 'Source Serif',
      data: await readFile(fontFile(weight)),
      weight,
      style: 'normal' as const,
    })),
  );
  return fonts;
}

export const shareImageStats = { rendered: 0, cached: 0 };

export function cacheKey(card: ShareCard): string {
  return createHash('sha256')
    .update(JSON.stringify({ card, colors: SHARE_COLORS, design: SHARE_CARD_DESIGN, font: fontVersion }))
    .digest('hex')
    .slice(0, 24);
}

export function shareImageCacheDir(): string {
  return process.env['SHARE_IMAGE_CACHE'] ?? join(process.cwd(), 'node_modules', '.astro', 'share-images');
}

export async function shareImagePng(card: ShareCard): Promise<Buffer> {
  const file = join(shareImageCacheDir(), `${cacheKey(card)}.png`);
  try {
    const png = await readFile(file);
    shareImageStats.cached += 1;
    return png;
  } catch {
    const png = await renderShareCard(card, await loadFonts());
    await mkdir(shareImageCacheDir(), { recursive: true });
    await writeFile(file, png);
    shareImageStats.rendered += 1;
    return png;
  }
}
