/** Share-image step: a 1200×630 card rendered from scratch (satori + sharp), and served from the cache. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, expect, it } from 'vitest';
import { shareImagePng, shareImageStats } from '../../src/build/share-image-cache';

const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 30);
const cache = mkdtempSync(join(tmpdir(), 'share-bench-'));
process.env['SHARE_IMAGE_CACHE'] = cache;
afterAll(() => rmSync(cache, { recursive: true, force: true }));

const card = (title: string) => ({
  title,
  siteName: 'Ketamine NJ',
  tagline: 'Embrace Relief and Renewal',
  width: 1200,
  height: 630,
});
const titles = Array.from(
  { length: ROUNDS },
  (_, i) => `Ketamine Migraine Treatment: A Breakthrough in Lasting Migraine Relief (${i + 1})`,
);

async function perImage(run: (title: string) => Promise<unknown>): Promise<{ median: number; mean: number }> {
  const times: number[] = [];
  for (const title of titles) {
    const start = performance.now();
    await run(title);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return {
    median: times[Math.floor(times.length / 2)]!,
    mean: times.reduce((a, b) => a + b, 0) / times.length,
  };
}

it(`share images: ${ROUNDS} cards cold, then the same ${ROUNDS} from the cache`, async () => {
  await shareImagePng(card('warm-up: fonts load once per build')); // not counted
  const cold = await perImage((title) => shareImagePng(card(title)));
  const cached = await perImage((title) => shareImagePng(card(title)));
  expect(shareImageStats.rendered).toBe(ROUNDS + 1);
  expect(shareImageStats.cached).toBe(ROUNDS);
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  console.log(
    [
      `share image 1200×630, ${ROUNDS} rounds (node ${process.version})`,
      `  cold   (render + store): median ${ms(cold.median)}, mean ${ms(cold.mean)} per image`,
      `  cached (read)          : median ${ms(cached.median)}, mean ${ms(cached.mean)} per image`,
    ].join('\n'),
  );
});
