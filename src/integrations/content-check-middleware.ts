/** `astro dev` only (added by src/integrations/content-check.ts): while content errors remain, every page shows them. */
import { defineMiddleware } from 'astro:middleware';
import { contentErrorForOverlay } from '../build/dev-content-errors';

/** /blog/x/, /404.html: pages. Not /rss.xml, /og/x.png, /favicon.ico (request headers are not available here). */
const isPage = (pathname: string) => pathname.endsWith('/') || /\.html$|\/[^./]+$/.test(pathname);

export const onRequest = defineMiddleware(({ url }, next) => {
  // Pages only: images, feeds and share cards keep working, and the terminal shows the error once per page.
  const error = isPage(url.pathname) ? contentErrorForOverlay() : undefined;
  if (error) throw error;
  return next();
});
