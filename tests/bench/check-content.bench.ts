/**
 * `npm run bench:content`: the content check over a generated site of 1,000 articles (about 1,500 words each,
 * with headings, internal and external links, two citations, a cover and two images in the body), in process
 * and through `node scripts/check-content.ts --root …` as `npm run check:content` runs it. Figures go in
 * BENCHMARKS.md.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import sharp from 'sharp';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { checkContent } from '../../src/build/content-check/index.ts';

const ARTICLES = Number(process.env['BENCH_ARTICLES'] ?? 1000);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 5);
const TODAY = '2026-11-25';
const root = mkdtempSync(join(tmpdir(), 'content-bench-'));
console.log(`generated site: ${root}`);
afterAll(() => {
  if (!process.env['BENCH_KEEP']) rmSync(root, { recursive: true, force: true });
});

const TAGS = ['migraine', 'ketamine-therapy', 'chronic-pain', 'depression', 'sleep', 'safety'];
const WORDS = (
  'ketamine migraine pain treatment patients doctor clinic infusion relief study research dose nurse ' +
  'headache sleep brain nerve week month daily weeks people many some most often care plan safe risk ' +
  'side effect blood pressure heart rest room chair talk family help reduce attack symptom light sound'
).split(' ');

/** A plain sentence of 8 to 16 words, deterministic for article `n`. */
function sentence(n: number, i: number): string {
  const length = 8 + ((n * 7 + i * 3) % 9);
  const words = Array.from({ length }, (_, k) => WORDS[(n * 31 + i * 17 + k * 13) % WORDS.length]!);
  return `${words[0]![0]!.toUpperCase()}${words.join(' ').slice(1)}.`;
}

/** Every 50th article is a draft; links go to the next published one. */
const isDraft = (n: number) => n % 50 === 0;
const nextPublished = (n: number) => {
  let next = (n % ARTICLES) + 1;
  while (isDraft(next)) next = (next % ARTICLES) + 1;
  return next;
};

function article(n: number): string {
  const lines = [
    '---',
    `title: 'Ketamine and migraine, question ${n}: what patients ask'`,
    `description: 'Plain answers to question ${n} that patients ask about ketamine for migraine: what helps, what to expect and when to call.'`,
    `published: 2025-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 28) + 1).padStart(2, '0')}`,
    'author: clinical-team',
    `tags: [${TAGS[n % TAGS.length]}, ${TAGS[(n + 1) % TAGS.length]}]`,
    'image:',
    `  src: ./article-${n}-cover.jpg`,
    '  alt: A quiet treatment room with a reclining chair',
    'sources: [pomeroy2017, schwenk2018]',
    ...(isDraft(n) ? ['draft: true'] : []),
    '---',
    '',
  ];
  let sentences = 0;
  for (let section = 1; section <= 6; section++) {
    lines.push(`## Section ${section} of question ${n}`, '');
    for (let sub = 1; sub <= 2; sub++) {
      lines.push(`### Part ${sub}`, '');
      for (let paragraph = 0; paragraph < 2; paragraph++) {
        const text = Array.from({ length: 5 }, () => sentence(n, sentences++));
        if (paragraph === 0 && sub === 1) {
          text.push(`Read [question ${nextPublished(n)}](/blog/article-${nextPublished(n)}/) next.`);
          text.push(
            `One review found the same <Cite id="pomeroy2017" />, and another <Cite id="schwenk2018" />.`,
          );
          text.push('See [the review](https://doi.org/10.1111/head.13013) for details.');
        }
        lines.push(text.join(' '), '');
      }
    }
    if (section === 2 || section === 5) {
      lines.push(`![A chart of pain scores over ${section} weeks](./article-${n}-${section}.jpg)`, '');
    }
  }
  return lines.join('\n');
}

beforeAll(async () => {
  cpSync('content/authors', join(root, 'content/authors'), { recursive: true });
  cpSync('content/references', join(root, 'content/references'), { recursive: true });
  cpSync('content/pages', join(root, 'content/pages'), { recursive: true });
  writeFileSync(
    join(root, 'content/tags.yaml'),
    TAGS.map((tag) => `${tag}:\n  name: ${tag.replace(/-/g, ' ')}\n`).join(''),
  );
  const blog = join(root, 'content/blog');
  mkdirSync(blog, { recursive: true });
  const jpeg = (width: number, file: string) =>
    sharp({ create: { width, height: Math.round((width * 9) / 16), channels: 3, background: '#7a8' } })
      .jpeg()
      .toFile(file);
  await jpeg(1600, join(root, 'cover.jpg'));
  await jpeg(1000, join(root, 'body.jpg'));
  for (let n = 1; n <= ARTICLES; n++) {
    writeFileSync(join(blog, `article-${n}.mdx`), article(n));
    copyFileSync(join(root, 'cover.jpg'), join(blog, `article-${n}-cover.jpg`));
    copyFileSync(join(root, 'body.jpg'), join(blog, `article-${n}-2.jpg`));
    copyFileSync(join(root, 'body.jpg'), join(blog, `article-${n}-5.jpg`));
  }
}, 600_000);

const median = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const summary = (wall: number[], cpu: number[]) =>
  `wall median ${seconds(median(wall))} (min ${seconds(Math.min(...wall))}), CPU median ${seconds(median(cpu))}`;
// Wall time on a shared machine depends on the other processes; CPU time (user + system) much less so.
const TIME = '/usr/bin/time';

it(`check:content over ${ARTICLES} generated articles`, async () => {
  const words = article(1).split(/\s+/).length;
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
