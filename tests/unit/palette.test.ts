import { describe, expect, it } from 'vitest';
import { brandMarkSvg } from '../../src/lib/brand-mark';
import { palette, parsePalettes, themeColors } from '../../src/lib/palette';
import { THEMES } from '../../src/lib/themes';

const NAMES = ['paper', 'surface', 'ink', 'muted', 'line', 'accent', 'accent-ink', 'link', 'focus', 'sun'];

/** Declarations for every token: `value(name)` for each, minus the names in `omit`. */
const declarations = (value: (name: string) => string, omit: string[] = []) =>
  NAMES.filter((name) => !omit.includes(name))
    .map((name) => `--${name}: ${value(name)};`)
    .join('\n');

const BASE = `
:root {
  color-scheme: light dark;
  ${declarations((name) => (name === 'sun' ? '#ABCDEF' : `light-dark(#${name}-light, #${name}-dark)`))}
}
:root[data-theme='light'] { color-scheme: light; }
:root[data-theme="dark"] { color-scheme: dark; }
`;

describe('parsePalettes', () => {
  it('resolves light-dark() to its first side for light and its second for dark', () => {
    const themes = parsePalettes(BASE);
    expect(Object.keys(themes)).toEqual(['light', 'dark']);
    expect(themes['light']).toMatchObject({
      paper: '#paper-light',
      ink: '#ink-light',
      accentInk: '#accent-ink-light',
    });
    expect(themes['dark']).toMatchObject({
      paper: '#paper-dark',
      ink: '#ink-dark',
      accentInk: '#accent-ink-dark',
    });
  });

  it('gives a plain value to both sides, in lower case', () => {
    const themes = parsePalettes(BASE);
    expect([themes['light']!.sun, themes['dark']!.sun]).toEqual(['#abcdef', '#abcdef']);
  });

  it('reads a theme block that sets every token as a theme of its own, at its colour scheme', () => {
    const green = `:root[data-theme='green'] {
      color-scheme: dark;
      ${declarations((name) => (name === 'ink' ? 'light-dark(#wrong, #33ff66)' : `#g-${name}`))}
    }`;
    const themes = parsePalettes(BASE + green);
    expect(themes['green']).toMatchObject({ paper: '#g-paper', ink: '#33ff66', focus: '#g-focus' });
    expect(themes['light']!.paper).toBe('#paper-light');
  });

  it('reads the print theme from @media print, whatever its :root repetition', () => {
    const print = `@media print { :root:root:root { color-scheme: light; ${declarations((name) => `#p-${name}`)} } }`;
    expect(parsePalettes(BASE + print)['print']).toMatchObject({ paper: '#p-paper', ink: '#p-ink' });
  });

  it('names the token and the theme when a theme block lacks a token', () => {
    const green = `:root[data-theme='green'] { color-scheme: dark; ${declarations(() => '#000', ['sun'])} }`;
    expect(() => parsePalettes(BASE + green)).toThrow("token --sun is missing from theme 'green'");
  });

  it('names the token and the theme when the :root block lacks a token', () => {
    const css = `:root { color-scheme: light dark; ${declarations(() => 'light-dark(#111, #222)', ['ink'])} }`;
    expect(() => parsePalettes(css)).toThrow("token --ink is missing from theme 'light'");
  });

  it('refuses what it cannot read: stray properties, unknown tokens, references, media queries', () => {
    const root = (extra: string) =>
      `:root { color-scheme: light dark; ${declarations(() => '#111')} ${extra} }`;
    expect(() => parsePalettes(root('--glow: #fff;'))).toThrow('--glow, which is not a token');
    expect(() => parsePalettes(root('background: #fff;'))).toThrow('sets background');
    expect(() => parsePalettes(root('--ink: var(--paper);'))).toThrow("--ink in theme 'light'");
    expect(() => parsePalettes(root('--ink: light-dark(#1, #2, #3);'))).toThrow(
      'light-dark() takes two colours',
    );
    expect(() =>
      parsePalettes(`${root('')} @media (prefers-color-scheme: dark) { :root { --ink: #fff } }`),
    ).toThrow('@media (prefers-color-scheme: dark) is not supported');
    expect(() => parsePalettes(`${root('')} .card { --ink: #fff }`)).toThrow('selector .card');
    expect(() => parsePalettes(`${BASE} :root[data-theme='dark'] { color-scheme: light }`)).toThrow(
      "theme 'dark' is written twice",
    );
    expect(() => parsePalettes(root('').replace('light dark', 'light'))).toThrow('color-scheme: light dark');
    expect(() => parsePalettes(`${BASE} :root[data-theme='sepia'] { --paper: #eee }`)).toThrow(
      "theme 'sepia' must set color-scheme",
    );
  });
});

describe('the site palette (src/styles/tokens.css)', () => {
  it('keeps the colours the site had before the tokens', () => {
    expect(palette('light')).toMatchObject({
      paper: '#f6f1e8',
      ink: '#1c2426',
      accent: '#0f5c58',
      muted: '#4a5558',
    });
    expect(palette('dark')).toMatchObject({
      paper: '#16181b',
      ink: '#e8e2d6',
      accent: '#7cc9c0',
      link: '#8fd6cd',
    });
  });

  it('prints black on white', () => {
    expect(palette('print')).toMatchObject({ paper: '#fff', surface: '#fff', ink: '#000', link: '#000' });
  });

  it('gives the browser chrome the paper of each theme', () => {
    expect(themeColors()).toEqual({ light: palette('light').paper, dark: palette('dark').paper });
    expect(themeColors()).toEqual({ light: '#f6f1e8', dark: '#16181b' });
  });

  it('says which themes exist when asked for another', () => {
    expect(() => palette('sepia')).toThrow(
      "tokens.css has no theme 'sepia' (it has light, dark, green, print)",
    );
  });

  it('has a block for every theme the theme menu offers, and no other screen theme', () => {
    for (const theme of THEMES) expect(palette(theme).paper, theme).toMatch(/^#[0-9a-f]{6}$/);
    expect(() => palette('print')).not.toThrow();
    expect(() => palette('sepia')).toThrow(`(it has ${[...THEMES, 'print'].join(', ')})`);
  });

  it('writes the dim green theme in greens only, red and blue at 0x20 or below', () => {
    for (const [token, value] of Object.entries(palette('green'))) {
      const [red, green, blue] = value
        .slice(1)
        .match(/../g)!
        .map((pair) => parseInt(pair, 16));
      expect(red! <= 0x20 && blue! <= 0x20 && green! > red! && green! > blue!, `${token}: ${value}`).toBe(
        true,
      );
    }
  });
});

describe('brand mark', () => {
  it('is the mark the site has always had, drawn in the light palette', () => {
    expect(brandMarkSvg()).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="#0f5c58"/><path d="M14 40a18 18 0 0 1 36 0z" fill="#f6f1e8"/><path d="M10 46h44M18 52h28" stroke="#f6f1e8" stroke-width="4" stroke-linecap="round"/><path d="M32 10v6M15 17l4 4M49 17l-4 4" stroke="#f0c27b" stroke-width="4" stroke-linecap="round"/></svg>\n',
    );
  });

  it('takes every colour from the palette it is given', () => {
    const svg = brandMarkSvg({ ...palette('light'), accent: '#000001', paper: '#000002', sun: '#000003' });
    const colours = [...svg.matchAll(/(?:fill|stroke)="([^"]+)"/g)].map((match) => match[1]);
    expect(colours).toEqual(['#000001', '#000002', '#000002', '#000003']);
  });
});
