/**
 * YAML read with positions: every value can be traced back to the line and column an editor wrote it on.
 * The core schema keeps an unquoted 2026-13-45 as the text it is, so no date is rolled over before it is checked.
 */
import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { Problem } from './problem.ts';

export interface Position {
  line: number;
  column: number;
}

export type FieldPath = readonly PropertyKey[];

export interface YamlSource {
  file: string;
  /** The parsed value, or undefined when the YAML could not be read at all. */
  data: unknown;
  /** Where the field at `path` was written: its key (or list item), else its nearest written parent. */
  locate(path: FieldPath): Position;
  /** The node at `path`, if written: its text as the editor typed it (`source`) and its parsed value. */
  node(path: FieldPath): { source: string | undefined; value: unknown } | undefined;
  problems: Problem[];
}

/** `image.src`, `tags[1]`: how a field path is shown to editors. */
export function fieldName(path: FieldPath): string {
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index ? '.' : ''}${String(part)}`))
    .join('');
}

const YAML_ADVICE =
  'check the colon after the field name, the indentation, and the quotes (put text containing a colon or # in quotes)';

/**
 * Parses `text` (the YAML of `file`, starting at line `firstLine` of that file) so that positions are those of
 * the file the editor has open.
 */
export function readYaml(file: string, text: string, firstLine = 1): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  const start: Position = { line: Math.max(1, firstLine - 1), column: 1 };

  const problems: Problem[] = doc.errors.map((error) => {
    const duplicate = error.code === 'DUPLICATE_KEY';
    return {
      file,
      ...at(error.pos[0]),
      field: 'frontmatter',
      message: duplicate
        ? 'this field is written twice'
        : `this line cannot be read (${error.message.replace(/\s+/g, ' ').trim()})`,
      fix: duplicate ? 'keep one of the two lines and delete the other' : YAML_ADVICE,
      severity: 'error',
    };
  });

  const walk = (path: FieldPath) => {
    let current: unknown = doc.contents;
    let position = start;
    let found = true;
    for (const part of path) {
      if (isMap(current)) {
        const pair = current.items.find((item) => (item.key as Node | null)?.toJSON?.() === part);
        if (!pair) {
          found = false;
          break;
        }
        const key = pair.key as Node;
        if (key.range) position = at(key.range[0]);
        current = pair.value;
      } else if (isSeq(current) && typeof part === 'number' && current.items[part]) {
        current = current.items[part];
        const range = (current as Node).range;
        if (range) position = at(range[0]);
      } else {
        found = false;
        break;
      }
    }
    return { position, node: found ? (current as Node | null) : undefined };
  };

  return {
    file,
    data: doc.errors.length ? safeToJs(doc) : doc.toJS(),
    locate: (path) => walk(path).position,
    node(path) {
      const { node } = walk(path);
      if (node === undefined) return undefined;
      const source = node && 'source' in node && typeof node.source === 'string' ? node.source : undefined;
      return { source, value: node?.toJSON() ?? null };
    },
    problems,
  };
}

function safeToJs(doc: Document): unknown {
  try {
    return doc.toJS();
  } catch {
    return undefined;
  }
}

export interface SplitArticle {
  /** The YAML between the `---` lines, and the line of the file it starts on. */
  yaml: string;
  yamlLine: number;
  body: string;
  bodyLine: number;
}

/** Splits an article into its frontmatter and its body; undefined when there is no `---` block on line 1. */
export function splitFrontmatter(text: string): SplitArticle | undefined {
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  if (lines[0]?.trimEnd() !== '---') return undefined;
  const end = lines.findIndex((line, index) => index > 0 && line.trimEnd() === '---');
  if (end === -1) return undefined;
  return {
    yaml: lines.slice(1, end).join('\n'),
    yamlLine: 2,
    body: lines.slice(end + 1).join('\n'),
    bodyLine: end + 2,
  };
}
