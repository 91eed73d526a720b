/**
 * Photos the build cannot read (iPhone HEIC, by name or by content; a damaged file) and photos that record where
 * they were taken are refused, on the article's field when an article shows them and on the file otherwise,
 * with how to fix it in plain words. Photos without a location, camera EXIF or not, pass.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/build/content-check/index.ts';
import { HEIC_FIX, isHeif, UNREADABLE_FIX } from '../../src/build/content-check/photo-format.ts';
import type { Problem } from '../../src/build/content-check/problem.ts';
import { LOCATION_FIX } from '../../src/build/content-check/photo-files.ts';
import { exifHasLocation } from '../../src/build/content-check/photo-location.ts';
import { goodFields, TODAY, tempSite, type TempSite } from './content-check-site.ts';
import {
  cameraJpeg,
  cameraWebp,
  damagedJpeg,
  heicPhoto,
  locatedJpeg,
  locatedPng,
  xmpLocatedJpeg,
} from '../support/photo-samples.ts';

const sites: TempSite[] = [];
afterEach(() => sites.splice(0).forEach((site) => site.remove()));

async function siteWith(photos: Record<string, Buffer>, cover?: string, body?: string) {
  const site = tempSite();
  sites.push(site);
  for (const [path, bytes] of Object.entries(photos)) {
    site.write(path, '');
    writeFileSync(join(site.root, path), bytes);
  }
  const image = cover && `\n  src: ${cover}\n  alt: 'A quiet treatment room'`;
  site.article('sleep.mdx', { ...goodFields(), image }, body);
  const { problems } = await checkContent({ root: site.root, today: TODAY });
  return problems.filter((problem) => problem.file !== 'src/config/site.ts');
}

const brief = ({ file, line, field, message, fix }: Problem) => ({
  file,
  line,
  field,
  message,
  fix,
});

describe('HEIC photos', () => {
  it('tells HEIC and HEIF from AVIF, JPEG and PNG by their first bytes', async () => {
    const avif = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } })
      .avif()
      .toBuffer();
    expect(isHeif(await heicPhoto(64))).toBe(true);
    expect(isHeif(Buffer.from('\0\0\0\x18ftypmif1\0\0\0\0mif1heic'))).toBe(true);
    expect(isHeif(Buffer.from('\0\0\0\x18ftypmif1\0\0\0\0mif1avif'))).toBe(false);
    expect(isHeif(avif)).toBe(false);
    expect(isHeif(await cameraJpeg(64))).toBe(false);
    expect(isHeif(await locatedPng(64))).toBe(false);
  });

  it('refuses a cover saved as .heic, on image.src, saying how to convert it', async () => {
    const problems = await siteWith({ 'content/blog/cover.heic': await heicPhoto(1600) }, './cover.heic');
    expect(problems.map(brief)).toEqual([
      {
        file: 'content/blog/sleep.mdx',
        line: 9,
        field: 'image.src',
        message: 'the cover image "./cover.heic" is an iPhone HEIC photo, which the site cannot read',
        fix: HEIC_FIX,
      },
    ]);
    expect(HEIC_FIX).toMatch(/Preview, choose File → Export and pick JPEG/);
    expect(HEIC_FIX).toMatch(/Settings → Camera → Formats → Most Compatible/);
  });

  it('refuses a HEIC photo renamed .jpg, as a cover and in the body, by its content', async () => {
    const heic = await heicPhoto(1600);
    const body = '\nA short article.<Cite id="pomeroy2017" />\n\n![A diary](./diary.jpg)\n';
    const problems = await siteWith(
      { 'content/blog/cover.jpg': heic, 'content/blog/diary.jpg': heic },
      './cover.jpg',
      body,
    );
    expect(problems.map(brief)).toEqual([
      expect.objectContaining({
        field: 'image.src',
        message:
          'the cover image "./cover.jpg" is an iPhone HEIC photo with a .jpg name, which the site cannot read',
        fix: HEIC_FIX,
      }),
      expect.objectContaining({
        line: 15,
        field: 'body',
        message:
          'the image "./diary.jpg" is an iPhone HEIC photo with a .jpg name, which the site cannot read',
      }),
    ]);
  });

  it('refuses a HEIC photo left in content/ that no article shows, on the file', async () => {
    const problems = await siteWith(
      {
        'content/blog/IMG_0042.HEIC': await heicPhoto(100),
        'content/blog/photos/team.jpeg': await heicPhoto(100),
      },
      undefined,
    );
    expect(problems.map(brief)).toEqual([
      {
        file: 'content/blog/IMG_0042.HEIC',
        line: 1,
        field: 'file',
        message: 'this is an iPhone HEIC photo, which the site cannot read',
        fix: HEIC_FIX,
      },
      {
        file: 'content/blog/photos/team.jpeg',
        line: 1,
        field: 'file',
        message: 'this is an iPhone HEIC photo, which the site cannot read',
        fix: HEIC_FIX,
      },
    ]);
  });
});

describe('damaged photos and other formats', () => {
  it('refuses a damaged JPEG, shown or not, and a format the build does not read', async () => {
    const problems = await siteWith(
      {
        'content/blog/cover.jpg': await damagedJpeg(1600),
        'content/blog/spare.jpg': await damagedJpeg(1600),
        'content/blog/scan.bmp': await cameraJpeg(1600),
      },
      './cover.jpg',
    );
    expect(problems.map(brief)).toEqual([
      expect.objectContaining({
        file: 'content/blog/sleep.mdx',
        field: 'image.src',
        message: 'the cover image "./cover.jpg" is not an image the site can read',
        fix: UNREADABLE_FIX,
      }),
      expect.objectContaining({ file: 'content/blog/scan.bmp', field: 'file', fix: UNREADABLE_FIX }),
      expect.objectContaining({
        file: 'content/blog/spare.jpg',
        field: 'file',
        message: 'this is not an image the site can read',
      }),
    ]);
  });

  it('accepts JPEG, PNG, WebP and AVIF covers', async () => {
    const picture = sharp({ create: { width: 1300, height: 650, channels: 3, background: '#8a9' } });
    for (const [name, bytes] of [
      ['a.jpg', await picture.clone().jpeg().toBuffer()],
      ['a.png', await picture.clone().png().toBuffer()],
      ['a.webp', await picture.clone().webp().toBuffer()],
      ['a.avif', await picture.clone().avif().toBuffer()],
    ] as const) {
      expect(await siteWith({ [`content/blog/${name}`]: bytes }, `./${name}`), name).toEqual([]);
    }
  });
});

describe('photos that record where they were taken', () => {
  it('finds a GPS location in EXIF, and nothing in camera EXIF without one', async () => {
    const exif = async (bytes: Promise<Buffer>) => (await sharp(await bytes).metadata()).exif!;
    expect(exifHasLocation(await exif(locatedJpeg(64)))).toBe(true);
    expect(exifHasLocation(await exif(locatedPng(64)))).toBe(true);
    expect(exifHasLocation(await exif(cameraJpeg(64)))).toBe(false);
    expect(exifHasLocation(Buffer.from('Exif\0\0nothing'))).toBe(false);
  });

  it('refuses a cover with a GPS location, on the photo file, saying how to remove it', async () => {
    const problems = await siteWith({ 'content/blog/cover.jpg': await locatedJpeg(1600) }, './cover.jpg');
    expect(problems.map(brief)).toEqual([
      {
        file: 'content/blog/cover.jpg',
        line: 1,
        field: 'file',
        message: 'the photo records the place where it was taken (GPS location)',
        fix: LOCATION_FIX,
      },
    ]);
    expect(LOCATION_FIX).toMatch(/Remove Location Info/);
  });

  it('refuses a located photo in public/ (published as it is) or unused in content/', async () => {
    const problems = await siteWith({
      'public/images/team.png': await locatedPng(900),
      'content/blog/spare-photo.jpg': await locatedJpeg(400),
    });
    expect(problems.map(({ file, field }) => ({ file, field }))).toEqual([
      { file: 'content/blog/spare-photo.jpg', field: 'file' },
      { file: 'public/images/team.png', field: 'file' },
    ]);
  });

  it('finds a location written only in XMP', async () => {
    const problems = await siteWith({ 'content/blog/cover.jpg': await xmpLocatedJpeg(1600) }, './cover.jpg');
    expect(problems.map(({ file, field, fix }) => ({ file, field, fix }))).toEqual([
      { file: 'content/blog/cover.jpg', field: 'file', fix: LOCATION_FIX },
    ]);
  });

  it('accepts photos with camera EXIF and XMP but no location: the build drops those', async () => {
    expect(await siteWith({ 'content/blog/cover.jpg': await cameraJpeg(1600) }, './cover.jpg')).toEqual([]);
    expect(await siteWith({ 'content/blog/cover.webp': await cameraWebp(1600) }, './cover.webp')).toEqual([]);
  });
});
