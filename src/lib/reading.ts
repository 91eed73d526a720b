import readingTime from 'reading-time';

export interface ReadingStats {
  minutes: number;
  words: number;
  label: string;
}

/** Reading time of an article body, leaving out MDX component tags, link targets and markup. */
export function readingStats(body: string): ReadingStats {
  const prose = body
    .replace(/<\/?[A-Z][\w.]*[^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[#*_>`[\]]/g, ' ');
  const { minutes, words } = readingTime(prose);
  const rounded = Math.max(1, Math.round(minutes));
  return { minutes: rounded, words, label: `${rounded} min read` };
}
