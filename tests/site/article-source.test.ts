/**
 * The migraine article must carry every heading, paragraph and list item of the clinic's source text, in
 * order, with only the copy-edits the brief allows. Those edits are listed here, once, and nothing else
 * may differ.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { liveSite, text } from '../support/dist';

const SOURCE = readFileSync(
  new URL('../fixtures/source/ketamine-migraine-treatment.txt', import.meta.url),
  'utf8',
);

/** [what the source says, what the article says], each applied once. */
const ALLOWED_EDITS: [string, string][] = [
  // "Ketamine Migraine Treatment" standing where "Migraines" was meant as the subject.
  [
    'Ketamine Migraine Treatment are far more than just severe headaches they’re',
    'Migraines are far more than just severe headaches — they’re',
  ],
  [
    'Ketamine Migraine Treatment are complex neurological events',
    'Migraines are complex neurological events',
  ],
  [
    'Ketamine Migraine Treatment are far more than headaches they’re',
    'Migraines are far more than headaches — they’re',
  ],
  // The paragraph that lost its subject.
  ['\u00a0helps “reset” these pain pathways', 'Ketamine helps “reset” these pain pathways'],
  // Missing dashes between clauses.
  ['followed by an aura a phase', 'followed by an aura — a phase'],
  ['alternative therapies especially ketamine', 'alternative therapies — especially ketamine'],
  ['hypersensitive to pain a condition', 'hypersensitive to pain — a condition'],
  ['within hours or days far faster', 'within hours or days — far faster'],
  ['PTSD and depression common among', 'PTSD and depression — common among'],
  ['increasingly accessible offering a safe', 'increasingly accessible — offering a safe'],
];

/** How many blocks of the source land in the article's text (the closing call lands in the consult section). */
const SOURCE_BLOCKS_IN_TEXT = 38;

function editedSource(): string {
  return ALLOWED_EDITS.reduce((body, [from, to]) => {
    expect(body, `the source should contain "${from}"`).toContain(from);
    return body.replace(from, to);
  }, SOURCE);
}

/** The source's blocks: the article runs from the introduction to "Relief could be closer than you think." */
function sourceBlocks(): string[] {
  const lines = editedSource()
    .split('\n')
    .map((line) => text(line.replace(/^\s*•\s*/, '')))
    .filter(Boolean);
  const start = lines.indexOf('Ketamine Migraine Treatment') + 1;
  const end = lines.findIndex((line) => line.endsWith('Relief could be closer than you think.'));
  if (start < 1 || end < start)
    throw new Error(`the source's article boundaries were not found (${start}, ${end})`);
  return lines.slice(start, end + 1);
}

describe('the migraine article page', () => {
  const { $ } = liveSite.page('/blog/ketamine-migraine-treatment/');
  const body = $('article .prose');
  const blocks = body
    .find('h2, h3, p, li')
    .toArray()
    .filter((el) => $(el).parents('li').length === 0 || el.tagName !== 'p')
    .map((el) => text($(el).text()));
  // The consult section the layout closes every article with, holding the article's `closing` words.
  const ctaText = text($('article section[aria-labelledby="consult-a-provider"]').text());

  it('has the source title as its only H1', () => {
    expect($('h1')).toHaveLength(1);
    expect(text($('h1').text())).toBe(SOURCE.split('\n')[0]?.trim());
  });

  it('has every heading, paragraph and list item of the source, in order', () => {
    let cursor = -1;
    let inText = 0;
    let inCta = 0;
    for (const block of sourceBlocks()) {
      if (block.startsWith('Consult with a certified ketamine provider')) {
        expect(ctaText).toContain(block);
        inCta += 1;
        continue;
      }
      const index = blocks.findIndex((candidate, i) => i > cursor && candidate === block);
      expect(index, `missing or out of order: "${block}"`).toBeGreaterThan(cursor);
      cursor = index;
      inText += 1;
    }
    // Every block of the source was checked: the slice can neither be empty nor lose its ends.
    expect({ inText, inCta }).toEqual({ inText: SOURCE_BLOCKS_IN_TEXT, inCta: 1 });
  });

  it('makes each section an H2 and the four mechanisms numbered H3s', () => {
    const h2 = body
      .children('h2')
      .toArray()
      .map((el) => text($(el).text()));
    expect(h2).toEqual(
      expect.arrayContaining([
        'Understanding Migraines and Their Challenges',
        'How Ketamine Therapy Works for Migraines',
        'Key Benefits of Ketamine Migraine Treatment',
        'Are There Any Risks?',
        'The Future of Ketamine Therapy in Migraine Care',
        'Final Thoughts',
      ]),
    );
    const h3 = body
      .find('h3')
      .toArray()
      .map((el) => text($(el).text()));
    expect(h3).toEqual([
      '1. Modulating the Glutamate System',
      '2. Interrupting Pain Pathways',
      '3. Anti-Inflammatory Effects',
      '4. Promoting Neural Plasticity',
    ]);
  });

  it('renders the source bullets as real lists', () => {
    expect(body.find('ul').length).toBeGreaterThanOrEqual(3);
    expect(
      body
        .find('li')
        .toArray()
        .map((el) => text($(el).text())),
    ).toContain('Nausea or dizziness');
  });

  it('links "Ketamine NJ" to the consult page', () => {
    const link = body.find('a').filter((_, el) => $(el).text() === 'Ketamine NJ');
    expect(link.attr('href')).toBe('/consult/');
  });

  it('shows the source’s closing lines once, in the "Consult a provider" section after the text', () => {
    expect(text($('article #consult-a-provider').text())).toBe('Consult a provider');
    expect(ctaText).toContain('Relief could be closer than you think.');
    expect(text(body.text())).not.toContain('Relief could be closer than you think.');
    expect($('section[aria-labelledby^="consult-"]')).toHaveLength(1);
  });

  it('keeps the site navigation and tagline from the end of the source', () => {
    expect(
      $('header nav a')
        .toArray()
        .map((el) => text($(el).text())),
    ).toContain('Our Blog');
    expect(text($('footer').text())).toContain('Embrace Relief and Renewal');
  });
});
