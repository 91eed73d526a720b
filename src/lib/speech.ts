/**
 * Reading an article aloud (the Listen control, src/components/article/Listen.astro): what is read, in what
 * pieces, where a section starts, at what speed and in which voice. Pure, so the browser script stays small;
 * the script only finds the elements and talks to `speechSynthesis`.
 */

/** The elements read, in document order, inside the article's text; the title (h1) is read first. */
export const READABLE = 'h2,h3,h4,h5,h6,p,li,dt,dd,figcaption';

/** Never read: citation numbers, and boxes that are not the article's prose (a consult call to action). */
export const UNREAD = '.cite,.not-prose';

/** The headings that start a section for "previous/next section". */
export const SECTION = 'H2';

/** The speeds offered; 1 is the voice's normal speed. */
export const RATES = [0.75, 1, 1.25, 1.5];

/**
 * Some browsers stop an utterance after about 15 seconds or a few minutes: each piece handed to the engine
 * is one paragraph, or a run of its sentences of at most this many characters.
 */
const CHUNK_LENGTH = 220;

export interface Chunk {
  text: string;
  /** The index of the element (block) it comes from. */
  block: number;
}

export const cleanText = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Pieces of at most `max` characters, cut after sentences, then after commas, then between words. */
export function chunkText(text: string, max = CHUNK_LENGTH): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const piece of pieces(cleanText(text), max)) {
    if (current && current.length + 1 + piece.length > max) {
      chunks.push(current);
      current = piece;
    } else current = current ? `${current} ${piece}` : piece;
  }
  if (current) chunks.push(current);
  return chunks;
}

/** Where a text may be cut, best first: after a sentence, after a clause, between words. */
const CUTS = [/([.!?…]["”’)\]]*) /g, /([,;:—]) /g, /(\S) /g];

/** Sentences, each cut further (at clause ends, then between words) while it is longer than `max`. */
function pieces(text: string, max: number, level = 0): string[] {
  const cut = CUTS[level];
  if (!cut || (level && text.length <= max)) return [text];
  return text
    .replace(cut, '$1\n')
    .split('\n')
    .flatMap((part) => (part ? pieces(part, max, level + 1) : []));
}

/** The article's blocks, in order, as the pieces handed to the speech engine. */
export function speechChunks(blocks: readonly string[], max = CHUNK_LENGTH): Chunk[] {
  return blocks.flatMap((text, block) => chunkText(text, max).map((piece) => ({ text: piece, block })));
}

/**
 * The chunk a "next" (+1) or "previous" (-1) section jump from chunk `at` lands on. Sections start at the first
 * chunk and at each block in `starts`. "Previous" goes back to the start of the section being read, or to the
 * one before when that section has only just begun (as a music player does with tracks).
 */
export function sectionJump(chunks: readonly Chunk[], starts: ReadonlySet<number>, at: number, step: 1 | -1) {
  const firsts = chunks.flatMap((chunk, i) =>
    i === 0 || (starts.has(chunk.block) && chunks[i - 1]!.block !== chunk.block) ? [i] : [],
  );
  return step > 0
    ? (firsts.find((i) => i > at) ?? chunks.length)
    : (firsts.filter((i) => i < at).at(-1) ?? 0);
}

/** A remembered speed, if it is one of RATES; otherwise the normal speed. */
export function savedRate(value: string | null): number {
  const rate = Number(value);
  return RATES.includes(rate) ? rate : 1;
}

interface VoiceLike {
  lang: string;
  default: boolean;
  localService: boolean;
}

/**
 * The voice for a page in `lang` ("en-US"): a voice of the same language, one on the device before any network
 * voice (a network voice sends the text to the browser maker: the privacy page says the site prefers the
 * device's), then the same region, then the browser's default. None when nothing matches.
 */
export function pickVoice<V extends VoiceLike>(voices: readonly V[], lang: string): V | undefined {
  const tag = (voice: V) => voice.lang.replace('_', '-').toLowerCase();
  const wanted = lang.toLowerCase();
  const base = wanted.split('-')[0];
  const rank = (voice: V) =>
    (voice.localService ? 4 : 0) + (tag(voice) === wanted ? 2 : 0) + (voice.default ? 1 : 0);
  return voices.filter((voice) => tag(voice).split('-')[0] === base).sort((a, b) => rank(b) - rank(a))[0];
}
