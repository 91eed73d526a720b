import { defineConfig } from 'vitest/config';

// `npm run bench`: timings for BENCHMARKS.md, printed, never asserted. Kept out of `npm test`: shared
// machines make timings noisy. (Vitest 5 has no bench() API, so each benchmark is a timed test body.)
export default defineConfig({
  test: {
    include: ['tests/bench/**/*.bench.ts'],
    testTimeout: 600_000,
    reporters: ['verbose'],
    // As in vitest.config.ts: the share-image palette reads the design tokens as text.
    css: { include: [/\/src\/styles\/tokens\.css/] },
  },
});
