/**
 * The site's colours, read from the one place they are written: the design tokens in src/styles/tokens.css.
 * The share images, the brand mark and the theme-color meta use these values, so they always match the page.
 * `parsePalettes` is pure (CSS text in, palettes out); `palette` and `themeColors` apply it to tokens.css.
 */
import postcss, { type AtRule, type Rule } from 'postcss';
import tokensCss from '../styles/tokens.css?raw';
import { THEMES, type Theme } from './themes';

/** Every colour token: the palette key and its custom property. A theme that lacks one is an error. */
const TOKENS = {
  paper: '--paper',
  surface: '--surface',
  ink: '--ink',
  muted: '--muted',
  line: '--line',
  accent: '--accent',
  accentInk: '--accent-ink',
  link: '--link',
  focus: '--focus',
  sun: '--sun',
} as const;

export type Palette = Readonly<Record<keyof typeof TOKENS, string>>;
type Scheme = 'light' | 'dark';
/** 'light' and 'dark' come from the `:root` block, 'print' from `@media print`; any `data-theme` block adds one. */
type ThemeName = 'light' | 'dark' | 'print' | (string & {});

interface Block {
  where: string;
  scheme: Scheme | 'light dark' | undefined;
  tokens: Map<string, string>;
}

const THEME_SELECTOR = /^:root\[data-theme=(['"]?)([a-z][a-z0-9-]*)\1\]$/;
const ROOT_ONLY = /^(?::root)+$/;

function fail(message: string): never {
  throw new Error(`tokens.css: ${message}`);
}

function readBlock(rule: Rule, where: string): Block {
  const block: Block = { where, scheme: undefined, tokens: new Map() };
  rule.each((node) => {
    if (node.type === 'comment') return;
    if (node.type !== 'decl') fail(`${where} holds a ${node.type}; a theme block holds declarations only`);
    if (node.prop === 'color-scheme') {
      const value = node.value.trim();
      if (value !== 'light' && value !== 'dark' && value !== 'light dark') {
        fail(`${where} sets color-scheme: ${value}; use light, dark or "light dark"`);
      }
      block.scheme = value;
    } else if (node.prop.startsWith('--')) {
      if (!Object.values(TOKENS).includes(node.prop as never)) {
        fail(`${where} sets ${node.prop}, which is not a token: add it to TOKENS in src/lib/palette.ts`);
      }
      block.tokens.set(node.prop, node.value.trim());
    } else {
      fail(`${where} sets ${node.prop}; a theme block sets color-scheme and tokens only`);
    }
  });
  return block;
}

/** The value of a token for one scheme: `light-dark(a, b)` gives a or b, any other value is the same for both. */
function resolve(value: string, scheme: Scheme, where: string): string {
  const call = /^light-dark\((.*)\)$/is.exec(value);
  const sides = call ? postcss.list.comma(call[1]!) : [value];
  if (call && sides.length !== 2) fail(`${where}: light-dark() takes two colours, not ${value}`);
  for (const side of sides) {
    if (side === '' || /\b(?:var|light-dark)\(/i.test(side)) {
      fail(`${where}: ${value} must be a colour, or light-dark() of two colours`);
    }
  }
  return sides[call && scheme === 'dark' ? 1 : 0]!.toLowerCase();
}

function paletteOf(theme: string, block: Block, scheme: Scheme): Palette {
  const entries = Object.entries(TOKENS).map(([key, property]) => {
    const value = block.tokens.get(property);
    if (value === undefined) fail(`token ${property} is missing from theme '${theme}' (${block.where})`);
    return [key, resolve(value, scheme, `${property} in theme '${theme}'`)];
  });
  return Object.freeze(Object.fromEntries(entries)) as Palette;
}

/**
 * Every theme in a tokens stylesheet. The `:root` block (color-scheme: light dark) gives 'light' and 'dark';
 * a `:root[data-theme='name']` block that only sets color-scheme pins one side of it; a block that sets
 * tokens is a theme of its own and must set color-scheme and every token; `@media print` gives 'print'.
 */
export function parsePalettes(css: string): Readonly<Record<string, Palette>> {
  const blocks = new Map<string, Block>();
  let base: Block | undefined;
  const add = (name: string, block: Block) => {
    if (blocks.has(name)) fail(`theme '${name}' is written twice`);
    blocks.set(name, block);
  };

  const root = postcss.parse(css);
  root.each((node) => {
    if (node.type === 'comment') return;
    if (node.type === 'atrule') {
      const media = node as AtRule;
      if (media.name !== 'media' || media.params.trim() !== 'print') {
        fail(`@${media.name} ${media.params} is not supported; themes are blocks, print is @media print`);
      }
      media.each((child) => {
        if (child.type === 'comment') return;
        if (child.type !== 'rule' || !ROOT_ONLY.test(child.selector.replace(/\s/g, ''))) {
          fail('@media print holds one :root rule, the print theme');
        }
        add('print', readBlock(child, '@media print'));
      });
      return;
    }
    if (node.type !== 'rule') fail(`unexpected ${node.type} at the top level`);
    const selector = node.selector.replace(/\s/g, '');
    if (selector === ':root') {
      if (base) fail('the :root block is written twice');
      base = readBlock(node, ':root');
      return;
    }
    const theme = THEME_SELECTOR.exec(selector)?.[2];
    if (!theme) fail(`selector ${node.selector} is neither :root nor :root[data-theme='name']`);
    add(theme, readBlock(node, node.selector));
  });

  if (!base) fail('no :root block');
  if (base.scheme !== 'light dark') fail('the :root block must set color-scheme: light dark');
  const palettes: Record<string, Palette> = {
    light: paletteOf('light', base, 'light'),
    dark: paletteOf('dark', base, 'dark'),
  };
  for (const [theme, block] of blocks) {
    const { scheme } = block;
    if (scheme !== 'light' && scheme !== 'dark')
      fail(`theme '${theme}' must set color-scheme: light or dark`);
    if (block.tokens.size === 0) {
      if ((theme === 'light' || theme === 'dark') && scheme !== theme) {
        fail(`theme '${theme}' sets color-scheme: ${scheme}`);
      }
      palettes[theme] = paletteOf(theme, base, scheme);
    } else {
      if (theme === 'light' || theme === 'dark')
        fail(`theme '${theme}' comes from :root; set only color-scheme`);
      palettes[theme] = paletteOf(theme, block, scheme);
    }
  }
  return Object.freeze(palettes);
}

let themes: Readonly<Record<string, Palette>> | undefined;

/** The colours of one theme of the site, as written in tokens.css. */
export function palette(theme: ThemeName): Palette {
  if (!tokensCss.trim()) {
    throw new Error(
      'tokens.css was read as empty text: under Vitest, list it in test.css.include (vitest.config.ts)',
    );
  }
  themes ??= parsePalettes(tokensCss);
  const found = themes[theme];
  if (!found)
    throw new Error(`tokens.css has no theme '${theme}' (it has ${Object.keys(themes).join(', ')})`);
  return found;
}

/** The browser chrome colour (theme-color meta, web app manifest): the paper of each theme. */
export function themeColors(): { light: string; dark: string } {
  return { light: palette('light').paper, dark: palette('dark').paper };
}

/** The paper of every theme the reader can choose: the browser chrome colour once a theme is chosen. */
export function chosenThemeColors(): Record<Theme, string> {
  return Object.fromEntries(THEMES.map((theme) => [theme, palette(theme).paper])) as Record<Theme, string>;
}
