import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import mark from '../assets/mark.svg?raw';
import { PNG_ICONS } from '../lib/icons';

export const getStaticPaths = (() =>
  Object.entries(PNG_ICONS).map(([icon, size]) => ({
    params: { icon },
    props: { size },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ size: number }> = async ({ props }) => {
  const png = await sharp(Buffer.from(mark)).resize(props.size, props.size).png().toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
