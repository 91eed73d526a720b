/**
 * What a built page runs or styles inline, as the Content-Security-Policy must name it: the sha256 of each
 * inline <script> and <style>. Inline event handlers, style="" attributes and javascript: links cannot be
 * allowed by hash without 'unsafe-inline' (or 'unsafe-hashes'), so they are reported as problems instead.
 *
 * Read with htmlparser2's streaming parser, which keeps a <script>'s or <style>'s text raw as browsers do: the
 * build reads every page, and building a whole tree per page took most of the security step's seven seconds
 * for 1,000 articles (BENCHMARKS.md).
 */
import { createHash } from 'node:crypto';
import { Parser } from 'htmlparser2';

export interface InlineCode {
  scripts: string[];
  styles: string[];
  problems: string[];
}

/** Script types a browser executes; JSON-LD and other data blocks are not code and need no hash. */
const EXECUTABLE_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

function cspHash(code: string): string {
  return `sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}`;
}

type Attributes = Record<string, string>;

const describe = (tag: string, attributes: Attributes) =>
  `<${tag}${attributes['id'] === undefined ? '' : ` id="${attributes['id']}"`}>`;

function attributeProblems(tag: string, attributes: Attributes): string[] {
  const problems: string[] = [];
  const src = attributes['src'];
  if (tag === 'script' && src !== undefined && /^(https?:)?\/\//i.test(src)) {
    problems.push(`${describe(tag, attributes)} loads a script from another origin (${src})`);
  }
  for (const name of Object.keys(attributes)) {
    if (/^on[a-z]/i.test(name))
      problems.push(`${describe(tag, attributes)} has an inline event handler (${name})`);
  }
  if (attributes['style'] !== undefined) {
    problems.push(`${describe(tag, attributes)} has a style="" attribute: use a class`);
  }
  const href = attributes['href'];
  if (href !== undefined && /^\s*javascript:/i.test(href)) {
    problems.push(`${describe(tag, attributes)} links to javascript:`);
  }
  return problems;
}

export function inlineCode(html: string): InlineCode {
  const found: InlineCode = { scripts: [], styles: [], problems: [] };
  /** The inline code being read: a <script> without src, or a <style>. */
  let open: { kind: 'scripts' | 'styles'; text: string } | undefined;
  const parser = new Parser({
    onopentag(tag, attributes) {
      found.problems.push(...attributeProblems(tag, attributes));
      const type = (attributes['type'] ?? '').trim().toLowerCase();
      if (tag === 'script' && attributes['src'] === undefined && EXECUTABLE_TYPES.has(type)) {
        open = { kind: 'scripts', text: '' };
      } else if (tag === 'style') {
        open = { kind: 'styles', text: '' };
      }
    },
    ontext(text) {
      if (open) open.text += text;
    },
    onclosetag(tag) {
      if (open && (tag === 'script' || tag === 'style')) {
        found[open.kind].push(cspHash(open.text));
        open = undefined;
      }
    },
  });
  parser.end(html);
  return found;
}

/** The code above: a build's memo of each page's inline code (src/build/page-memo.ts) is dropped when it changes. */
export const INLINE_CODE_SOURCE = [cspHash, describe, attributeProblems, inlineCode, [...EXECUTABLE_TYPES]];
