/**
 * YAML read with positions: every value can be traced back to the line and column an editor wrote it on.
 * The core schema keeps an unquoted 2026-13-45 as the text it is, so no date is rolled over before it is checked.
 */
import { isMap, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import type { Problem } from './problem.ts';
import { explainYamlError } from './yaml-errors.ts';

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

const YAML_ADVICE = 'write each field as name: value; check the colons, the indentation and the quotes';

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

  const lines = text.split('\n');
  const reportedLines = new Set<number>();
  const problems: Problem[] = [];
  for (const error of doc.errors) {
    const position = at(error.pos[0]);
    if (error.code === 'BAD_INDENT' && error.message.startsWith('Flow')) {
      // The parser notices an unclosed [ only on a later line: point at the line that opens it.
      const opening = lines.findLastIndex(
        (line, index) => index <= position.line - firstLine && line.includes('[') && !line.includes(']'),
      );
      if (opening !== -1)
        Object.assign(position, { line: opening + firstLine, column: lines[opening]!.indexOf('[') + 1 });
    }
    if (reportedLines.has(position.line)) continue; // one cause, often several errors on its line
    reportedLines.add(position.line);
    const { message, fix } = explainYamlError(error, lines[position.line - firstLine] ?? '');
    problems.push({ file, ...position, field: 'frontmatter', message, fix, severity: 'error' });
  }

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

  let data: unknown;
  try {
    data = doc.toJS();
  } catch {
    // Resolving the values failed: in frontmatter, almost always a value starting with * (`*Important* news`),
    // which YAML reads as an alias (a reference to another value).
    if (!problems.length) problems.push(aliasProblem(file, doc, at) ?? unreadable(file, start));
  }

  return {
    file,
    data,
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

function aliasProblem(file: string, doc: Document, at: (offset: number) => Position): Problem | undefined {
  let offset: number | undefined;
  visit(doc, {
    Alias(_, node) {
      offset = node.range?.[0];
      return visit.BREAK;
    },
  });
  if (offset === undefined) return undefined;
  return {
    file,
    ...at(offset),
    field: 'frontmatter',
    message: 'a value starts with *, which YAML reads as a reference to another value',
    fix: "put the text in quotes, for example title: '*Important* news about migraine'",
    severity: 'error',
  };
}

function unreadable(file: string, start: Position): Problem {
  return {
    file,
    ...start,
    field: 'frontmatter',
    message: 'the values cannot be read',
    fix: YAML_ADVICE,
    severity: 'error',
  };
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
