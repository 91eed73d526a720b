/** Screenshots of every page type at phone and desktop widths, in both themes: `npm run screenshots`. */
import { mkdir } from 'node:fs/promises';
import { launchChromium, serveDist } from '../tests/support/browser.ts';

const pages = (process.argv[2] ?? '/,/blog/,/blog/ketamine-migraine-treatment/,/consult/,/404.html').split(
  ',',
);
const widths = [390, 1280];
const themes = ['light', 'dark'] as const;
const out = new URL('../screenshots/', import.meta.url).pathname;

await mkdir(out, { recursive: true });
const server = await serveDist();
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
