/**
 * One article's frontmatter: parsed with positions, its dates read as written, its ids looked up, the project's
 * schema run over it, and the editorial lint of its fields. Its body is checked later, once every article's
 * address and status are known (links between articles depend on them).
 */
import type { z } from 'astro/zod';
import type { ArticleFacts } from './addresses.ts';
import { checkDates } from './dates.ts';
import { COVER_MIN_WIDTH, type ImageUse } from './images.ts';
import type { CheckedArticle } from './index.ts';
import type { Problem } from './problem.ts';
import { referenceProblems, type KnownIds } from './references.ts';
import { ARTICLE_FIXES, schemaProblems } from './schema-problems.ts';
import type { ArticleStatus } from '../../lib/publishing.ts';
import { sampleTextProblems } from './sample-text.ts';
import { readYaml, splitFrontmatter, type Position, type YamlSource } from './yaml-source.ts';

/** Search results and shared links cut titles after about 60 characters. */
const TITLE_LINT_MAX = 60;

export interface ArticleContext {
  today: string;
  known: KnownIds;
  /** blogSchema, built once for all articles. */
  schema: z.ZodType;
}

export interface ReadArticle {
  checked: CheckedArticle;
  body: string;
  bodyLine: number;
  tags: string[];
  /** The ids of `sources:`, each where it is written (for the citation check). */
  sources: { id: string; at: Position }[];
  facts: ArticleFacts;
  cover?: ImageUse;
  /** The frontmatter as read, for the checks made once every article is read (trust.ts). */
  frontmatter: { source: YamlSource; yamlLines: string[]; yamlLine: number };
  /** The real days its date fields hold, as written. */
  days: { lastReviewed?: string; nextReview?: string };
}

export interface ArticleReport {
  problems: Problem[];
  /** What the schema says; dropped later for fields the checks above already reported. */
  schemaFindings: Problem[];
  /** Undefined when the frontmatter could not be read at all. */
  article?: ReadArticle;
}

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
const strings = (value: unknown) =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

function statusOf(draft: unknown, published: string | undefined, today: string): ArticleStatus {
  if (draft === true) return 'draft';
  return published && published > today ? 'scheduled' : 'published';
}

function frontmatterProblem(file: string, message: string, fix: string): Problem {
  return { file, line: 1, column: 1, field: 'frontmatter', message, fix, severity: 'error' };
}

/** `file` is content/blog/<slug>.mdx, `fileText` its text. */
export function readArticle(
  file: string,
  fileText: string,
  { today, known, schema }: ArticleContext,
): ArticleReport {
  const slug = file.slice(file.lastIndexOf('/') + 1).replace(/\.mdx$/, '');
  const split = splitFrontmatter(fileText);
  if (!split) {
    const problem = /^\uFEFF?---[ \t]*\r?\n/.test(fileText)
      ? frontmatterProblem(
          file,
          'the frontmatter has no closing --- line',
          'add a line --- after the last field, before the text of the article',
        )
      : frontmatterProblem(
          file,
          'the article does not start with its frontmatter (the fields between two --- lines)',
          'start the file with a line ---, the fields (title, description, published, tags…), then another line ---',
        );
    return { problems: [problem], schemaFindings: [] };
  }
  const source = readYaml(file, split.yaml, split.yamlLine);
  const data = source.data;
  if (source.problems.length) return { problems: source.problems, schemaFindings: [] };
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    const problem = frontmatterProblem(
      file,
      'the frontmatter is empty or is not a list of fields',
      'write one field per line as name: value (title, description, published, tags…)',
    );
    return { problems: [problem], schemaFindings: [] };
  }

  const fields = data as Record<string, unknown>;
  const dates = checkDates(source, today);
  const problems = [...dates.problems, ...referenceProblems(source, known)];

  const title = text(fields['title'])?.trim() ?? '';
  if (title.length > TITLE_LINT_MAX && !text(fields['shortTitle'])) {
    problems.push({
      file,
      ...source.locate(['title']),
      field: 'title',
      message: `the title is ${title.length} characters long: search results and shared links cut it after about ${TITLE_LINT_MAX}`,
      fix: `shorten it to ${TITLE_LINT_MAX} characters or fewer, or add shortTitle: with a short form for breadcrumbs`,
      severity: 'warning',
    });
  }

  const image = fields['image'] as Record<string, unknown> | undefined;
  const coverSrc = image && typeof image === 'object' ? text(image['src']) : undefined;
  const cover: ImageUse | undefined = coverSrc
    ? {
        file,
        field: 'image.src',
        at: source.locate(['image', 'src']),
        src: coverSrc,
        alt: undefined, // the schema reports a missing or empty image.alt
        minWidth: COVER_MIN_WIDTH,
        slot: 'cover image',
      }
    : undefined;

  const description = text(fields['description']);
  const former = Array.isArray(fields['formerAddresses']) ? (fields['formerAddresses'] as unknown[]) : [];
  const status = statusOf(fields['draft'], dates.days.published, today);
  const facts: ArticleFacts = {
    file,
    slug,
    draft: status === 'draft',
    ...(title && { title: { text: title, at: source.locate(['title']) } }),
    ...(description && { description: { text: description, at: source.locate(['description']) } }),
    formerAddresses: former.flatMap((entry, index) =>
      typeof entry === 'string'
        ? [{ text: entry, at: source.locate(['formerAddresses', index]), field: `formerAddresses[${index}]` }]
        : [],
    ),
  };

  problems.push(
    ...sampleTextProblems({
      file,
      status,
      description: facts.description,
      body: split.body,
      bodyLine: split.bodyLine,
    }),
  );

  return {
    problems,
    schemaFindings: schemaProblems(schema, source, ARTICLE_FIXES, 'Articles'),
    article: {
      checked: {
        file,
        slug,
        title: title || slug,
        status,
        published: dates.days.published ?? text(fields['published']) ?? '',
        formerAddresses: strings(fields['formerAddresses']),
      },
      body: split.body,
      bodyLine: split.bodyLine,
      tags: strings(fields['tags']),
      sources: (Array.isArray(fields['sources']) ? (fields['sources'] as unknown[]) : []).flatMap(
        (id, index) => (typeof id === 'string' ? [{ id, at: source.locate(['sources', index]) }] : []),
      ),
      facts,
      ...(cover && { cover }),
      frontmatter: { source, yamlLines: split.yaml.split('\n'), yamlLine: split.yamlLine },
      days: dates.days,
    },
  };
}
