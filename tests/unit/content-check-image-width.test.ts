/** Image widths read from headers agree with sharp, for every format an editor is likely to save. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp, { type Sharp } from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { imageWidth } from '../../src/build/content-check/image-width.ts';

const dir = mkdtempSync(join(tmpdir(), 'image-width-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const picture = (width: number, height: number, alpha = false) =>
  sharp({
    create: { width, height, channels: alpha ? 4 : 3, background: { r: 120, g: 140, b: 130, alpha: 0.5 } },
  });

async function save(name: string, image: Sharp): Promise<string> {
  const path = join(dir, name);
  await image.toFile(path);
  return path;
}

describe('imageWidth', () => {
  it.each([
    ['photo.jpg', () => picture(1234, 567).jpeg()],
    ['progressive.jpg', () => picture(1201, 300).jpeg({ progressive: true })],
    ['with-exif.jpg', () => picture(1500, 800).jpeg().withMetadata({ orientation: 1 })],
    ['chart.png', () => picture(801, 400).png()],
    ['lossy.webp', () => picture(999, 500).webp()],
    ['lossless.webp', () => picture(1300, 500).webp({ lossless: true })],
    ['alpha.webp', () => picture(1111, 500, true).webp()],
    ['animated.gif', () => picture(640, 480).gif()],
    ['photo.avif', () => picture(1280, 720).avif()],
    ['scan.tiff', () => picture(900, 300).tiff()],
  ])('%s: the width sharp reports', async (name, image) => {
    const path = await save(name, image());
    const { width } = await sharp(path).metadata();
    expect(await imageWidth(path)).toEqual({ width });
  });

  it('turns a phone photo whose EXIF orientation rotates it a quarter', async () => {
    const path = await save('rotated.jpg', picture(1600, 900).jpeg().withMetadata({ orientation: 6 }));
    expect(await imageWidth(path)).toEqual({ width: 900 });
    const webp = await save('rotated.webp', picture(1600, 900).webp().withMetadata({ orientation: 8 }));
    expect(await imageWidth(webp)).toEqual({ width: 900 });
  });

  it('does not measure a vector image, and tells a missing file from one that is not an image', async () => {
    const svg = join(dir, 'logo.svg');
    writeFileSync(svg, '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>');
    expect(await imageWidth(svg)).toBe('vector');
    const text = join(dir, 'notes.jpg');
    writeFileSync(text, 'not an image at all, but long enough to have a header');
    expect(await imageWidth(text)).toBe('unreadable');
    const truncated = join(dir, 'truncated.jpg');
    writeFileSync(truncated, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, ...Buffer.alloc(30)]));
    expect(await imageWidth(truncated)).toBe('unreadable');
    expect(await imageWidth(join(dir, 'nothing.jpg'))).toBe('missing');
    mkdirSync(join(dir, 'folder.jpg'));
    expect(await imageWidth(join(dir, 'folder.jpg'))).toBe('missing');
  });
});
