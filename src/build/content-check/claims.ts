/**
 * The claims check: absolute or promotional health claims ("cure", "guaranteed", "breakthrough", "100%",
 * "no side effects", "FDA-approved"…) in an article's title, description, closing words and text. Each is a
 * warning on its line and column, unless the article's `acknowledgedClaims` lists the phrase with a reason that
 * states a fact. A claim that is negated in its own clause ("not FDA-approved", "Neither is approved by the FDA",
 * "there is no cure") is what an honest article says, and a phrase in quotation marks is quoted, not claimed:
 * neither is reported.
 */
import type { MdastNode } from 'satteri';
import { mdxTree } from '../../lib/mdx-tree.ts';
import type { Problem } from './problem.ts';
import { fieldName, type YamlSource } from './yaml-source.ts';

interface ClaimPattern {
  /** The claim's name, as editors may list it under acknowledgedClaims (it then covers every variant). */
  claim: string;
  pattern: RegExp;
  /** Lower-case words the claim cannot match without: a quick look that spares most regular expressions. */
  hints: readonly string[];
}

/** Word-bounded, case-insensitive; hyphens and spaces are interchangeable where editors write either. */
export const CLAIMS: readonly ClaimPattern[] = [
  { claim: 'cure', hints: ['cur'], pattern: /\bcur(?:e|es|ed|ing)\b/giu },
  { claim: 'guaranteed', hints: ['guarantee'], pattern: /\bguarantee(?:s|d)?\b/giu },
  {
    claim: 'miracle',
    hints: ['mirac', 'wonder', 'magic'],
    pattern: /\b(?:miracles?|miraculous(?:ly)?|wonder (?:drugs?|cures?)|magic bullets?)\b/giu,
  },
  // "Breakthrough pain" (and headache, bleeding, seizures) is a clinical term, not a promise.
  {
    claim: 'breakthrough',
    hints: ['breakthrough'],
    pattern: /\bbreakthroughs?\b(?![ -](?:pain|headaches?|bleeding|seizures?|symptoms?)\b)/giu,
  },
  { claim: 'groundbreaking', hints: ['breaking'], pattern: /\bground[ -]?breaking\b/giu },
  { claim: 'revolutionary', hints: ['revolution'], pattern: /\brevolution(?:ary|i[sz]es?|i[sz]ing)\b/giu },
  { claim: 'life-changing', hints: ['life'], pattern: /\blife[ -](?:changing|transforming|saving)\b/giu },
  { claim: 'game-changer', hints: ['game'], pattern: /\bgame[ -]chang(?:ers?|ing)\b/giu },
  { claim: '100%', hints: ['100'], pattern: /(?<![\d.])100 ?(?:%|percent\b|per cent\b)/giu },
  {
    claim: 'risk-free',
    hints: ['risk'],
    pattern: /\b(?:risk[ -]?free|(?:no|zero) risks?|without (?:any )?risks?)\b/giu,
  },
  {
    claim: 'no side effects',
    hints: ['side'],
    pattern:
      /\b(?:(?:no|zero|without(?: any)?) side[ -]effects?|side[ -]effect[ -]free|free (?:of|from) side[ -]effects)\b/giu,
  },
  {
    claim: 'FDA-approved',
    hints: ['fda', 'food and drug'],
    pattern:
      /\b(?:FDA[ -](?:approved|cleared)|FDA approval|(?:approved|cleared) by the (?:FDA|Food and Drug Administration))\b/giu,
  },
  {
    claim: 'proven',
    hints: ['proven'],
    pattern: /\b(?:(?:clinically|scientifically|medically) )?proven\b/giu,
  },
  {
    claim: 'completely safe',
    hints: ['safe'],
    pattern: /\b(?:completely|totally|perfectly|absolutely|entirely) safe\b/giu,
  },
  // "safe and effective", "safe, fast-acting, and effective"
  { claim: 'safe and effective', hints: ['effective'], pattern: /\bsafe(?:, ?[\w-]+)*,? and effective\b/giu },
  {
    claim: 'works for everyone',
    hints: ['everyone', 'everybody', 'every patient', 'all patients'],
    pattern: /\b(?:works|effective) for (?:everyone|everybody|every patient|all patients)\b/giu,
  },
  {
    claim: 'permanent relief',
    hints: ['permanent'],
    pattern: /\bpermanent(?:ly)? (?:relief|results?|solutions?|fix)\b/giu,
  },
  { claim: 'instant relief', hints: ['instant'], pattern: /\binstant(?:ly)? relief\b/giu },
];

const NEGATORS = new Set([
  'no',
  'not',
  'never',
  'neither',
  'nor',
  'none',
  'nothing',
  'without',
  'cannot',
  "can't",
  'isn’t',
  "isn't",
  "aren't",
  'aren’t',
  "wasn't",
  "doesn't",
  'doesn’t',
  "don't",
  'don’t',
  "hasn't",
  'hasn’t',
  "haven't",
  "won't",
  'unlikely',
]);
/** "not only a breakthrough" affirms it. */
const NOT_A_NEGATION = new Set(['only', 'just', 'merely']);
/** Where a clause ends: a negation before it does not reach a claim after it. */
const CLAUSE_END = /[.!?;:—–()]|\bbut\b/giu;
const NEGATION_REACH = 4;

/** True when a negating word stands in the few words before `index`, in the same clause. */
function isNegated(text: string, index: number): boolean {
  const before = text.slice(0, index);
  let start = 0;
  for (const match of before.matchAll(CLAUSE_END)) start = match.index + match[0].length;
  const words = before
    .slice(start)
    .toLowerCase()
    .split(/[\s,]+/u)
    .filter(Boolean);
  const reach = words.slice(-NEGATION_REACH);
  return reach.some((word, position) => NEGATORS.has(word) && !NOT_A_NEGATION.has(reach[position + 1] ?? ''));
}

export interface ClaimMatch {
  claim: string;
  /** The words as written. */
  text: string;
  /** Index in the searched text. */
  index: number;
}

/**
 * True when the words from `start` to `end` stand inside quotation marks: a phrase quoted to discuss it
 * (calling ketamine “a breakthrough”) mentions the claim, it does not make it.
 */
function isQuoted(text: string, start: number, end: number): boolean {
  const before = text.slice(0, start);
  const curly = before.lastIndexOf('“') > before.lastIndexOf('”') && text.indexOf('”', end) !== -1;
  const straight = (before.match(/"/gu) ?? []).length % 2 === 1 && text.indexOf('"', end) !== -1;
  return curly || straight;
}

/** One pass that tells whether a text may hold any claim at all: most paragraphs hold none. */
const ANY_CLAIM = new RegExp(CLAIMS.map(({ pattern }) => `(?:${pattern.source})`).join('|'), 'iu');

/** Every claim in `text` that is neither negated nor quoted, in order. */
export function findClaims(text: string): ClaimMatch[] {
  if (!ANY_CLAIM.test(text)) return [];
  const found: ClaimMatch[] = [];
  const lower = text.toLowerCase();
  for (const { claim, pattern, hints } of CLAIMS) {
    if (!hints.some((hint) => lower.includes(hint))) continue;
    for (const match of text.matchAll(pattern)) {
      const { index } = match;
      if (isNegated(text, index) || isQuoted(text, index, index + match[0].length)) continue;
      found.push({ claim, text: match[0], index });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** How phrases compare: case, hyphens, spaces and curly quotes do not matter. */
const normalizePhrase = (phrase: string) =>
  phrase
    .toLowerCase()
    .replace(/[’‘]/gu, "'")
    .replace(/[\s-]+/gu, ' ')
    .trim();

interface Position {
  line: number;
  column: number;
}

/** A claim found in the article, where an editor wrote it. */
export interface FoundClaim extends ClaimMatch, Position {
  field: string;
}

/** Claims in the prose of an MDX body (not in code, expressions or tag attributes), with file positions. */
export function bodyClaims(body: string, bodyLine: number): FoundClaim[] {
  let tree: MdastNode;
  try {
    tree = mdxTree(body);
  } catch {
    return []; // the body check reports why the text cannot be read
  }
  const lineStarts = [0];
  for (let index = body.indexOf('\n'); index !== -1; index = body.indexOf('\n', index + 1)) {
    lineStarts.push(index + 1);
  }
  const positionOf = (offset: number): Position => {
    let line = lineStarts.findLastIndex((start) => start <= offset);
    line = Math.max(line, 0);
    return { line: line + bodyLine, column: offset - lineStarts[line]! + 1 };
  };

  const found: FoundClaim[] = [];
  // One block of prose at a time (a paragraph, a heading, a table cell), so a claim split by emphasis or a
  // link ("safe, **fast-acting**, and effective") is still found; each character keeps its offset in the body.
  const searchBlock = (block: MdastNode) => {
    let text = '';
    // Where each piece of the block's text was written: its index in `text` and its offset in the body.
    const pieces: { at: number; offset: number; exact: boolean }[] = [];
    const add = (value: string, offset: number, exact: boolean) => {
      pieces.push({ at: text.length, offset, exact });
      text += value;
    };
    const offsetOf = (index: number) => {
      const piece = pieces.findLast(({ at }) => at <= index);
      if (!piece) return 0;
      return piece.exact ? piece.offset + index - piece.at : piece.offset;
    };
    const collect = (node: MdastNode) => {
      switch (node.type) {
        case 'text': {
          const { start, end } = node.position ?? {};
          const from = start?.offset ?? 0;
          add(node.value, from, body.slice(from, end?.offset ?? from) === node.value);
          return;
        }
        case 'break':
        case 'inlineCode':
        case 'mdxTextExpression':
          add(' ', node.position?.start.offset ?? 0, false);
          return;
      }
      if ('children' in node) for (const child of node.children) collect(child);
    };
    collect(block);
    for (const match of findClaims(text)) {
      found.push({ ...match, field: 'body', ...positionOf(offsetOf(match.index)) });
    }
  };
  const visit = (node: MdastNode) => {
    switch (node.type) {
      case 'code':
      case 'mdxjsEsm':
      case 'mdxFlowExpression':
        return;
      case 'paragraph':
      case 'heading':
      case 'tableCell':
        searchBlock(node);
        return;
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return found;
}

/** Fields of the frontmatter whose words readers see as prose. */
const TEXT_FIELDS = ['title', 'shortTitle', 'description', 'closing'] as const;

/** Claims in the title, short title, description and closing words, placed on the words as written. */
function frontmatterClaims(source: YamlSource, yamlLines: readonly string[], yamlLine: number) {
  const data = (source.data ?? {}) as Record<string, unknown>;
  const found: FoundClaim[] = [];
  for (const field of TEXT_FIELDS) {
    const value = data[field];
    if (typeof value !== 'string') continue;
    const at = source.locate([field]);
    for (const match of findClaims(value)) {
      // The words on the field's line (or the lines a long value continues on); else the field itself.
      let position: Position = at;
      for (let line = at.line; line < at.line + 6; line++) {
        const written = yamlLines[line - yamlLine];
        if (written === undefined) break;
        const column = written.indexOf(match.text, line === at.line ? at.column - 1 : 0);
        if (column !== -1) {
          position = { line, column: column + 1 };
          break;
        }
      }
      found.push({ ...match, field, ...position });
    }
  }
  return found;
}

interface Acknowledged {
  phrase: string;
  reason: string;
  index: number;
}

function acknowledgedOf(source: YamlSource): Acknowledged[] {
  const list = (source.data as Record<string, unknown> | undefined)?.['acknowledgedClaims'];
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry: unknown, index) => {
    const { phrase, reason } = (entry ?? {}) as Record<string, unknown>;
    return typeof phrase === 'string' && phrase.trim()
      ? [{ phrase, reason: typeof reason === 'string' ? reason : '', index }]
      : [];
  });
}

/** A reason that cites a review: only an article with a named reviewer can have had one. */
const CITES_A_REVIEW =
  /\b(?:reviewed|reviewer|vetted|verified|fact[ -]checked|signed off)\b|\b(?:medical|clinical|editorial) review\b/iu;

export interface ClaimsInput {
  file: string;
  source: YamlSource;
  yamlLines: readonly string[];
  yamlLine: number;
  body: string;
  bodyLine: number;
}

/** Warnings for unacknowledged claims and for acknowledgments that no longer match anything. */
export function claimProblems(input: ClaimsInput): Problem[] {
  const { file, source } = input;
  const claims = [
    ...frontmatterClaims(source, input.yamlLines, input.yamlLine),
    ...bodyClaims(input.body, input.bodyLine),
  ];
  const acknowledged = acknowledgedOf(source);
  const used = new Set<number>();
  const problems: Problem[] = [];
  for (const claim of claims) {
    const names = [normalizePhrase(claim.text), normalizePhrase(claim.claim)];
    const entry = acknowledged.find(({ phrase }) => names.includes(normalizePhrase(phrase)));
    if (entry) {
      used.add(entry.index);
      continue;
    }
    problems.push({
      file,
      line: claim.line,
      column: claim.column,
      field: claim.field,
      message: `“${claim.text}” is an absolute or promotional health claim (${claim.claim}): patients may read it as a promise`,
      fix: `say what the evidence shows instead ("may help", "some patients report"), or keep it and list it under acknowledgedClaims as - phrase: ${claim.text} with a reason that states a fact`,
      severity: 'warning',
    });
  }
  const hasReviewer = typeof (source.data as Record<string, unknown> | undefined)?.['reviewer'] === 'string';
  for (const { phrase, reason, index } of acknowledged) {
    const path = ['acknowledgedClaims', index];
    if (!used.has(index)) {
      problems.push({
        file,
        ...source.locate([...path, 'phrase']),
        field: fieldName([...path, 'phrase']),
        message: `“${phrase}” is acknowledged but no longer appears as a claim in the title, description or text`,
        fix: 'remove this entry (phrase and reason), or check the spelling of the phrase',
        severity: 'warning',
      });
    }
    if (!hasReviewer && CITES_A_REVIEW.test(reason)) {
      problems.push({
        file,
        ...source.locate([...path, 'reason']),
        field: fieldName([...path, 'reason']),
        message:
          'the reason cites a review, but the article names no reviewer: never state a review nobody made',
        fix: 'write a fact about the phrase, for example "the clinic’s own wording in its source text"',
        severity: 'error',
      });
    }
  }
  return problems;
}
