import readingTime from 'reading-time';

export interface ReadingStats {
  minutes: number;
  words: number;
}

/** Reading time of an article body, leaving out MDX component tags, link targets and markup. */
export function readingStats(body: string): ReadingStats {
  const prose = body
    .replace(/<\/?[A-Z][\w.]*[^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[#*_>`[\]]/g, ' ');
  const { minutes, words } = readingTime(prose);
  return { minutes: Math.max(1, Math.round(minutes)), words };
}
