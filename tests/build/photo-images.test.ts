/**
 * Photos, built: a copy of the site whose articles show an iPhone HEIC photo renamed .jpg, a .heic photo, a
 * damaged JPEG and a photo that records where it was taken fails to build, naming each file and field with how to
 * fix it, and leaves no dist/. With those removed, the same copy builds; its photos (a WebP cover and a JPEG in
 * the body), which carry camera EXIF and XMP (maker, model, author, date), are published without any of it.
 */
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copySite, type SiteCopy } from '../../scripts/lib/site-copy.ts';
import { filesUnder } from '../../src/build/files';
import { cameraJpeg, cameraWebp, damagedJpeg, heicPhoto, locatedJpeg } from '../support/photo-samples.ts';

const article = (title: string, cover?: string) => ({
  title,
  description: `A test article (${title}) with a photo, to show what the build does with the photo.`,
  published: '2026-01-15',
  tags: ['testing'],
  ...(cover && { image: { src: cover, alt: 'A quiet treatment room' } }),
});

let copy: SiteCopy;
let failed: { ok: boolean; output: string };
const badFiles: string[] = [];

beforeAll(async () => {
  copy = copySite({ posts: ['minimal-article.mdx'] });
  const blog = join(copy.dir, 'content', 'blog');
  const photo = (name: string, bytes: Buffer) => writeFileSync(join(blog, name), bytes);
  photo('renamed-heic.jpg', await heicPhoto(1600));
  photo('iphone.heic', await heicPhoto(1600));
  photo('damaged.jpg', await damagedJpeg(1600));
  photo('located.jpg', await locatedJpeg(1600));
  copy.writePost('heic-cover.mdx', article('A HEIC cover', './renamed-heic.jpg'));
  copy.writePost('heic-in-body.mdx', article('A HEIC in the body'), '![A quiet room](./iphone.heic)');
  copy.writePost('damaged-cover.mdx', article('A damaged cover', './damaged.jpg'));
  copy.writePost('located-cover.mdx', article('A located cover', './located.jpg'));
  for (const name of ['renamed-heic.jpg', 'iphone.heic', 'damaged.jpg', 'located.jpg']) {
    badFiles.push(`content/blog/${name}`);
  }
  for (const name of ['heic-cover', 'heic-in-body', 'damaged-cover', 'located-cover']) {
    badFiles.push(`content/blog/${name}.mdx`);
  }
  failed = copy.build();
}, 240_000);

afterAll(() => copy.remove());

const line = (where: string, field: string, message: string) =>
  new RegExp(`^(?:.*\\] )?content/blog/${where}:\\d+:\\d+ — ${field}: ${message}`, 'm');

describe('a site whose articles show photos the build must refuse', () => {
  it('fails, with no stack trace and no dist/', () => {
    expect(failed.ok, failed.output).toBe(false);
    expect(failed.output).not.toMatch(/Stack trace|^\s+at .+:\d+:\d+\)?$/m);
    expect(existsSync(join(copy.dir, 'dist'))).toBe(false);
  });

  it.each([
    [
      'a HEIC renamed .jpg',
      'heic-cover.mdx',
      'image\\.src',
      'the cover image "\\./renamed-heic\\.jpg" is an iPhone HEIC photo',
    ],
    ['a .heic file', 'heic-in-body.mdx', 'body', 'the image "\\./iphone\\.heic" is an iPhone HEIC photo'],
    [
      'a damaged JPEG',
      'damaged-cover.mdx',
      'image\\.src',
      'the cover image "\\./damaged\\.jpg" is not an image the site can read',
    ],
    ['a located photo', 'located\\.jpg', 'file', 'the photo records the place where it was taken'],
  ])('names %s, its file and field, with how to fix it', (_case, where, field, message) => {
    expect(failed.output).toMatch(line(where.replace(/(?<!\\)\./g, '\\.'), field, message));
  });

  it('says how to convert a HEIC photo and how to remove a location', () => {
    expect(failed.output).toContain('File → Export and pick JPEG');
    expect(failed.output).toContain('Remove Location Info');
  });

  it('reports nothing else', () => {
    expect(failed.output).toMatch(/\b4 errors in 4 files\./);
  });
});

describe('the same site with those photos removed, and a cover with camera metadata', () => {
  let built: { ok: boolean; output: string };
  beforeAll(async () => {
    for (const file of badFiles) rmSync(join(copy.dir, file), { force: true });
    writeFileSync(join(copy.dir, 'content', 'blog', 'camera-cover.webp'), await cameraWebp(1600));
    writeFileSync(join(copy.dir, 'content', 'blog', 'camera-photo.jpg'), await cameraJpeg(1600));
    copy.writePost(
      'camera-cover.mdx',
      article('A camera cover', './camera-cover.webp'),
      '![A quiet room](./camera-photo.jpg)',
    );
    built = copy.build();
  }, 240_000);

  it('builds', () => {
    expect(built.ok, built.output).toBe(true);
    expect(existsSync(join(copy.dir, 'dist', 'blog', 'camera-cover', 'index.html'))).toBe(true);
  });

  it('publishes both photos re-encoded, and no image with EXIF, XMP or IPTC', async () => {
    const dist = join(copy.dir, 'dist');
    const images = filesUnder(dist).filter((file) => /\.(jpe?g|png|webp|avif|gif|tiff?)$/i.test(file));
    for (const photo of ['camera-cover', 'camera-photo']) {
      const published = images.filter((file) => new RegExp(`/${photo}\\.[^/]+$`).test(file));
      expect(published.length, photo).toBeGreaterThan(0);
    }
    const withMetadata = [];
    for (const file of images) {
      const { exif, xmp, iptc } = await sharp(file).metadata();
      if (exif || xmp || iptc) withMetadata.push(relative(dist, file));
    }
    expect(withMetadata).toEqual([]);
  });
});
