import { describe, expect, it } from 'vitest';
import {
  citationCounts,
  citationNumbering,
  citationOrder,
  citationUses,
  citeAnchor,
  sourceAnchor,
} from '../../src/lib/citations';

const BODY = [
  'Intro with no citation.',
  '',
  'A first claim.<Cite id="beta" /> A second claim.<Cite id="alpha" />',
  '',
  '- a list item<Cite id="beta" />',
  '',
  '`<Cite id="in-code" />` is code, not a citation.',
  '',
  '<ResearchSummary>',
  '',
  'Inside a box.<Cite id="gamma" /><Cite id="alpha" />',
  '',
  '</ResearchSummary>',
  '',
  '<Cite />',
].join('\n');

describe('citationUses', () => {
  it('lists every <Cite> in document order, with its line and column, and skips code', () => {
    expect(citationUses(BODY)).toEqual([
      { id: 'beta', line: 3, column: 15, followsCite: false },
      { id: 'alpha', line: 3, column: 49, followsCite: false },
      { id: 'beta', line: 5, column: 14, followsCite: false },
      { id: 'gamma', line: 11, column: 14, followsCite: false },
      { id: 'alpha', line: 11, column: 33, followsCite: true },
      { id: '', line: 15, column: 1, followsCite: false },
    ]);
  });

  it('reads an id written as an expression as missing', () => {
    expect(citationUses('Text.<Cite id={"x"} />').map((use) => use.id)).toEqual(['']);
  });

  it('throws on MDX it cannot parse (the body check reports it)', () => {
    expect(() => citationUses('<Cite id="x"')).toThrow();
  });
});

describe('the order and numbers of citations', () => {
  const uses = citationUses(BODY);

  it('numbers sources in order of first use, each once', () => {
    expect(citationOrder(uses)).toEqual(['beta', 'alpha', 'gamma']);
  });

  it('counts the places that cite each source', () => {
    expect([...citationCounts(uses)]).toEqual([
      ['beta', 2],
      ['alpha', 2],
      ['gamma', 1],
    ]);
  });

  it('gives every place cited an anchor of its own, and each source its number', () => {
    const numbering = citationNumbering(citationOrder(uses));
    expect(numbering.numberOf('alpha')).toBe(2);
    expect(numbering.numberOf('unknown')).toBeUndefined();
    expect([
      numbering.nextAnchor('beta'),
      numbering.nextAnchor('alpha'),
      numbering.nextAnchor('beta'),
    ]).toEqual([citeAnchor('beta', 1), citeAnchor('alpha', 1), citeAnchor('beta', 2)]);
    expect(citeAnchor('beta', 2)).toBe('cite-beta-2');
    expect(sourceAnchor('beta')).toBe('source-beta');
  });
});
