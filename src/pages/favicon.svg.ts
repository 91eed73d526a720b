import type { APIRoute } from 'astro';
import { brandMarkSvg } from '../lib/brand-mark';

export const GET: APIRoute = () =>
  new Response(brandMarkSvg(), { headers: { 'Content-Type': 'image/svg+xml' } });
