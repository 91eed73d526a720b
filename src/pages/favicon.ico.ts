import type { APIRoute } from 'astro';
import sharp from 'sharp';
import { brandMarkSvg } from '../lib/brand-mark';
import { icoFromPngs } from '../lib/icons';

export const GET: APIRoute = async () => {
  const images = await Promise.all(
    [16, 32, 48].map(async (size) => ({
      size,
      png: await sharp(Buffer.from(brandMarkSvg())).resize(size, size).png().toBuffer(),
    })),
  );
  return new Response(new Uint8Array(icoFromPngs(images)), { headers: { 'Content-Type': 'image/x-icon' } });
};
