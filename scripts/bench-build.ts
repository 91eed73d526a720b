/**
 * `npm run bench:build`: the whole production build of a copy of the project with 1,000 and then 2,000
 * generated articles (scripts/lib/generated-articles.ts): for each, a cold `npm run build` (no Astro cache folder,
 * no dist/), a second build with the cache of the first and nothing changed (the daily rebuild on a day with
 * nothing to publish), and a third after one article's text was edited (an editor's correction). Prints wall
 * time, CPU time (user + system of the whole process tree, which depends much less than wall time on other jobs
 * sharing the machine), peak memory (the summed resident memory of the build's process tree, sampled every
 * 100 ms, since Pagefind runs as a separate binary), and the time of the share images, the optimised images and
 * the search index, read from the build's log. Figures go in BENCHMARKS.md. BENCH_ARTICLES=500,1000 chooses the
 * sizes; BENCH_KEEP=1 keeps the copy.
 */
import { spawn } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { writeGeneratedContent } from './lib/generated-articles.ts';
import { ROOT } from './lib/paths.ts';
import { linkPackages } from './lib/site-copy.ts';

const SIZES = (process.env['BENCH_ARTICLES'] ?? '1000,2000').split(',').map(Number);
const SKIP = new Set(['node_modules', 'dist', '.astro', '.git', 'content', 'tests', 'scripts', 'coverage']);
const TIME = '/usr/bin/time';

/** A copy of the project whose node_modules links every package of the real one, but none of its caches. */
function copyProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'build-bench-'));
  for (const name of readdirSync(ROOT)) {
    if (!SKIP.has(name)) cpSync(join(ROOT, name), join(root, name), { recursive: true });
  }
  linkPackages(root);
  return root;
}

/** `pid` and its descendants, from the kernel's list of each thread's children. */
function processTree(pid: number): number[] {
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) {
    try {
      for (const thread of readdirSync(`/proc/${tree[i]}/task`)) {
        const children = readFileSync(`/proc/${tree[i]}/task/${thread}/children`, 'utf8').trim();
        if (children) tree.push(...children.split(' ').map(Number));
      }
    } catch {
      // the process ended while being read
    }
  }
  return tree;
}

/** Resident memory (bytes) of `pid` and all its descendants. */
function treeRss(pid: number): number {
  let bytes = 0;
  for (const member of processTree(pid)) {
    try {
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${member}/status`, 'utf8'));
      if (rss) bytes += Number(rss[1]) * 1024;
    } catch {
      // ended
    }
  }
  return bytes;
}

interface BuildFigures {
  wall: number;
  cpu: number;
  peakTree: number;
  peakProcess: number;
  routes: number;
  shareImages: number;
  shareImageCount: number;
  images: number;
  searchIndex: number;
  pages: number;
  load: number;
}

/** Astro's "Completed in 312ms.", "44.21s." or "1m 44s." after the line `heading`. */
function phaseSeconds(log: string, heading: string): number {
  const after = log.slice(log.indexOf(heading));
  const match = /Completed in (?:(\d+)m )?([\d.]+)(m?s)\./.exec(after);
  if (log.indexOf(heading) === -1 || !match) return NaN;
  return Number(match[1] ?? 0) * 60 + Number(match[2]) * (match[3] === 'ms' ? 0.001 : 1);
}

const clock = (time: string) => time.split(':').reduce((seconds, part) => seconds * 60 + Number(part), 0);

async function build(root: string, log: string): Promise<BuildFigures> {
  const load = loadavg()[0]!;
  // `npm run build`, as every host runs it: the script also sets the build's memory allocator options.
  const npm = process.env['npm_execpath'];
  const npmRunBuild = npm ? [process.execPath, npm, 'run', 'build'] : ['npm', 'run', 'build'];
  const [command, ...args] = existsSync(TIME)
    ? [TIME, '-f', 'TIME %e %U %S %M', ...npmRunBuild]
    : npmRunBuild;
  const start = performance.now();
  const child = spawn(command!, args, {
    cwd: root,
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let peakTree = 0;
  const sampler = setInterval(() => (peakTree = Math.max(peakTree, treeRss(child.pid!))), 100);
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(sampler);
  const wall = (performance.now() - start) / 1000;
  if (status !== 0) throw new Error(`the build failed:\n${output.slice(-4000)}`);
  const time = /TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)\s*$/.exec(output);
  writeFileSync(log, output);
  // Astro logs each page as it is written, "18:51:23   ├─ /og/blog/x.png (+25ms)", in the order of the routes,
  // so the share images are one run of lines; two pages render at a time, so their own times overlap.
  const shareImageLines = [...output.matchAll(/^(\d\d:\d\d:\d\d) +[├└]─ \/og\//gm)].map(([, time]) =>
    clock(time!),
  );
  return {
    wall,
    cpu: time ? Number(time[2]) + Number(time[3]) : NaN,
    peakTree,
    peakProcess: time ? Number(time[4]) * 1024 : NaN,
    routes: phaseSeconds(output, 'generating static routes'),
    // To the second: the log's clock has no finer grain.
    shareImages: shareImageLines.length ? shareImageLines.at(-1)! - shareImageLines[0]! + 1 : NaN,
    shareImageCount: shareImageLines.length,
    images: phaseSeconds(output, 'generating optimized images'),
    searchIndex: Number(/\[clinic:search-index\][^\n]* in ([\d.]+) s/.exec(output)?.[1] ?? NaN),
    pages: Number(/(\d+) page\(s\) built/.exec(output)?.[1]),
    load,
  };
}

const s = (seconds: number) => (Number.isNaN(seconds) ? '–' : `${seconds.toFixed(1)} s`);
const mb = (bytes: number) => (Number.isNaN(bytes) ? '–' : `${Math.round(bytes / 2 ** 20)} MB`);

function report(articles: number, kind: string, f: BuildFigures): string {
  return [
    `${articles} articles, ${kind}: wall ${s(f.wall)}, CPU ${s(f.cpu)}, peak memory ${mb(f.peakTree)} (tree; largest process ${mb(f.peakProcess)}), load average ${f.load.toFixed(1)}`,
    `    ${f.pages} pages; routes ${s(f.routes)}, of which ${f.shareImageCount} share images ${s(f.shareImages)}; optimised images ${s(f.images)}; search index ${s(f.searchIndex)}`,
  ].join('\n');
}

const root = copyProject();
console.log(
  `build bench in ${root} (node ${process.version}, ${availableParallelism()} cores, ${mb(totalmem())} memory)`,
);
try {
  for (const articles of SIZES) {
    await writeGeneratedContent(root, articles);
    rmSync(join(root, 'node_modules', '.astro'), { recursive: true, force: true });
    rmSync(join(root, 'dist'), { recursive: true, force: true });
    console.log(report(articles, 'cold  ', await build(root, join(root, `build-${articles}-cold.log`))));
    console.log(report(articles, 'cached', await build(root, join(root, `build-${articles}-cached.log`))));
    appendFileSync(
      join(root, 'content', 'blog', 'article-7.mdx'),
      '\nA sentence an editor added to this article after it was published.\n',
    );
    console.log(report(articles, 'edited', await build(root, join(root, `build-${articles}-edited.log`))));
  }
} finally {
  if (!process.env['BENCH_KEEP']) rmSync(root, { recursive: true, force: true });
}
