/**
 * The content check: reads content/ from disk (no Astro), and reports every problem of every file in one run,
 * each on its file, line and field, with how to fix it. Errors stop the build; warnings are the editorial lint.
 * It never throws for a content mistake. Used by the build (src/integrations/) and `npm run check:content`.
 */
import { join } from 'node:path';
import { z } from 'astro/zod';
import { site } from '../../config/site.ts';
import { authorSchema, blogSchema, referenceSchema } from '../../lib/content-schema.ts';
import { articleAddressProblems, fileNameProblems, type ArticleFacts } from './addresses.ts';
import { checkBody } from './body.ts';
import { checkDataFolder } from './data-files.ts';
import { checkDates } from './dates.ts';
import { BODY_MIN_WIDTH, COVER_MIN_WIDTH, imageProblems, type ImageUse } from './images.ts';
import type { Problem } from './problem.ts';
import { filesUnder, readText, readTexts } from './read.ts';
import { referenceProblems, type KnownIds } from './references.ts';
import { ARTICLE_FIXES, AUTHOR_FIXES, REFERENCE_FIXES, schemaProblems } from './schema-problems.ts';
import { SITE_CONFIG_FILE, sitePlaceholderWarning } from './site-placeholders.ts';
import { sitePaths } from './site-paths.ts';
import { readTagRegistry, TAGS_FILE } from './tags-registry.ts';
import type { ArticleStatus } from './status.ts';
import { readYaml, splitFrontmatter, type YamlSource } from './yaml-source.ts';

export interface CheckOptions {
  /** The project folder (the one holding content/). */
  root: string;
  /** YYYY-MM-DD, the clinic's calendar day. */
  today: string;
}
export interface CheckedArticle {
  file: string;
  slug: string;
  title: string;
  status: ArticleStatus;
  /** YYYY-MM-DD as written. */
  published: string;
  formerAddresses: string[];
}
export interface ContentReport {
  problems: Problem[];
  articles: CheckedArticle[];
}

const BLOG = 'content/blog';
/** Search results and shared links cut titles after about 60 characters. */
const TITLE_LINT_MAX = 60;

interface ParsedArticle {
  checked: CheckedArticle;
  source: YamlSource;
  body: string;
  bodyLine: number;
  tags: string[];
}

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
const strings = (value: unknown) =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

function statusOf(draft: unknown, published: string | undefined, today: string): ArticleStatus {
  if (draft === true) return 'draft';
  return published && published > today ? 'scheduled' : 'published';
}

export async function checkContent({ root, today }: CheckOptions): Promise<ContentReport> {
  const [blogNames, authorNames, referenceNames, publicFiles] = await Promise.all([
    filesUnder(join(root, BLOG)),
    filesUnder(join(root, 'content/authors')),
    filesUnder(join(root, 'content/references')),
    filesUnder(join(root, 'public')),
  ]);
  const articleFiles = blogNames.filter((name) => !name.includes('/') && name.endsWith('.mdx'));
  const authors = checkDataFolder(
    root,
    'content/authors',
    authorNames,
    authorSchema,
    AUTHOR_FIXES,
    'Authors',
  );
  const references = checkDataFolder(
    root,
    'content/references',
    referenceNames,
    referenceSchema,
    REFERENCE_FIXES,
    'References',
  );
  const texts = readTexts(
    root,
    articleFiles.map((name) => `${BLOG}/${name}`),
  );
  const tags = readTagRegistry(readText(root, TAGS_FILE));
  const known: KnownIds = { authors: authors.ids, references: references.ids, tags: tags.ids };

  // The project's own schema, as the build runs it; images are checked here (images.ts), not by Astro's helper.
  const schemaOptions = {
    image: () => z.string(),
    authorIds: known.authors,
    referenceIds: known.references,
    tagIds: known.tags ?? [],
  };
  const articleSchema = blogSchema(schemaOptions);

  const problems: Problem[] = [
    ...fileNameProblems(blogNames),
    ...authors.problems,
    ...references.problems,
    ...tags.problems,
  ];
  const schemaFindings: Problem[] = [];
  const parsed: ParsedArticle[] = [];
  const imageUses: ImageUse[] = [];

  for (const { file, text: fileText } of texts) {
    const slug = file.slice(BLOG.length + 1).replace(/\.mdx$/, '');
    const split = splitFrontmatter(fileText);
    if (!split) {
      const unclosed = /^\uFEFF?---[ \t]*\r?\n/.test(fileText);
      problems.push({
        file,
        line: 1,
        column: 1,
        field: 'frontmatter',
        message: unclosed
          ? 'the frontmatter has no closing --- line'
          : 'the article does not start with its frontmatter (the fields between two --- lines)',
        fix: unclosed
          ? 'add a line --- after the last field, before the text of the article'
          : 'start the file with a line ---, the fields (title, description, published, tags…), then another line ---',
        severity: 'error',
      });
      continue;
    }
    const source = readYaml(file, split.yaml, split.yamlLine);
    problems.push(...source.problems);
    const data = source.data;
    if (source.problems.length || data === null || typeof data !== 'object' || Array.isArray(data)) {
      if (!source.problems.length) {
        problems.push({
          file,
          line: 1,
          column: 1,
          field: 'frontmatter',
          message: 'the frontmatter is empty or is not a list of fields',
          fix: 'write one field per line as name: value (title, description, published, tags…)',
          severity: 'error',
        });
      }
      continue;
    }
    const fields = data as Record<string, unknown>;
    const dates = checkDates(source, today);
    problems.push(...dates.problems, ...referenceProblems(source, known));
    schemaFindings.push(...schemaProblems(articleSchema, source, ARTICLE_FIXES, 'Articles'));

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

    const image = fields['image'];
    if (image && typeof image === 'object' && typeof (image as Record<string, unknown>)['src'] === 'string') {
      const cover = image as Record<string, unknown>;
      imageUses.push({
        file,
        field: 'image.src',
        at: source.locate(['image', 'src']),
        src: cover['src'] as string,
        alt: undefined, // the schema reports a missing or empty image.alt
        minWidth: COVER_MIN_WIDTH,
        slot: 'cover image',
      });
    }

    parsed.push({
      checked: {
        file,
        slug,
        title: title || slug,
        status: statusOf(fields['draft'], dates.days.published, today),
        published: dates.days.published ?? text(fields['published']) ?? '',
        formerAddresses: strings(fields['formerAddresses']),
      },
      source,
      body: split.body,
      bodyLine: split.bodyLine,
      tags: strings(fields['tags']),
    });
  }

  const site_ = sitePaths({
    articles: parsed.map(({ checked, tags: articleTags }) => ({ ...checked, tags: articleTags })),
    authorIds: known.authors,
    postsPerPage: site.postsPerPage,
    publicFiles,
  });
  const context = { resolvePath: site_.resolvePath, readingGradeMax: site.readingGradeMax };

  const facts: ArticleFacts[] = [];
  for (const { checked, source, body, bodyLine } of parsed) {
    const report = checkBody({ file: checked.file, body, bodyLine, status: checked.status }, context);
    problems.push(...report.problems);
    for (const image of report.images) {
      imageUses.push({
        file: checked.file,
        field: 'body',
        at: { line: image.line, column: image.column },
        src: image.src,
        alt: undefined, // the body check reports a missing description where the image is written
        minWidth: BODY_MIN_WIDTH,
        slot: 'image',
      });
    }
    const data = source.data as Record<string, unknown>;
    const at = (field: string) => source.locate([field]);
    const title = text(data['title']);
    const description = text(data['description']);
    facts.push({
      file: checked.file,
      slug: checked.slug,
      ...(title && { title: { text: title, at: at('title') } }),
      ...(description && { description: { text: description, at: at('description') } }),
      formerAddresses: Array.isArray(data['formerAddresses'])
        ? data['formerAddresses'].flatMap((entry, index) =>
            typeof entry === 'string'
              ? [
                  {
                    text: entry,
                    at: source.locate(['formerAddresses', index]),
                    field: `formerAddresses[${index}]`,
                  },
                ]
              : [],
          )
        : [],
    });
  }
  problems.push(
    ...articleAddressProblems(facts, (path) => site_.resolvePath(path) !== 'missing'),
    ...(await imageProblems(root, imageUses)),
    ...sitePlaceholderWarning(site, readText(root, SITE_CONFIG_FILE)),
  );

  // The schema repeats some checks made above with more precise messages (dates, ids, alt text): one
  // problem per field is enough.
  const reported = new Set(problems.map((problem) => `${problem.file}\n${problem.field}`));
  const missingRegistry = known.tags === undefined;
  problems.push(
    ...schemaFindings.filter(
      (problem) =>
        !reported.has(`${problem.file}\n${problem.field}`) &&
        !(missingRegistry && problem.field.startsWith('tags[')),
    ),
  );

  return { problems, articles: parsed.map(({ checked }) => checked) };
}
