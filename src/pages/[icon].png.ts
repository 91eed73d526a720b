import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import { brandMarkSvg } from '../lib/brand-mark';
import { PNG_ICONS } from '../lib/icons';

export const getStaticPaths = (() =>
  Object.entries(PNG_ICONS).map(([icon, size]) => ({
    params: { icon },
    props: { size },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ size: number }> = async ({ props }) => {
  const png = await sharp(Buffer.from(brandMarkSvg())).resize(props.size, props.size).png().toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
