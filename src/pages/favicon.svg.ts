import type { APIRoute } from 'astro';
import mark from '../assets/mark.svg?raw';

export const GET: APIRoute = () => new Response(mark, { headers: { 'Content-Type': 'image/svg+xml' } });
