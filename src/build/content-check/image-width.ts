/**
 * The displayed width of an image, read from its header with `image-size` (synchronous reads of the file's
 * start: on a site of 1,000 articles, sharp.metadata() for 3,000 images took over a second, these reads a few
 * milliseconds). A header it cannot read, or an EXIF-rotated WebP it does not turn, goes to sharp. A HEIC photo
 * is found by its first bytes (photo-format.ts), before either. sharp is imported statically: in `astro build` a
 * dynamic import() fails once Vite's config loader has closed, and every image sent to sharp read as unreadable.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { imageSize } from 'image-size';
import sharp from 'sharp';
import { isHeif } from './photo-format.ts';

/** `heic`: an iPhone HEIC/HEIF photo, whatever its name; image-size reads its width but the build cannot. */
export type ImageWidth = { width: number } | 'vector' | 'missing' | 'unreadable' | 'heic';

/** Enough for the header of nearly every photo; a JPEG with a large EXIF preview is read whole. */
const HEAD_BYTES = 64 * 1024;

export async function imageWidth(path: string): Promise<ImageWidth> {
  let file: number;
  try {
    file = openSync(path, 'r');
  } catch {
    return 'missing';
  }
  try {
    const head = readStart(file);
    if (isHeif(head)) return 'heic';
    return headerWidth(head) ?? (await sharpWidth(path));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EISDIR') return 'missing';
    return sharpWidth(path);
  } finally {
    closeSync(file);
  }
}

function readStart(file: number): Buffer {
  const buffer = Buffer.allocUnsafe(HEAD_BYTES);
  return buffer.subarray(0, readSync(file, buffer, 0, HEAD_BYTES, 0));
}

/** EXIF orientations 5 to 8 turn the picture a quarter: its displayed width is the stored height. */
function headerWidth(head: Buffer): ImageWidth | undefined {
  const size = imageSize(head);
  if (size.type === 'svg') return 'vector';
  // image-size reads the orientation of JPEGs only; sharp reads that of other formats.
  if (size.type !== 'jpg' && hasExif(head, size.type)) return undefined;
  const turned = size.orientation !== undefined && size.orientation >= 5 && size.orientation <= 8;
  return { width: turned ? size.height : size.width };
}

/** An extended WebP's flags say whether it carries EXIF data (and so perhaps a rotation). */
function hasExif(head: Buffer, type: string | undefined): boolean {
  return type === 'webp' && head.toString('latin1', 12, 16) === 'VP8X' && (head[20]! & 0x08) !== 0;
}

async function sharpWidth(path: string): Promise<ImageWidth> {
  try {
    const metadata = await sharp(path).metadata();
    if (metadata.format === 'svg') return 'vector';
    const width = metadata.autoOrient?.width ?? metadata.width;
    return typeof width === 'number' ? { width } : 'unreadable';
  } catch {
    return 'unreadable';
  }
}
