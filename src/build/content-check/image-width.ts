/**
 * The displayed width of an image, read from its header. JPEG, PNG, WebP and GIF headers are read directly,
 * with a few small synchronous reads; anything else, and any header this code does not recognise, is left to
 * sharp. On a site of 1,000 articles (3,000 images) sharp.metadata() for every file, or asynchronous reads
 * (five thread-pool round trips per file), took 1.3 s or more; these reads take a few milliseconds.
 */
import { closeSync, openSync, readSync } from 'node:fs';

export type ImageWidth = { width: number } | 'vector' | 'missing' | 'unreadable';

const FIRST_READ = 16 * 1024;

export async function imageWidth(path: string): Promise<ImageWidth> {
  let file: number;
  try {
    file = openSync(path, 'r');
  } catch {
    return 'missing';
  }
  let width: ImageWidth | undefined;
  try {
    width = headerWidth(reader(file));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EISDIR') return 'missing';
  } finally {
    closeSync(file);
  }
  return width ?? sharpWidth(path);
}

async function sharpWidth(path: string): Promise<ImageWidth> {
  try {
    const { default: sharp } = await import('sharp');
    const metadata = await sharp(path).metadata();
    if (metadata.format === 'svg') return 'vector';
    const width = metadata.autoOrient?.width ?? metadata.width;
    return typeof width === 'number' ? { width } : 'unreadable';
  } catch {
    return 'unreadable';
  }
}

type Read = (position: number, length: number) => Buffer;

/** Reads bytes at any position, keeping the first 16 KB (where most headers end) in memory. */
function reader(file: number): Read {
  const head = readAt(file, 0, FIRST_READ);
  return (position, length) =>
    position + length <= head.length
      ? head.subarray(position, position + length)
      : readAt(file, position, length);
}

function readAt(file: number, position: number, length: number): Buffer {
  const buffer = Buffer.allocUnsafe(length);
  return buffer.subarray(0, readSync(file, buffer, 0, length, position));
}

/** The width, or undefined when the header is not one read here (sharp then decides). */
function headerWidth(read: Read): ImageWidth | undefined {
  const start = read(0, 32);
  if (start.length < 24) return undefined;
  if (start.readUInt32BE(0) === 0x89504e47 && start.toString('latin1', 12, 16) === 'IHDR') {
    return { width: start.readUInt32BE(16) };
  }
  if (start.toString('latin1', 0, 4) === 'GIF8') return { width: start.readUInt16LE(6) };
  if (start.toString('latin1', 0, 4) === 'RIFF' && start.toString('latin1', 8, 12) === 'WEBP') {
    return webpWidth(start);
  }
  if (start[0] === 0xff && start[1] === 0xd8) return jpegWidth(read);
  return undefined;
}

function webpWidth(head: Buffer): ImageWidth | undefined {
  const chunk = head.toString('latin1', 12, 16);
  if (chunk === 'VP8 ') return { width: head.readUInt16LE(26) & 0x3fff };
  if (chunk === 'VP8L') return { width: 1 + (((head[22]! & 0x3f) << 8) | head[21]!) };
  // An extended WebP with EXIF data may be rotated: sharp reads its orientation.
  if (chunk === 'VP8X' && !(head[20]! & 0x08)) return { width: 1 + head.readUIntLE(24, 3) };
  return undefined;
}

const SOF = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

/** Walks the JPEG segments to the frame header; an EXIF orientation of 5 to 8 turns the image a quarter. */
function jpegWidth(read: Read): ImageWidth | undefined {
  let position = 2;
  let quarterTurn = false;
  for (let segments = 0; segments < 256; segments++) {
    const marker = read(position, 4);
    if (marker.length < 4 || marker[0] !== 0xff) return undefined;
    const type = marker[1]!;
    if (type === 0xff) {
      position += 1; // fill byte
      continue;
    }
    if (type === 0xd8 || type === 0x01 || (type >= 0xd0 && type <= 0xd7)) {
      position += 2;
      continue;
    }
    const length = marker.readUInt16BE(2);
    if (type === 0xe1) {
      const orientation = exifOrientation(read(position + 4, length - 2));
      if (orientation === undefined) return undefined;
      quarterTurn = orientation >= 5 && orientation <= 8;
    }
    if (SOF.has(type)) {
      const frame = read(position + 4, 5);
      if (frame.length < 5) return undefined;
      return { width: quarterTurn ? frame.readUInt16BE(1) : frame.readUInt16BE(3) };
    }
    if (type === 0xd9 || type === 0xda) return undefined;
    position += 2 + length;
  }
  return undefined;
}

/** The EXIF orientation (1 when absent), or undefined when the EXIF block cannot be read. */
function exifOrientation(app1: Buffer): number | undefined {
  if (app1.toString('latin1', 0, 6) !== 'Exif\0\0') return 1; // XMP or another APP1 block
  const tiff = app1.subarray(6);
  if (tiff.length < 8) return undefined;
  const order = tiff.toString('latin1', 0, 2);
  if (order !== 'II' && order !== 'MM') return undefined;
  const little = order === 'II';
  const u16 = (at: number) => (little ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at));
  const u32 = (at: number) => (little ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at));
  const ifd = u32(4);
  if (ifd + 2 > tiff.length) return undefined;
  const entries = u16(ifd);
  for (let i = 0; i < entries; i++) {
    const entry = ifd + 2 + i * 12;
    if (entry + 12 > tiff.length) return undefined;
    if (u16(entry) === 0x0112) return u16(entry + 8);
  }
  return 1;
}
