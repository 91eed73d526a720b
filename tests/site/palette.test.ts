/**
 * One palette: the built page, the share images, the browser chrome colour and the icons show the same colours,
 * and no file in src/ writes a colour except the token source, src/styles/tokens.css.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import postcss from 'postcss';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/paths.ts';
import { liveSite, type BuiltPage } from '../support/dist';

const DIST = liveSite.dist;

type Rgb = [number, number, number];
const rgb = (hex: string): Rgb => {
  const digits = hex.length === 4 ? [...hex.slice(1)].map((d) => d + d) : hex.slice(1).match(/../g)!;
  return digits.map((pair) => parseInt(pair, 16)) as Rgb;
};

/** The light and dark value of a token in a page's inline CSS: its top-level `:root` rule, parsed with postcss. */
function pageToken(page: BuiltPage, token: string): { light: string; dark: string } {
  const css = page
    .$('style')
    .toArray()
    .map((style) => page.$(style).text())
    .join('\n');
  const values: string[] = [];
  postcss.parse(css).walkDecls(token, (decl) => {
    const rule = decl.parent;
    if (
      rule?.type === 'rule' &&
      rule.parent?.type === 'root' &&
      (rule as postcss.Rule).selector === ':root'
    ) {
      values.push(decl.value);
    }
  });
  expect(values, `${token} in the top-level :root rule`).toHaveLength(1);
  const call = /^light-dark\((.*)\)$/.exec(values[0]!);
  const [light, dark] = call ? postcss.list.comma(call[1]!) : [values[0]!, values[0]!];
  return { light: light!.toLowerCase(), dark: dark!.toLowerCase() };
}

async function pixelsOf(file: string) {
  const { data, info } = await sharp(file).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const at = (x: number, y: number): Rgb => {
    const i = (y * info.width + x) * info.channels;
    return [data[i]!, data[i + 1]!, data[i + 2]!];
  };
  return { width: info.width, height: info.height, at };
}

describe('the built site uses one palette', () => {
  const pages = liveSite.pages();
  const home = pages.find((p) => p.path === '/')!;

  it('gives every page the same paper and ink', () => {
    expect(pages.length).toBeGreaterThanOrEqual(5);
    for (const token of ['--paper', '--ink', '--accent']) {
      const values = new Set(pages.map((p) => JSON.stringify(pageToken(p, token))));
      expect(values.size, token).toBe(1);
    }
  });

  it('draws the share image on the page’s paper, with the page’s ink as its darkest colour', async () => {
    const paper = pageToken(home, '--paper').light;
    const ink = pageToken(home, '--ink').light;
    const image = await pixelsOf(join(DIST, 'og/site.png'));
    for (const [x, y] of [
      [image.width - 1, 0],
      [image.width - 1, image.height - 1],
    ] as const) {
      expect(image.at(x, y), `pixel (${x}, ${y})`).toEqual(rgb(paper));
    }
    let darkest: Rgb = [255, 255, 255];
    for (let y = 0; y < image.height; y += 1) {
      for (let x = 0; x < image.width; x += 1) {
        const pixel = image.at(x, y);
        if (pixel[0] + pixel[1] + pixel[2] < darkest[0] + darkest[1] + darkest[2]) darkest = pixel;
      }
    }
    expect(darkest).toEqual(rgb(ink));
  });

  it('colours the browser chrome with the page’s paper, in each theme', () => {
    const paper = pageToken(home, '--paper');
    for (const page of pages) {
      const meta = (scheme: string) =>
        page.$(`meta[name="theme-color"][media="(prefers-color-scheme: ${scheme})"]`).attr('content');
      expect({ light: meta('light'), dark: meta('dark') }, page.path).toEqual(paper);
    }
    const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.webmanifest'), 'utf8'));
    expect([manifest.background_color, manifest.theme_color]).toEqual([paper.light, paper.light]);
  });

  it('draws the favicon in the page’s light accent and paper', () => {
    const svg = readFileSync(join(DIST, 'favicon.svg'), 'utf8');
    expect(svg).toContain(
      `<rect width="64" height="64" rx="14" fill="${pageToken(home, '--accent').light}"/>`,
    );
    expect(svg).toContain(`fill="${pageToken(home, '--paper').light}"`);
  });
});

// Hex colours (#rgb, #rgba, #rrggbb, #rrggbbaa), colour functions, Tailwind's own palette classes, and named
// colours in CSS. A fragment link such as #main is not a colour: hex digits only, and never after & (entities).
const COLOUR_LITERALS = [
  /(?<![\w&/#-])#(?:[0-9a-f]{8}|[0-9a-f]{6}|[0-9a-f]{3,4})(?![\w-])/gi,
  /\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color-mix)\(/gi,
  /\b(?:bg|text|border|fill|stroke|ring|outline|decoration|from|via|to|shadow|accent|caret|divide|placeholder)-(?:white|black|(?:slate|gray|zinc|neutral|stone|red|orange|amber|yellow|lime|green|emerald|teal|cyan|sky|blue|indigo|violet|purple|fuchsia|pink|rose)-\d{2,3})\b/g,
];
const NAMED_COLOURS =
  /\b(?:white|black|red|green|blue|gray|grey|silver|yellow|orange|purple|navy|teal|maroon|olive)\b/i;

function colourLiterals(text: string, file: string): string[] {
  const found = COLOUR_LITERALS.flatMap((pattern) => [...text.matchAll(pattern)].map((match) => match[0]));
  const stylesheets = file.endsWith('.css')
    ? [text]
    : [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1]!);
  for (const css of stylesheets) {
    postcss.parse(css).walkDecls((decl) => {
      const named = NAMED_COLOURS.exec(decl.value);
      if (named) found.push(`${decl.prop}: ${named[0]}`);
    });
  }
  return found;
}

describe('colour literals in src/', () => {
  const SRC = join(ROOT, 'src');
  const TEXT = new Set(['.ts', '.astro', '.css', '.js', '.mjs', '.svg', '.json', '.md', '.mdx', '.html']);
  const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
    .map((name) => join(SRC, name))
    .filter((file) => TEXT.has(extname(file)));

  it('finds each kind of colour literal, and not fragment links or entities', () => {
    expect(colourLiterals('a { color: #1c2426; border-color: #fff8 }', 'x.css')).toEqual([
      '#1c2426',
      '#fff8',
    ]);
    expect(colourLiterals("fill: 'rgb(0 0 0)', x: oklch(50% 0.1 200)", 'x.ts')).toEqual(['rgb(', 'oklch(']);
    expect(colourLiterals('<p class="bg-white text-gray-600">', 'x.astro')).toEqual([
      'bg-white',
      'text-gray-600',
    ]);
    expect(colourLiterals('<style>p { color: white }</style>', 'x.astro')).toEqual(['color: white']);
    expect(colourLiterals('a { white-space: nowrap; background: var(--paper) }', 'x.css')).toEqual([]);
    expect(colourLiterals('<a href="#main">top</a> &#123; `${url}#logo` #add-on', 'x.astro')).toEqual([]);
  });

  it('are written only in src/styles/tokens.css', () => {
    expect(files.map((file) => extname(file))).toEqual(expect.arrayContaining(['.ts', '.astro', '.css']));
    expect(files.length).toBeGreaterThanOrEqual(20);
    expect(
      colourLiterals(readFileSync(join(SRC, 'styles/tokens.css'), 'utf8'), 'tokens.css').length,
    ).toBeGreaterThan(10);
    const offenders = files
      .filter((file) => relative(SRC, file) !== join('styles', 'tokens.css'))
      .flatMap((file) =>
        colourLiterals(readFileSync(file, 'utf8'), file).map((hit) => `${relative(SRC, file)}: ${hit}`),
      );
    expect(offenders).toEqual([]);
  });
});
