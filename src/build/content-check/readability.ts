import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

/** Below this many words the grade swings wildly with one long sentence, so it says nothing useful. */
const MIN_WORDS = 100;

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'e.g.',
  'i.e.',
  'al.',
  'dr.',
  'mr.',
  'mrs.',
  'ms.',
  'vs.',
  'st.',
  'no.',
  'fig.',
  'approx.',
]);

const WORD = /\p{L}+(?:['’-]\p{L}+)*/gu;
const WEB_ADDRESS = /^(?:https?:\/\/|www\.)/i;
const ENDS_SENTENCE = /[.!?]["”’)\]]*$/;

// Counting syllables is the slow part (a few µs a word); the same words recur across articles.
const syllablesByWord = new Map<string, number>();

function syllablesOf(word: string): number {
  const key = word.toLowerCase();
  let count = syllablesByWord.get(key);
  if (count === undefined) {
    count = Math.max(1, syllable(key));
    syllablesByWord.set(key, count);
  }
  return count;
}

/**
 * Flesch–Kincaid grade of some prose, given as blocks (paragraphs, list items, headings): each block ends a
 * sentence even without a full stop. `undefined` when there are too few words to judge.
 */
export function readingGrade(blocks: readonly string[]): number | undefined {
  let sentences = 0;
  let words = 0;
  let syllables = 0;
  for (const block of blocks) {
    let sentenceOpen = false;
    const tokens = block.split(/\s+/).filter(Boolean);
    tokens.forEach((token, index) => {
      // "1. Modulating the glutamate system": the number of a numbered heading is not a sentence.
      if (index === 0 && /^\d+[.)]$/.test(token)) return;
      if (WEB_ADDRESS.test(token)) return;
      if (ABBREVIATIONS.has(token.toLowerCase())) {
        words += 1;
        syllables += syllablesOf(token.replace(/\./g, ''));
        sentenceOpen = true;
        return;
      }
      for (const word of token.match(WORD) ?? []) {
        words += 1;
        syllables += syllablesOf(word);
        sentenceOpen = true;
      }
      if (sentenceOpen && ENDS_SENTENCE.test(token)) {
        sentences += 1;
        sentenceOpen = false;
      }
    });
    if (sentenceOpen) sentences += 1;
  }
  if (words < MIN_WORDS) return undefined;
  return fleschKincaid({ sentence: sentences, word: words, syllable: syllables });
}
