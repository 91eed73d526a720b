import { getViteConfig } from 'astro/config';

// The `components` project of vitest.config.ts: Astro's own Vite setup compiles the .astro files the tests render.
export default getViteConfig({
  test: {
    name: 'components',
    root: new URL('../../', import.meta.url).pathname,
    include: ['tests/components/**/*.test.ts'],
  },
});
