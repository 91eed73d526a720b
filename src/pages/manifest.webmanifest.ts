import type { APIRoute } from 'astro';
import { site } from '../config/site';
import { themeColors } from '../lib/palette';

export const GET: APIRoute = () =>
  Response.json({
    name: site.name,
    short_name: site.shortName,
    description: site.description,
    start_url: '/',
    display: 'browser',
    background_color: themeColors().light,
    theme_color: themeColors().light,
    icons: [
      { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  });
