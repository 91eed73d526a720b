/**
 * Screenshots of the live site's page types at phone and desktop widths, in both themes:
 * `npm run screenshots` (after `npm run build`), or `npm run screenshots -- /,/consult/` for chosen pages.
 * Without a list, the newest article is taken from the feed.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launchChromium, serveDist } from './lib/browser.ts';
import { LIVE_DIST } from './lib/paths.ts';

async function newestArticle(): Promise<string> {
  const feed = await readFile(join(LIVE_DIST, 'rss.xml'), 'utf8');
  const link = feed.match(/<item>.*?<link>([^<]+)<\/link>/s)?.[1];
  if (!link) throw new Error('dist/rss.xml lists no article: run `npm run build` first');
  return new URL(link).pathname;
}

const pages = process.argv[2]?.split(',') ?? ['/', '/blog/', await newestArticle(), '/consult/', '/404.html'];
const widths = [390, 1280];
const themes = ['light', 'dark'] as const;
const out = new URL('../screenshots/', import.meta.url).pathname;

await mkdir(out, { recursive: true });
const server = await serveDist(LIVE_DIST);
const browser = await launchChromium();
try {
  for (const theme of themes) {
    for (const width of widths) {
      const context = await browser.newContext({
        viewport: { width, height: width < 500 ? 844 : 900 },
        colorScheme: theme,
        deviceScaleFactor: 1,
      });
      const page = await context.newPage();
      for (const path of pages) {
        await page.goto(server.origin + path);
        const name = `${path.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'home'}-${width}-${theme}.png`;
        await page.screenshot({ path: out + name, fullPage: process.argv.includes('--full') });
        console.log(out + name);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
