/**
 * Whether a photo says where it was taken: an EXIF GPS block with a latitude, or GPS fields in its XMP. A JPEG's
 * header segments are read directly (a few small reads; sharp's metadata() for 3,000 photos took 3 to 5 seconds
 * on a busy two-core machine); other formats, and a JPEG whose segments are not as expected, go to sharp. The
 * EXIF block is walked here (TIFF layout: byte order, IFD0, the GPS IFD pointer tag 0x8825).
 * sharp is imported statically: during `astro build` the check runs after Vite's module runner, which loaded the
 * config, has closed, so a dynamic import() fails there.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import sharp from 'sharp';

const GPS_IFD_POINTER = 0x8825;
const GPS_LATITUDE = 0x0002;

const XMP_HEADER = 'http://ns.adobe.com/xap/1.0/';
const xmpHasLocation = (xmp: Buffer) => /GPSLatitude/i.test(xmp.toString('latin1'));

export async function hasLocation(path: string): Promise<boolean> {
  const fromJpeg = jpegHasLocation(path);
  if (fromJpeg !== undefined) return fromJpeg;
  const { exif, xmp } = await sharp(path).metadata();
  return (exif !== undefined && exifHasLocation(exif)) || (xmp !== undefined && xmpHasLocation(xmp));
}

/** The JPEG's APP1 segments (EXIF and XMP) up to the image data; undefined when it is not a JPEG as expected. */
function jpegHasLocation(path: string): boolean | undefined {
  const file = openSync(path, 'r');
  const read = (at: number, length: number) => {
    const buffer = Buffer.alloc(length);
    return buffer.subarray(0, readSync(file, buffer, 0, length, at));
  };
  try {
    if (!read(0, 2).equals(Buffer.from([0xff, 0xd8]))) return undefined;
    for (let at = 2; ;) {
      const head = read(at, 4);
      if (head.length < 4 || head[0] !== 0xff) return undefined;
      const marker = head[1]!;
      if (marker === 0xff) {
        at += 1; // a fill byte
        continue;
      }
      if (marker === 0xda || marker === 0xd9) return false; // the image data: no metadata segment follows
      const length = head.readUInt16BE(2);
      if (length < 2) return undefined;
      if (marker === 0xe1) {
        const data = read(at + 4, length - 2);
        if (data.toString('latin1', 0, 6) === 'Exif\0\0' && exifHasLocation(data)) return true;
        if (data.toString('latin1', 0, XMP_HEADER.length) === XMP_HEADER && xmpHasLocation(data)) return true;
      }
      at += 2 + length;
    }
  } finally {
    closeSync(file);
  }
}

/** `exif` as sharp gives it: `Exif\0\0` then a TIFF block. */
export function exifHasLocation(exif: Buffer): boolean {
  const tiff = exif.toString('latin1', 0, 4) === 'Exif' ? exif.subarray(6) : exif;
  if (tiff.length < 8) return false;
  const order = tiff.toString('latin1', 0, 2);
  if (order !== 'II' && order !== 'MM') return false;
  const little = order === 'II';
  const u16 = (at: number) => (little ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at));
  const u32 = (at: number) => (little ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at));
  const entries = (ifd: number): { tag: number; value: number }[] => {
    if (ifd + 2 > tiff.length) return [];
    const count = u16(ifd);
    const found = [];
    for (let i = 0; i < count && ifd + 2 + i * 12 + 12 <= tiff.length; i++) {
      const at = ifd + 2 + i * 12;
      found.push({ tag: u16(at), value: u32(at + 8) });
    }
    return found;
  };
  const pointer = entries(u32(4)).find((entry) => entry.tag === GPS_IFD_POINTER);
  return pointer !== undefined && entries(pointer.value).some((entry) => entry.tag === GPS_LATITUDE);
}
