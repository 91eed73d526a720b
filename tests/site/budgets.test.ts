/** Page-weight budgets (bytes, not timings) on every page of both builds: what a phone downloads first. */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { everyPage } from '../support/dist';

const KB = 1024;
const gz = (text: string) => gzipSync(text, { level: 9 }).length;

describe('page weight', () => {
  it('has pages to weigh in both builds', () => {
    expect(everyPage().length).toBeGreaterThanOrEqual(30);
  });

  it.each(everyPage())('%s: one request, light on script', (_, p) => {
    // CSS is inlined, scripts are inline modules: the HTML is the only render-blocking request.
    expect(p.$('link[rel="stylesheet"]')).toHaveLength(0);
    expect(p.$('script[src]')).toHaveLength(0);
    const script = p
      .$('script:not([type="application/ld+json"])')
      .toArray()
      .map((el) => p.$(el).text())
      .join('');
    expect(gz(script), 'JavaScript (gzip)').toBeLessThanOrEqual(3 * KB);
    expect(gz(p.html), 'HTML with inlined CSS (gzip)').toBeLessThanOrEqual(50 * KB);
  });
});
