import { defineConfig } from 'vitest/config';

// `npm test` builds the live site (dist/) and the fixture site (tests/fixtures/site/, see
// scripts/build-fixture-site.ts) once, then runs every project: unit (pure code), site (the builds read with
// real parsers), build (temporary copies of the site with bad content), browser (Chromium over the builds),
// components (single Astro components rendered without a build), server (nginx with deploy/nginx.conf).
export default defineConfig({
  test: {
    // Vitest blanks CSS imports; src/lib/palette.ts reads the design tokens as text (`tokens.css?raw`).
    css: { include: [/\/src\/styles\/tokens\.css/] },
    // expect.poll waits for the browser (Pagefind's first search, a speech stub's next utterance): a second,
    // Vitest's default, is too short on a busy 2-core machine; a real failure still fails, 15 s later.
    expect: { poll: { timeout: 15_000 } },
    // `npm run test:unit -- --coverage`: the pure library must stay covered; I/O lives in src/build and
    // src/integrations and is covered by the builds the site tests read.
    coverage: { provider: 'v8', include: ['src/lib/**'], thresholds: { lines: 90 } },
    projects: [
      // Unit tests run in New Jersey's zone, so a date that shifts with the machine's zone is caught.
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], env: { TZ: 'America/New_York' } },
      },
      // Astro components rendered with Astro's container API: compiled by Astro's own Vite setup.
      'tests/components/vitest.config.ts',
      { extends: true, test: { name: 'site', include: ['tests/site/**/*.test.ts'] } },
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 240_000 } },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      // Debian's nginx serving deploy/nginx.conf, driven by Chromium and scanned by Mozilla's HTTP Observatory.
      {
        extends: true,
        test: {
          name: 'server',
          include: ['tests/server/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
