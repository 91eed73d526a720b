/**
 * Rendering a share image takes tens of milliseconds per size; an unchanged article should not pay it
 * again. Images are stored under Astro's cache folder, named by a hash of everything that shapes them:
 * the card's text and size, the colours, the drawing code, and the versions of the font and renderers.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Font } from 'satori';
import sharp from 'sharp';
import { renderShareCard, SHARE_CARD_DESIGN, SHARE_COLORS, type ShareCard } from '../lib/share-image';

const require = createRequire(import.meta.url);
const FONT_PACKAGE = '@fontsource/source-serif-4';
const versionOf = (name: string): string => require(`${name}/package.json`).version;
const { sharp: sharpVersion, vips, rsvg } = sharp.versions;
const TOOLCHAIN = [
  ...[FONT_PACKAGE, 'satori'].map((name) => `${name}@${versionOf(name)}`),
  `sharp@${sharpVersion} (libvips ${vips}, librsvg ${rsvg})`,
];
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

function cacheKey(card: ShareCard): string {
  return createHash('sha256')
    .update(JSON.stringify({ card, colors: SHARE_COLORS, design: SHARE_CARD_DESIGN, toolchain: TOOLCHAIN }))
    .digest('hex')
    .slice(0, 24);
}

function shareImageCacheDir(): string {
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
    // Write aside, then rename: a build reading the cache at the same moment never sees half a PNG.
    const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    await writeFile(partial, png);
    await rename(partial, file);
    shareImageStats.rendered += 1;
    return png;
  }
}
