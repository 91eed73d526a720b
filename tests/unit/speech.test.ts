import { describe, expect, it } from 'vitest';
import {
  chunkText,
  cleanText,
  pickVoice,
  RATES,
  savedRate,
  sectionJump,
  speechChunks,
  type Chunk,
} from '../../src/lib/speech';

const sentence = (n: number, words = 8) =>
  `Sentence ${n} ${Array.from({ length: words }, (_, i) => `word${i}`).join(' ')}.`;

describe('cleanText', () => {
  it('collapses runs of white space and trims', () => {
    expect(cleanText('  Two\n\tlines   here \n')).toBe('Two lines here');
  });
});

describe('chunkText', () => {
  it('keeps a short paragraph whole', () => {
    expect(chunkText('Attacks are short. And severe!')).toEqual(['Attacks are short. And severe!']);
  });

  it('returns nothing for empty text', () => {
    expect(chunkText(' \n ')).toEqual([]);
  });

  it('cuts a long paragraph after sentences, packing sentences up to the limit', () => {
    const text = Array.from({ length: 12 }, (_, i) => sentence(i)).join(' ');
    const chunks = chunkText(text, 220);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.join(' ')).toBe(text);
    for (const chunk of chunks) {
      expect(chunk.length).toBeLessThanOrEqual(220);
      expect(chunk).toMatch(/^Sentence \d+ .*\.$/);
    }
    // Packed: no two neighbouring chunks would have fitted in one.
    for (let i = 1; i < chunks.length; i++)
      expect(chunks[i - 1]!.length + 1 + chunks[i]!.length).toBeGreaterThan(220);
  });

  it('cuts after ? ! … and closing quotes or brackets too', () => {
    const chunks = chunkText('Is it safe? “Mostly.” (Ask first.) Yes… Then go.', 12);
    expect(chunks).toEqual(['Is it safe?', '“Mostly.”', '(Ask first.)', 'Yes…', 'Then go.']);
  });

  it('does not cut inside a number or at a dot without a space', () => {
    expect(chunkText('Doses of 0.5 mg/kg were used. Next sentence here.', 30)).toEqual([
      'Doses of 0.5 mg/kg were used.',
      'Next sentence here.',
    ]);
  });

  it('cuts an over-long sentence at clauses, then between words', () => {
    const clauses = 'first clause here, second clause here; third clause here: fourth — fifth';
    expect(chunkText(clauses, 40)).toEqual([
      'first clause here, second clause here;',
      'third clause here: fourth — fifth',
    ]);
    const words = Array.from({ length: 80 }, (_, i) => `w${i}`).join(' ');
    const chunks = chunkText(words, 50);
    expect(chunks.join(' ')).toBe(words);
    for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(50);
  });

  it('leaves a single word longer than the limit whole', () => {
    const url = `https://example.com/${'x'.repeat(300)}`;
    expect(chunkText(`See ${url} now`, 100)).toEqual(['See', url, 'now']);
  });
});

describe('speechChunks', () => {
  it('keeps the order of the blocks, names each chunk’s block and skips empty blocks', () => {
    const long = Array.from({ length: 10 }, (_, i) => sentence(i)).join(' ');
    const chunks = speechChunks(['Title', '', long, 'Last.']);
    expect(chunks[0]).toEqual({ text: 'Title', block: 0 });
    expect(chunks.filter((c) => c.block === 1)).toEqual([]);
    expect(
      chunks
        .filter((c) => c.block === 2)
        .map((c) => c.text)
        .join(' '),
    ).toBe(long);
    expect(chunks.at(-1)).toEqual({ text: 'Last.', block: 3 });
  });
});

describe('sectionJump', () => {
  // Blocks: 0 title, 1 intro, 2 h2, 3 p (two chunks), 4 h2, 5 p. Chunks 0…6.
  const chunks: Chunk[] = [0, 1, 2, 3, 3, 4, 5].map((block) => ({ text: `b${block}`, block }));
  const sections = new Set([2, 4]);

  it('next: the start of the following section, or the end after the last', () => {
    expect(sectionJump(chunks, sections, 0, 1)).toBe(2);
    expect(sectionJump(chunks, sections, 1, 1)).toBe(2);
    expect(sectionJump(chunks, sections, 2, 1)).toBe(5);
    expect(sectionJump(chunks, sections, 4, 1)).toBe(5);
    expect(sectionJump(chunks, sections, 5, 1)).toBe(chunks.length);
  });

  it('previous: the start of the current section, or the one before at its start', () => {
    expect(sectionJump(chunks, sections, 4, -1)).toBe(2);
    expect(sectionJump(chunks, sections, 2, -1)).toBe(0);
    expect(sectionJump(chunks, sections, 6, -1)).toBe(5);
    expect(sectionJump(chunks, sections, 5, -1)).toBe(2);
    expect(sectionJump(chunks, sections, 1, -1)).toBe(0);
    expect(sectionJump(chunks, sections, 0, -1)).toBe(0);
  });

  it('a section heading cut into two chunks starts its section once', () => {
    const split: Chunk[] = [0, 1, 1, 2].map((block) => ({ text: `b${block}`, block }));
    expect(sectionJump(split, new Set([1]), 0, 1)).toBe(1);
    expect(sectionJump(split, new Set([1]), 1, 1)).toBe(4);
  });
});

describe('savedRate', () => {
  it('accepts only the offered speeds', () => {
    for (const rate of RATES) expect(savedRate(String(rate))).toBe(rate);
    for (const bad of [null, '', '2', 'fast', '0', '1.3']) expect(savedRate(bad)).toBe(1);
  });

  it('offers 0.75× to 1.5×, with the normal speed', () => {
    expect(Math.min(...RATES)).toBe(0.75);
    expect(Math.max(...RATES)).toBe(1.5);
    expect(RATES).toContain(1);
  });
});

describe('pickVoice', () => {
  const voice = (name: string, lang: string, isDefault = false, localService = false) => ({
    name,
    lang,
    default: isDefault,
    localService,
  });

  it('prefers a voice on the device, then the exact region, then the default', () => {
    const voices = [
      voice('British', 'en-GB', true, true),
      voice('Remote default US', 'en-US', true, false),
      voice('Local US', 'en-US', false, true),
      voice('French', 'fr-FR', true, true),
    ];
    expect(pickVoice(voices, 'en-US')?.name).toBe('Local US');
    expect(pickVoice([...voices, voice('Local default US', 'en_US', true, true)], 'en-US')?.name).toBe(
      'Local default US',
    );
    expect(
      pickVoice([voice('British', 'en-GB', true, true), voice('Remote US', 'en-US')], 'en-US')?.name,
    ).toBe('British');
    expect(
      pickVoice([voice('Remote US', 'en-US'), voice('Remote British', 'en-GB', true)], 'en-US')?.name,
    ).toBe('Remote US');
  });

  it('falls back to the same language in another region, and to none for another language', () => {
    expect(pickVoice([voice('British', 'en-GB'), voice('French', 'fr-FR', true)], 'en-US')?.name).toBe(
      'British',
    );
    expect(pickVoice([voice('French', 'fr-FR', true)], 'en-US')).toBeUndefined();
    expect(pickVoice([], 'en-US')).toBeUndefined();
    expect(pickVoice([voice('Spanish', 'es-US')], 'es')?.name).toBe('Spanish');
  });
});
