/**
 * Whether a photo says where it was taken: an EXIF GPS block with a latitude, or GPS fields in its XMP. Read with
 * sharp's metadata(), which reads the file's header only; the EXIF block is walked here (TIFF layout: byte order,
 * IFD0, the GPS IFD pointer tag 0x8825).
 * sharp is imported statically: during \`astro build\` the check runs after Vite's module runner, which loaded the
 * config, has closed, so a dynamic import() fails there.
 */
import sharp from 'sharp';

const GPS_IFD_POINTER = 0x8825;
const GPS_LATITUDE = 0x0002;

export async function hasLocation(path: string): Promise<boolean> {
  const { exif, xmp } = await sharp(path).metadata();
  return (
    (exif !== undefined && exifHasLocation(exif)) ||
    (xmp !== undefined && /GPSLatitude/i.test(xmp.toString('latin1')))
  );
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
