import type { APIRoute } from 'astro';
import { site } from '../../config/site';
import { securityTxt } from '../../lib/security-txt';

/** Written once per build: its Expires date counts from the day of the build (rebuild at least yearly). */
export const GET: APIRoute = () =>
  new Response(securityTxt(site, new Date()), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
