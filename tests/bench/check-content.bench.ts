/**
 * `npm run bench:content`: the content check over a generated site of 1,000 articles
 * (scripts/lib/generated-articles.ts), in process
 * and through `node scripts/check-content.ts --root …` as `npm run check:content` runs it. Figures go in
 * BENCHMARKS.md.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { generatedArticle, writeGeneratedContent } from '../../scripts/lib/generated-articles.ts';
import { checkContent } from '../../src/build/content-check/index.ts';

const ARTICLES = Number(process.env['BENCH_ARTICLES'] ?? 1000);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 5);
const TODAY = '2026-11-25';
const root = mkdtempSync(join(tmpdir(), 'content-bench-'));
console.log(`generated site: ${root}`);
afterAll(() => {
  if (!process.env['BENCH_KEEP']) rmSync(root, { recursive: true, force: true });
});

beforeAll(() => writeGeneratedContent(root, ARTICLES), 600_000);

const median = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const summary = (wall: number[], cpu: number[]) =>
  `wall median ${seconds(median(wall))} (min ${seconds(Math.min(...wall))}), CPU median ${seconds(median(cpu))}`;
// Wall time on a shared machine depends on the other processes; CPU time (user + system) much less so.
const TIME = '/usr/bin/time';

it(`check:content over ${ARTICLES} generated articles`, async () => {
  const words = generatedArticle(1, ARTICLES).split(/\s+/).length;
  const wall: number[] = [];
  const cpu: number[] = [];
  let report = await checkContent({ root, today: TODAY }); // warm-up: module loading, not counted
  for (let round = 0; round < ROUNDS; round++) {
    const startCpu = process.cpuUsage();
    const start = performance.now();
    report = await checkContent({ root, today: TODAY });
    wall.push(performance.now() - start);
    const used = process.cpuUsage(startCpu);
    cpu.push((used.user + used.system) / 1000);
  }
  const cliWall: number[] = [];
  const cliCpu: number[] = [];
  let output = '';
  const command = [process.execPath, 'scripts/check-content.ts', '--root', root];
  const timed = existsSync(TIME);
  for (let round = 0; round < ROUNDS; round++) {
    const start = performance.now();
    const run = timed
      ? spawnSync(TIME, ['-f', 'cpu %U %S', ...command], { encoding: 'utf8' })
      : spawnSync(command[0]!, command.slice(1), { encoding: 'utf8' });
    cliWall.push(performance.now() - start);
    const times = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(run.stderr);
    if (times) cliCpu.push((Number(times[1]) + Number(times[2])) * 1000);
    output = run.stdout.trim().split('\n').at(-1) ?? run.stderr;
  }
  const errors = report.problems.filter((problem) => problem.severity === 'error');
  expect(report.articles).toHaveLength(ARTICLES);
  expect(errors, errors[0]?.message).toEqual([]);
  console.log(
    [
      `content check, ${ARTICLES} articles of about ${words} words, ${ARTICLES * 3} images, ${ROUNDS} rounds (node ${process.version}, load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores)`,
      `  in process, checkContent()              : ${summary(wall, cpu)}`,
      `  end to end, node scripts/check-content.ts: ${cliCpu.length ? summary(cliWall, cliCpu) : `wall median ${seconds(median(cliWall))}`}`,
      `  last line: ${output}`,
      `  errors: ${errors.length}${errors.length ? ` (first: ${errors[0]!.file}: ${errors[0]!.message})` : ''}`,
    ].join('\n'),
  );
});
