/**
 * Photo formats the build cannot read. iPhones save photos as HEIC (HEIF with HEVC), which sharp's build does not
 * decode; such a photo is often renamed or exported with a `.jpg` name, so it is found by its first bytes too:
 * an ISO media file (`ftyp` at byte 4) whose brands name HEIC/HEIF rather than AVIF (which the build reads).
 */
import { extname } from 'node:path';

/** Extensions Astro's image pipeline accepts (astro/dist/assets/consts.js, VALID_INPUT_FORMATS). */
const READABLE_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.apng', '.webp', '.avif', '.gif', '.tiff', '.svg'];
/** What an editor is likely to save: everything the site reads, and the phone and camera formats it does not. */
const PHOTO_EXTENSIONS = [...READABLE_EXTENSIONS, '.tif', '.heic', '.heif', '.hif', '.bmp', '.dng'];

const HEIF_EXTENSIONS = ['.heic', '.heif', '.hif'];
const HEIF_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'hevm', 'hevs', 'mif1', 'msf1']);
const AVIF_BRANDS = new Set(['avif', 'avis']);

export const HEIC_FIX =
  'convert it to JPEG and use that file: on a Mac, open it in Preview, choose File → Export and pick JPEG; ' +
  'on an iPhone, email the photo to yourself from Photos (Mail sends it as JPEG), and set Settings → Camera → ' +
  'Formats → Most Compatible so new photos are saved as JPEG';

export const UNREADABLE_FIX =
  'open it in an image editor (on a Mac, Preview) and save or export it again as JPEG, PNG or WebP';

export const isPhotoFile = (name: string) => PHOTO_EXTENSIONS.includes(extname(name).toLowerCase());
export const hasReadableExtension = (name: string) =>
  READABLE_EXTENSIONS.includes(extname(name).toLowerCase());
export const hasHeifExtension = (name: string) => HEIF_EXTENSIONS.includes(extname(name).toLowerCase());

/** Whether the file's first bytes are those of a HEIC/HEIF photo (and not an AVIF one). */
export function isHeif(head: Buffer): boolean {
  if (head.length < 16 || head.toString('latin1', 4, 8) !== 'ftyp') return false;
  const boxSize = Math.min(head.readUInt32BE(0), head.length);
  const brands = [head.toString('latin1', 8, 12)];
  for (let at = 16; at + 4 <= boxSize; at += 4) brands.push(head.toString('latin1', at, at + 4));
  if (brands.some((brand) => AVIF_BRANDS.has(brand))) return false;
  return brands.some((brand) => HEIF_BRANDS.has(brand));
}
