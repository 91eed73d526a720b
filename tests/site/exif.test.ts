/**
 * No published image carries EXIF, XMP or IPTC metadata (camera, author, date, GPS location): every image file of
 * both builds is read with sharp. Articles' photos are re-encoded by the build (sharp drops metadata unless told to
 * keep it), and no original photo from content/ is published as it is; public/ files are published as they are,
 * so the content check refuses a located photo there (src/build/content-check/photo-files.ts).
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { FIXTURE_CONTENT } from '../../scripts/lib/paths.ts';
import { bothSites, fixtureSite } from '../support/dist.ts';

const IMAGE = /\.(jpe?g|png|webp|avif|gif|tiff?|heic|heif)$/i;

const images = bothSites.flatMap((site) =>
  site
    .files()
    .filter((file) => IMAGE.test(file))
    .map((file) => [`${site.name.split(' ')[0]} ${relative(site.dist, file)}`, file] as const),
);

describe('published images', () => {
  it('include the photos of the fixture articles, re-encoded', () => {
    const photos = fixtureSite.files().filter((file) => /\/_astro\/photo\.[^/]+\.webp$/.test(file));
    expect(photos.length).toBeGreaterThan(0);
  });

  it('never include an original photo from content/, copied as it is', () => {
    const original = readFileSync(join(FIXTURE_CONTENT, 'blog', 'photo.jpg'));
    const copies = images.filter(([, file]) => readFileSync(file).equals(original));
    expect(copies.map(([name]) => name)).toEqual([]);
  });

  it.each(images)('%s carries no EXIF, XMP or IPTC metadata', async (_name, file) => {
    const { exif, xmp, iptc } = await sharp(file).metadata();
    expect({ exif: exif !== undefined, xmp: xmp !== undefined, iptc: iptc !== undefined }).toEqual({
      exif: false,
      xmp: false,
      iptc: false,
    });
  });
});
