import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

/** Below this many words the grade swings wildly with one long sentence, so it says nothing useful. */
const MIN_WORDS = 100;

/** Words whose full stop does not end a sentence ("e.g." and "i.e." are handled as one word each). */
const ABBREVIATIONS = new Set(['al', 'dr', 'mr', 'mrs', 'ms', 'vs', 'fig', 'approx']);
const SENTENCE_END = new Set(['.', '!', '?']);
const CLOSING = new Set(['"', '”', '’', ')', ']']);
const INSIDE_WORD = new Set(["'", '’', '-']);
const NON_ASCII_LETTER = /\p{L}/u;

// Counting syllables is the slow part (several µs a word); the same words recur across articles.
const syllablesByWord = new Map<string, number>();

function syllablesOf(word: string): number {
  let count = syllablesByWord.get(word);
  if (count === undefined) {
    count = Math.max(1, syllable(word));
    syllablesByWord.set(word, count);
  }
  return count;
}

function isLetter(char: string | undefined): boolean {
  if (char === undefined) return false;
  const code = char.charCodeAt(0);
  if (code < 128) return (code | 32) >= 97 && (code | 32) <= 122;
  return NON_ASCII_LETTER.test(char);
}

function isSpace(char: string | undefined): boolean {
  return char === undefined || char === ' ' || char === '\n' || char === '\t' || char === '\r';
}

// A type alias, not an interface: flesch-kincaid's typings want an object of numbers (an index signature).
type Counts = {
  sentence: number;
  word: number;
  syllable: number;
};

/**
 * Adds one block's sentences, words and syllables to `counts`. A hand-written scan: this runs over every word of
 * every article on each check, and a regular expression per word was several times slower.
 */
function countBlock(block: string, counts: Counts): void {
  // "1. Modulating the glutamate system": the number of a numbered heading is not a sentence.
  const text = block.replace(/^\s*\d+[.)]\s/, '').toLowerCase();
  let sentenceOpen = false;
  let index = 0;
  const skipToSpace = () => {
    while (!isSpace(text[index])) index += 1;
  };
  while (index < text.length) {
    const char = text[index];
    if (isLetter(char)) {
      const start = index;
      while (isLetter(text[index]) || (INSIDE_WORD.has(text[index] ?? '') && isLetter(text[index + 1])))
        index += 1;
      let word = text.slice(start, index);
      if ((word === 'http' || word === 'https') && text.startsWith('://', index)) {
        skipToSpace();
        continue;
      }
      if (word === 'www' && text[index] === '.') {
        skipToSpace();
        continue;
      }
      if (
        (word === 'e' && text.startsWith('.g.', index)) ||
        (word === 'i' && text.startsWith('.e.', index))
      ) {
        word = word === 'e' ? 'eg' : 'ie';
        index += 3;
      } else if (text[index] === '.' && ABBREVIATIONS.has(word)) {
        index += 1;
      }
      counts.word += 1;
      counts.syllable += syllablesOf(word);
      sentenceOpen = true;
    } else if (SENTENCE_END.has(char ?? '')) {
      while (SENTENCE_END.has(text[index] ?? '')) index += 1;
      while (CLOSING.has(text[index] ?? '')) index += 1;
      if (sentenceOpen && isSpace(text[index])) {
        counts.sentence += 1;
        sentenceOpen = false;
      }
    } else {
      index += 1;
    }
  }
  if (sentenceOpen) counts.sentence += 1;
}

/**
 * Flesch–Kincaid grade of some prose, given as blocks (paragraphs, list items, headings): each block ends a
 * sentence even without a full stop. Web addresses are not prose. `undefined` when there are too few words.
 */
export function readingGrade(blocks: readonly string[]): number | undefined {
  const counts: Counts = { sentence: 0, word: 0, syllable: 0 };
  for (const block of blocks) countBlock(block, counts);
  if (counts.word < MIN_WORDS) return undefined;
  return fleschKincaid(counts);
}
