import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/config/site';
import { fill, ogLocale, ui } from '../../src/lib/i18n';

describe('interface strings', () => {
  it('has a table for every configured language', () => {
    for (const lang of LANGUAGES) expect(ui(lang).nav.home.length).toBeGreaterThan(0);
  });

  it('fills named slots and leaves unknown ones visible', () => {
    expect(fill('{count} found for “{query}”', { count: '2 articles', query: 'sleep' })).toBe(
      '2 articles found for “sleep”',
    );
    expect(fill('{missing} stays', {})).toBe('{missing} stays');
  });

  it('counts in words', () => {
    const { lists } = ui('en-US');
    expect(lists.articleCount(1)).toBe('1 article');
    expect(lists.articleCount(3)).toBe('3 articles');
  });

  it('writes the Open Graph locale', () => {
    expect(ogLocale('en-US')).toBe('en_US');
  });
});

describe('every interface string', () => {
  it('is written, and every message with slots fills them', () => {
    const seen: string[] = [];
    const walk = (value: unknown, path: string): void => {
      if (typeof value === 'string') {
        expect(value.trim(), path).not.toBe('');
        expect(value, path).not.toMatch(/undefined|NaN|\[object/);
        seen.push(path);
      } else if (typeof value === 'function') {
        const result = (value as (...args: unknown[]) => unknown)('X', 2, 'Clinic');
        walk(result, `${path}()`);
      } else if (value && typeof value === 'object') {
        for (const [key, inner] of Object.entries(value)) walk(inner, `${path}.${key}`);
      } else {
        throw new Error(`${path} is ${String(value)}`);
      }
    };
    for (const lang of LANGUAGES) walk(ui(lang), lang);
    expect(seen.length).toBeGreaterThan(80);
  });
});
