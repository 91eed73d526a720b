/**
 * structured-data-testing-tool with its Google, Twitter and Facebook presets, on every built page.
 *
 * The tool's extractor does not read a JSON-LD "@graph" (it reports no schemas at all for one), so each page
 * is handed to it with its graph's nodes as separate JSON-LD scripts: the same data, in the shape it reads.
 */
import { createRequire } from 'node:module';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/dist';

const require = createRequire(import.meta.url);
const { structuredDataTest } = require('structured-data-testing-tool');
const { Google, Twitter, Facebook } = require('structured-data-testing-tool/presets');

interface ToolResult {
  passed: unknown[];
  failed: { test: string; description: string }[];
  warnings: { test: string }[];
  schemas: string[];
}

function withGraphSplit(html: string): string {
  const $ = cheerio.load(html);
  const script = $('script[type="application/ld+json"]');
  const graph = JSON.parse(script.text())['@graph'] as object[];
  script.replaceWith(
    graph
      .map(
        (node) =>
          `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', ...node })}</script>`,
      )
      .join(''),
  );
  return $.html();
}

async function runTool(html: string, schemas: string[]): Promise<ToolResult> {
  try {
    return await structuredDataTest(withGraphSplit(html), { presets: [Google, Twitter, Facebook], schemas });
  } catch (error) {
    const res = (error as { res?: ToolResult }).res;
    if (!res) throw error;
    return res;
  }
}

describe('structured-data-testing-tool (Google, Twitter, Facebook presets)', () => {
  it.each(builtPages().map((p) => [p.path, p] as const))('%s: zero failures', async (_, p) => {
    const isArticle = p.$('meta[property="og:type"]').attr('content') === 'article';
    const expected = [
      'WebSite',
      'MedicalClinic',
      'BreadcrumbList',
      ...(isArticle
        ? ['BlogPosting', 'MedicalWebPage']
        : p.path.startsWith('/authors/')
          ? ['ProfilePage']
          : ['WebPage']),
    ];
    const result = await runTool(p.html, expected);
    expect(result.failed.map((f) => `${f.test}: ${f.description}`)).toEqual([]);
    expect(result.schemas).toEqual(expect.arrayContaining(expected));
    expect(result.passed.length).toBeGreaterThan(isArticle ? 25 : 15);
  });
});
