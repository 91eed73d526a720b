/**
 * Lighthouse (mobile, simulated throttling) on one page of each kind of the live site (the first in path
 * order), served on localhost by the same static server the browser tests use, in Debian's Chromium.
 * Prints the four category scores, LCP, CLS and TBT. `npm run bench:lighthouse` builds first.
 */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { afterAll, beforeAll, it } from 'vitest';
import { chromePath, serveDist, type StaticServer } from '../../scripts/lib/browser.ts';
import { liveSite, pageKind } from '../support/dist';

const KINDS = ['home', 'blog', 'article', 'tag', 'consult', 'search'];
const PAGES = KINDS.map(
  (kind) => liveSite.pages().find((p) => pageKind(p) === kind)?.path ?? `(no ${kind} page)`,
);
const FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

let server: StaticServer;
let chrome: Awaited<ReturnType<typeof launch>>;
beforeAll(async () => {
  server = await serveDist(liveSite.dist);
  chrome = await launch({ chromePath: chromePath(), chromeFlags: FLAGS });
});
afterAll(async () => {
  chrome?.kill();
  await server?.close();
});

it('lighthouse, mobile', async () => {
  const rows: string[] = [];
  for (const path of PAGES) {
    const result = await lighthouse(server.origin + path, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    const lhr = result!.lhr;
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const metric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
    rows.push(
      `${path.padEnd(38)} perf ${score('performance')} · a11y ${score('accessibility')} · best ${score('best-practices')} · seo ${score('seo')} · LCP ${(metric('largest-contentful-paint') / 1000).toFixed(2)} s · CLS ${metric('cumulative-layout-shift').toFixed(3)} · TBT ${Math.round(metric('total-blocking-time'))} ms`,
    );
  }
  console.log(
    `Lighthouse ${'13.5'} (mobile, simulated throttling), served from localhost\n${rows.join('\n')}`,
  );
});
