import type { Point } from 'satteri';

const PLACEHOLDER = /\b(?:TODO|TBD|FIXME|XXX)\b|\b[Ll]orem [Ii]psum\b/g;

interface Placeholder {
  /** The placeholder as written: `TODO`, `Lorem ipsum`, … */
  text: string;
  line: number;
  column: number;
}

/** Placeholders an editor left in some source text that starts at `start` (a text node may span several lines). */
export function findPlaceholders(source: string, start: Pick<Point, 'line' | 'column'>): Placeholder[] {
  const found: Placeholder[] = [];
  for (const match of source.matchAll(PLACEHOLDER)) {
    const before = source.slice(0, match.index);
    const lineBreak = before.lastIndexOf('\n');
    const line = start.line + (before.match(/\n/g)?.length ?? 0);
    const column = lineBreak === -1 ? start.column + match.index : match.index - lineBreak;
    found.push({ text: match[0], line, column });
  }
  return found;
}
