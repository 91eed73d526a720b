/** Groups an article's headings into a two-level table of contents: sections (H2) and their parts (H3). */
export interface TocHeading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocEntry {
  heading: TocHeading;
  children: TocHeading[];
}

export function tocEntries(headings: readonly TocHeading[]): TocEntry[] {
  const entries: TocEntry[] = [];
  for (const heading of headings) {
    if (heading.depth === 2) entries.push({ heading, children: [] });
    else if (heading.depth === 3) entries.at(-1)?.children.push(heading);
  }
  return entries;
}
