/**
 * Photos as editors' phones and cameras make them, for the photo tests (content check and build): one that
 * records where it was taken (EXIF GPS), one with camera EXIF and XMP but no location, an iPhone HEIC (sharp
 * cannot write HEVC: an AVIF whose brands are rewritten to HEIC's, so only its first bytes say what it is, as
 * with a real one), and a JPEG whose header is damaged.
 */
import sharp from 'sharp';

const picture = (width: number) =>
  sharp({ create: { width, height: Math.round(width / 2), channels: 3, background: '#8a9' } });

const GPS = {
  GPSLatitudeRef: 'N',
  GPSLatitude: '40/1 44/1 5400/100',
  GPSLongitudeRef: 'W',
  GPSLongitude: '74/1 0/1 2160/100',
};
const CAMERA = { Make: 'Apple', Model: 'iPhone 15', Artist: 'Dr Real', DateTime: '2026:11:20 09:14:00' };
const XMP =
  '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
  '<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" dc:creator="Dr Real"/></rdf:RDF></x:xmpmeta>';

/** A JPEG with camera EXIF and a GPS location (40.75 N, 74.006 W). */
export const locatedJpeg = (width: number) =>
  picture(width).jpeg().withExif({ IFD0: CAMERA, IFD3: GPS }).toBuffer();

/** A PNG with a GPS location in its eXIf chunk. */
export const locatedPng = (width: number) =>
  picture(width).png().withExif({ IFD0: CAMERA, IFD3: GPS }).toBuffer();

/** A JPEG whose location is written only in its XMP (as some photo editors save it). */
export const xmpLocatedJpeg = (width: number) =>
  picture(width)
    .jpeg()
    .withXmp(
      XMP.replace(
        'dc:creator="Dr Real"',
        'dc:creator="Dr Real" xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="40,44.9N"',
      ),
    )
    .toBuffer();

/** A WebP with camera EXIF and XMP, but no location (its EXIF is at the end of the file). */
export const cameraWebp = (width: number) =>
  picture(width).webp().withExif({ IFD0: CAMERA }).withXmp(XMP).toBuffer();

/** A JPEG with camera EXIF (make, model, author, date) and XMP, but no location. */
export const cameraJpeg = (width: number) =>
  picture(width).jpeg().withExif({ IFD0: CAMERA }).withXmp(XMP).toBuffer();

/** The bytes of an iPhone HEIC photo's start: `ftypheic`, then `mif1` and `heic` as compatible brands. */
export async function heicPhoto(width: number): Promise<Buffer> {
  const bytes = Buffer.from(await picture(width).avif().toBuffer());
  const end = bytes.readUInt32BE(0);
  for (let at = 8; at + 4 <= end; at += 4) {
    if (bytes.toString('latin1', at, at + 4) === 'avif') bytes.write('heic', at, 'latin1');
  }
  return bytes;
}

/** A JPEG whose header was overwritten (a broken download or copy): no program can read it. */
export async function damagedJpeg(width: number): Promise<Buffer> {
  const bytes = Buffer.from(await picture(width).jpeg().toBuffer());
  bytes.fill(0x5a, 2, 400);
  return bytes;
}
