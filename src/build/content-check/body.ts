import type { MdastNode, Point } from 'satteri';
import { mdxTree } from '../../lib/mdx-tree.ts';
import { MDX_COMPONENT_NAMES } from '../../lib/mdx-components.ts';
import { adviseOnLink } from './body-links.ts';
import { adviseOnElement } from './mdx-elements.ts';
import { explainParseError } from './mdx-errors.ts';
import { findPlaceholders } from './placeholders.ts';
import type { Problem, Severity } from './problem.ts';
import { readingGrade } from './readability.ts';
import type { ArticleStatus } from '../../lib/publishing.ts';

export interface BodyInput {
  /** content/blog/x.mdx */
  file: string;
  /** The text after the frontmatter. */
  body: string;
  /** 1-based line of the file where `body` starts. */
  bodyLine: number;
  status: ArticleStatus;
}

export interface BodyContext {
  /** Where an internal path leads: a public page, a page that exists only as a draft/scheduled post, or nothing. */
  resolvePath(path: string): 'public' | 'unpublished' | 'missing';
  readingGradeMax: number;
}

export interface BodyImage {
  src: string;
  alt: string;
  line: number;
  column: number;
}

export interface BodyReport {
  problems: Problem[];
  images: BodyImage[];
}

// The options @astrojs/mdx parses with (GFM on); the frontmatter is already cut off.
const COMMENT_ONLY = /^\s*\/\*[\s\S]*\*\/\s*$/;
const componentTags = MDX_COMPONENT_NAMES.map((name) => `<${name}>`).join(', ');

/**
 * Checks the MDX text of one article: what would break the build or the page (parse errors, unknown components
 * and HTML, code in braces, links that lead nowhere), and the editorial lint (headings, bare addresses, reading
 * level). Also lists the article's Markdown images, whose files the caller checks.
 */
export function checkBody(input: BodyInput, context: BodyContext): BodyReport {
  const problems: Problem[] = [];
  const images: BodyImage[] = [];
  const lineOffset = input.bodyLine - 1;
  const isLive = input.status !== 'draft';
  const resolvePath = (path: string) => context.resolvePath(path);

  const report = (point: Point | undefined, severity: Severity, message: string, fix: string) => {
    problems.push({
      file: input.file,
      line: (point?.line ?? 1) + lineOffset,
      column: point?.column ?? 1,
      field: 'body',
      message,
      fix,
      severity,
    });
  };

  let tree: MdastNode;
  try {
    tree = mdxTree(input.body);
  } catch (error) {
    const explained = explainParseError(error, input.body, lineOffset);
    report({ line: explained.line, column: explained.column }, 'error', explained.message, explained.fix);
    return { problems, images };
  }

  const proseBlocks: string[] = [];
  const definitions = new Map<string, string>();
  const references: Extract<MdastNode, { type: 'linkReference' | 'imageReference' }>[] = [];
  let previousHeadingDepth = 1;

  const checkLink = (url: string, point: Point | undefined) => {
    const advice = adviseOnLink(url, input.status, resolvePath);
    if (advice) report(point, 'error', advice.message, advice.fix);
  };

  const addImage = (src: string, alt: string, point: Point | undefined) => {
    const line = (point?.line ?? 1) + lineOffset;
    images.push({ src, alt, line, column: point?.column ?? 1 });
    if (alt.trim() === '') {
      report(
        point,
        'error',
        'the image has no description (alt text)',
        `describe the image in the brackets: ![a nurse …](${src})`,
      );
    }
    if (/^http:\/\//i.test(src)) {
      report(
        point,
        'error',
        `the image address ${src} is not secure (http)`,
        `write ${src.replace(/^http:/i, 'https:')}`,
      );
    }
  };

  const checkPlaceholders = (node: Extract<MdastNode, { type: 'text' }>) => {
    const { start, end } = node.position ?? {};
    if (start?.offset === undefined || end?.offset === undefined) return;
    for (const { text, line, column } of findPlaceholders(
      input.body.slice(start.offset, end.offset),
      start,
    )) {
      if (isLive) {
        report(
          { line, column },
          'error',
          `the placeholder "${text}" is still in the text of a ${input.status} article`,
          'finish the sentence or delete the placeholder',
        );
      } else {
        report(
          { line, column },
          'warning',
          `the placeholder "${text}" is still in the text`,
          'finish or delete it before you publish',
        );
      }
    }
  };

  const visit = (node: MdastNode): void => {
    const point = node.position?.start;
    switch (node.type) {
      case 'code':
      case 'inlineCode':
        return;
      case 'mdxjsEsm': {
        const importsImage = /astro:assets|\.(?:jpe?g|png|webp|avif|gif|svg)['"]/i.test(node.value);
        report(
          point,
          'error',
          'import and export lines are not allowed in articles',
          importsImage
            ? 'delete this line and write the image in Markdown: ![describe the image](./photo.jpg)'
            : `delete this line: the site’s components (${componentTags}) work without importing them`,
        );
        return;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression': {
        if (COMMENT_ONLY.test(node.value)) return;
        const shown = node.value.length > 30 ? `${node.value.slice(0, 30)}…` : node.value;
        report(
          point,
          'error',
          `the text {${shown}} is read as code in MDX: the page would break or show nothing here`,
          'to show braces as text, write \\{ and \\} instead of { and }; otherwise delete them',
        );
        return;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const advice = adviseOnElement(node.name);
        if (advice) report(point, 'error', advice.message, advice.fix);
        break;
      }
      case 'heading': {
        const marks = (depth: number) => '#'.repeat(depth);
        if (node.depth === 1) {
          report(
            point,
            'warning',
            'a # heading (level 1) in the text: the article’s title is already the page’s top heading',
            'start section headings with ## instead',
          );
        } else if (node.depth > previousHeadingDepth + 1) {
          const after = previousHeadingDepth === 1 ? 'the title' : `a ${marks(previousHeadingDepth)} heading`;
          report(
            point,
            'warning',
            `this ${marks(node.depth)} heading skips a level after ${after}`,
            `use ${marks(previousHeadingDepth + 1)} here (headings go down one level at a time)`,
          );
        }
        previousHeadingDepth = node.depth;
        proseBlocks.push(proseOf(node));
        break;
      }
      case 'paragraph':
        proseBlocks.push(proseOf(node));
        break;
      case 'text':
        checkPlaceholders(node);
        return;
      case 'link': {
        const text = proseOf(node);
        const isBareAddress = text === node.url || `http://${text}` === node.url;
        if (isBareAddress && /^https:/i.test(node.url)) {
          report(
            point,
            'warning',
            `the bare address ${text} is in the text`,
            `write [what it is](${node.url})`,
          );
        } else if (isBareAddress && /^http:/i.test(node.url)) {
          report(
            point,
            'error',
            `the bare address ${text} becomes a link that is not secure (http)`,
            `write [what it is](${node.url.replace(/^http:/i, 'https:')})`,
          );
        } else if (!isBareAddress) {
          checkLink(node.url, point);
        }
        break;
      }
      case 'image':
        addImage(node.url, node.alt ?? '', point);
        return;
      case 'definition':
        definitions.set(node.identifier, node.url);
        return;
      case 'linkReference':
      case 'imageReference':
        references.push(node);
        break;
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);

  for (const node of references) {
    const url = definitions.get(node.identifier);
    if (url === undefined) continue;
    if (node.type === 'imageReference') addImage(url, node.alt ?? '', node.position?.start);
    else checkLink(url, node.position?.start);
  }

  const grade = readingGrade(proseBlocks);
  const rounded = grade === undefined ? undefined : Math.round(grade * 10) / 10;
  if (rounded !== undefined && rounded > context.readingGradeMax) {
    report(
      { line: 1, column: 1 },
      'warning',
      `the article reads at US school grade ${rounded.toFixed(1)}; patient materials should read at grade ${context.readingGradeMax} or below`,
      'use shorter sentences and everyday words, and explain medical terms in plain words',
    );
  }

  return { problems, images };
}

/** The words of a block as a reader sees them: no code, no expressions. */
function proseOf(node: MdastNode): string {
  switch (node.type) {
    case 'text':
      return node.value;
    case 'break':
      return ' ';
    case 'inlineCode':
    case 'mdxTextExpression':
      return '';
    default:
      return 'children' in node ? node.children.map((child) => proseOf(child)).join('') : '';
  }
}
