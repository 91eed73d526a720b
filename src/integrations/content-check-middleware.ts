/** `astro dev` only (added by src/integrations/content-check.ts): while content errors remain, every page shows them. */
import { defineMiddleware } from 'astro:middleware';
import { contentErrorForOverlay } from '../build/dev-content-errors';

export const onRequest = defineMiddleware(({ request }, next) => {
  // Pages only: images, feeds and share cards keep working, and the terminal shows the error once per page.
  const error = request.headers.get('accept')?.includes('text/html') ? contentErrorForOverlay() : undefined;
  if (error) throw error;
  return next();
});
