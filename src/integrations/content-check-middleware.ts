/** `astro dev` only (added by src/integrations/content-check.ts): while content errors remain, every page shows them. */
import { defineMiddleware } from 'astro:middleware';
import { contentErrorForOverlay } from './content-check-state';

export const onRequest = defineMiddleware((_context, next) => {
  const error = contentErrorForOverlay();
  if (error) throw error;
  return next();
});
