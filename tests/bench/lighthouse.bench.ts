/**
 * Lighthouse on one page of each kind of the live site, mobile (simulated slow 4G, 4× CPU) and desktop,
 * in Debian's Chromium, median of three runs each. Prints a Markdown table for BENCHMARKS.md, then, for
 * the run with the median LCP, what the LCP waited for (its element, the phases of its time, the requests
 * and their bytes) and what shifted.
 * `npm run bench:lighthouse` builds first.
 *
 * `dist/` is served on localhost the way production hosts serve it, compressed: Brotli, as Netlify,
 * Cloudflare Pages and Vercel send it to Chromium, from precompressed copies in a temporary folder.
 * Compression matters more than anything else here: Lighthouse's simulation (Lantern) downloads the whole
 * document through TCP slow start, 14.6 KB in the first round trip, and paints nothing before it ends.
 * `LIGHTHOUSE_ENCODING=gzip` serves gzip (nginx without its Brotli module), `identity` nothing (what this
 * bench did until issue 14); `LIGHTHOUSE_RUNS=n` changes the number of runs, `LIGHTHOUSE_KINDS=home,article`
 * the pages, `LIGHTHOUSE_DIST=folder` serves another build of the same site (a copy kept from before a change),
 * `LIGHTHOUSE_SAVE=folder` keeps every run's report there.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { launch } from 'chrome-launcher';
import lighthouse, { type Flags, type Result } from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import sirv from 'sirv';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { chromePath } from '../../scripts/lib/browser.ts';
import { liveSite, pageKind, type PageKind } from '../support/dist';
import { filesUnder } from '../../src/build/files';

const RUNS = Number(process.env['LIGHTHOUSE_RUNS'] ?? 3);
const ENCODING = process.env['LIGHTHOUSE_ENCODING'] ?? 'br';
if (!['br', 'gzip', 'identity'].includes(ENCODING)) throw new Error(`LIGHTHOUSE_ENCODING=${ENCODING}?`);
/** Each kind's page: the first of its kind in path order, except the editorial page, which is /about/. */
const KINDS: { kind: PageKind; path?: string }[] = [
  { kind: 'home' },
  { kind: 'blog' },
  { kind: 'article' },
  { kind: 'tag' },
  { kind: 'consult' },
  { kind: 'search' },
  { kind: 'content', path: '/about/' },
  { kind: 'author' },
  { kind: 'not-found' },
];
/** A folder to keep every run's full report in (JSON, for Lighthouse's viewer or a closer look at the trace's tasks). */
const SAVE = process.env['LIGHTHOUSE_SAVE'];
if (SAVE) mkdirSync(SAVE, { recursive: true });
const wantedKinds = process.env['LIGHTHOUSE_KINDS']?.split(',');
const PAGES = KINDS.filter(({ kind }) => !wantedKinds || wantedKinds.includes(kind)).map(
  ({ kind, path }) => path ?? liveSite.pages().find((p) => pageKind(p) === kind)?.path ?? `(no ${kind} page)`,
);
const FORM_FACTORS = ['mobile', 'desktop'] as const;
const FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const TEXT_TYPES = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.webmanifest', '.txt']);

/**
 * A copy of the build (so a rebuild during the bench changes nothing), with a `.br` or `.gz` beside every
 * text file, which sirv serves to browsers that accept it. Brotli at quality 11, as hosts precompress static
 * files; gzip at nginx's level 6.
 */
function servedCopy(dist: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'lighthouse-dist-'));
  cpSync(dist, copy, { recursive: true });
  for (const file of filesUnder(copy).filter((f) => TEXT_TYPES.has(extname(f)))) {
    if (ENCODING === 'br') writeFileSync(`${file}.br`, brotliCompressSync(readFileSync(file)));
    if (ENCODING === 'gzip') writeFileSync(`${file}.gz`, gzipSync(readFileSync(file), { level: 6 }));
  }
  return copy;
}

async function serve(dir: string): Promise<{ origin: string; server: Server }> {
  const assets = sirv(dir, {
    dev: false,
    etag: true,
    extensions: ['html'],
    brotli: ENCODING === 'br',
    gzip: ENCODING === 'gzip',
  });
  const server = createServer((req, res) =>
    assets(req, res, () => {
      res.statusCode = 404;
      res.end('Not found');
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

interface Run {
  perf: number;
  a11y: number;
  best: number;
  seo: number;
  fcp: number;
  lcp: number;
  cls: number;
  tbt: number;
  /** Lighthouse's measure of the host's CPU speed during the run (its 4× slowdown assumes about 1,500 or more). */
  benchmarkIndex: number;
  lhr: Result;
}

function runOf(lhr: Result): Run {
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const metric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  return {
    perf: score('performance'),
    a11y: score('accessibility'),
    best: score('best-practices'),
    seo: score('seo'),
    fcp: metric('first-contentful-paint'),
    lcp: metric('largest-contentful-paint'),
    cls: metric('cumulative-layout-shift'),
    tbt: metric('total-blocking-time'),
    benchmarkIndex: lhr.environment.benchmarkIndex,
    lhr,
  };
}

/** What the LCP waited for, from the run whose LCP is the median. */
function diagnosis(path: string, formFactor: string, lhr: Result): string {
  const details = (id: string) => lhr.audits[id]?.details as Record<string, unknown> | undefined;
  const items = (id: string) => (details(id)?.['items'] ?? []) as Record<string, unknown>[];
  const breakdown = items('lcp-breakdown-insight');
  const phases = (breakdown[0] as { items?: { label: string; duration: number }[] } | undefined)?.items
    ?.map((p) => `${p.label.toLowerCase()} ${Math.round(p.duration)} ms`)
    .join(', ');
  const node = breakdown[1] as { selector?: string; nodeLabel?: string } | undefined;
  const requests = items('network-requests').map(
    (r) =>
      `${String(r['url']).replace(/^https?:\/\/[^/]+/, '')} (${r['resourceType']}, ${r['transferSize']} B)`,
  );
  const shifts = items('layout-shifts').map(
    (s) =>
      `${(s['node'] as { selector?: string } | undefined)?.selector ?? '?'} (${Number(s['score']).toFixed(3)})`,
  );
  return [
    `${path}, ${formFactor}`,
    `  LCP element: ${node?.selector ?? '?'} — ${node?.nodeLabel?.slice(0, 80) ?? ''}`,
    `  LCP phases: ${phases ?? '?'}`,
    `  requests: ${requests.join('; ')}`,
    ...(shifts.length ? [`  layout shifts: ${shifts.join('; ')}`] : []),
  ].join('\n');
}

let served: { origin: string; server: Server };
let chrome: Awaited<ReturnType<typeof launch>>;
let copy: string | undefined;
beforeAll(async () => {
  copy = servedCopy(process.env['LIGHTHOUSE_DIST'] ?? liveSite.dist);
  served = await serve(copy);
  chrome = await launch({ chromePath: chromePath(), chromeFlags: FLAGS });
});
afterAll(async () => {
  chrome?.kill();
  await new Promise((resolve) => served?.server.close(resolve));
  if (copy) rmSync(copy, { recursive: true, force: true });
});

const load = [loadavg()[0]!];
const rows: string[] = [];
const notes: string[] = [];

afterAll(() => {
  console.log(
    [
      `Lighthouse 13.5, median of ${RUNS} runs, ${ENCODING === 'identity' ? 'uncompressed' : ENCODING}, load average ${Math.min(...load).toFixed(1)}–${Math.max(...load).toFixed(1)}`,
      '| page | form factor | perf | a11y | best practices | SEO | FCP | LCP (min–max) | CLS | TBT | benchmark index |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      ...rows,
      '',
      'The run with the median LCP: what the LCP waited for, and what moved',
      ...notes,
    ].join('\n'),
  );
});

// One test per page and form factor, each printing its row at once: a slow machine loses one row, not all.
describe.each(PAGES)('%s', (path) => {
  it.each(FORM_FACTORS)('%s', { timeout: 300_000 }, async (formFactor) => {
    const runs: Run[] = [];
    for (let i = 0; i < RUNS; i++) {
      // The other categories do not depend on timing: the first run scores them.
      const flags: Flags = {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: i === 0 ? ['performance', 'accessibility', 'best-practices', 'seo'] : ['performance'],
      };
      const result = await lighthouse(
        served.origin + path,
        flags,
        formFactor === 'desktop' ? desktopConfig : undefined,
      );
      runs.push(runOf(result!.lhr));
      if (SAVE) {
        const name = `${path.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'home'}-${formFactor}-${i + 1}.json`;
        writeFileSync(join(SAVE, name), JSON.stringify(result!.lhr));
      }
    }
    load.push(loadavg()[0]!);
    const m = (key: keyof Omit<Run, 'lhr'>) => median(runs.map((r) => r[key]));
    const lcps = runs.map((r) => r.lcp / 1000);
    const row = `| \`${path}\` | ${formFactor} | ${m('perf')} | ${runs[0]!.a11y} | ${runs[0]!.best} | ${runs[0]!.seo} | ${(m('fcp') / 1000).toFixed(2)} s | ${(m('lcp') / 1000).toFixed(2)} s (${Math.min(...lcps).toFixed(2)}–${Math.max(...lcps).toFixed(2)}) | ${Number(m('cls').toFixed(3))} | ${Math.round(m('tbt'))} ms | ${Math.round(m('benchmarkIndex'))} |`;
    rows.push(row);
    const medianRun = [...runs].sort((a, b) => a.lcp - b.lcp)[Math.floor(runs.length / 2)]!;
    notes.push(diagnosis(path, formFactor, medianRun.lhr));
    console.log(`${row}\n${notes.at(-1)}`);
  });
});
