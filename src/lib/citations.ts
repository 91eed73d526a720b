/**
 * Linked citations: an article cites a work with `<Cite id="pomeroy2017" />`, the id of a file in
 * content/references/. The numbers follow the order of first use in the text; the page, its Sources list, its
 * JSON-LD and the content check all read that order from here, from the article's raw MDX body.
 */
import type { MdastNode } from 'satteri';
import { mdxTree } from './mdx-tree.ts';

/** The component's name, as written in MDX. */
export const CITE = 'Cite';

export interface CitationUse {
  /** The id written in the `id` attribute; '' when it is missing or not plain text. */
  id: string;
  /** 1-based, in the body's own text. */
  line: number;
  column: number;
  /** Written right after another <Cite>, with nothing between: the two numbers would read as one ("38"). */
  followsCite: boolean;
}

/** Every `<Cite id="…" />` of a body, in document order. Throws when the MDX cannot be parsed. */
export function citationUses(body: string): CitationUse[] {
  const uses: CitationUse[] = [];
  let previousEnd: number | undefined;
  const visit = (node: MdastNode): void => {
    if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === CITE) {
      const attribute = node.attributes.find((item) => item.type === 'mdxJsxAttribute' && item.name === 'id');
      const value = attribute && 'value' in attribute ? attribute.value : undefined;
      const start = node.position?.start;
      uses.push({
        id: typeof value === 'string' ? value.trim() : '',
        line: start?.line ?? 1,
        column: start?.column ?? 1,
        followsCite: previousEnd !== undefined && start?.offset === previousEnd,
      });
      previousEnd = node.position?.end.offset;
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(mdxTree(body));
  return uses;
}

/** The ids cited, each once, in the order of first use: the order of the Sources list. */
export function citationOrder(uses: readonly CitationUse[]): string[] {
  return [...new Set(uses.map((use) => use.id).filter(Boolean))];
}

/** How often each id is cited, by id. */
export function citationCounts(uses: readonly CitationUse[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { id } of uses) if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

/** The anchor of a Sources entry, and of the k-th place (1-based) that cites it. */
export const sourceAnchor = (id: string): string => `source-${id}`;
export const citeAnchor = (id: string, k: number): string => `cite-${id}-${k}`;

/**
 * The numbers of one page's citations, shared by its <Cite> components while the page renders: each gets its
 * source's number and the next free anchor for that source, so every place cited has an id of its own.
 */
export interface CitationNumbering {
  numberOf(id: string): number | undefined;
  /** The anchor for the next place that cites `id`. */
  nextAnchor(id: string): string;
}

export function citationNumbering(order: readonly string[]): CitationNumbering {
  const used = new Map<string, number>();
  return {
    numberOf: (id) => {
      const index = order.indexOf(id);
      return index === -1 ? undefined : index + 1;
    },
    nextAnchor: (id) => {
      const k = (used.get(id) ?? 0) + 1;
      used.set(id, k);
      return citeAnchor(id, k);
    },
  };
}
