/**
 * The content check: reads content/ from disk (no Astro), and reports every problem of every file in one run,
 * each on its file, line and field, with how to fix it. Errors stop the build; warnings are the editorial lint.
 * It never throws for a content mistake. Used by the build (src/integrations/) and `npm run check:content`.
 */
import { join } from 'node:path';
import { z } from 'astro/zod';
import { site } from '../../config/site.ts';
import { authorSchema, blogSchema, referenceSchema } from '../../lib/content-schema.ts';
import { articleAddressProblems, fileNameProblems } from './addresses.ts';
import { readArticle, type ReadArticle } from './article-frontmatter.ts';
import { checkBody } from './body.ts';
import { citationProblems } from './citations.ts';
import { checkPages, PAGES } from './pages.ts';
import { checkDataFolder } from './data-files.ts';
import { BODY_MIN_WIDTH, imageProblems, usedImageFiles } from './images.ts';
import { photoFileProblems } from './photo-files.ts';
import type { Problem } from './problem.ts';
import { filesUnder, readText, readTexts } from './read.ts';
import type { KnownIds } from './references.ts';
import { AUTHOR_FIXES, REFERENCE_FIXES } from './schema-problems.ts';
import { SITE_CONFIG_FILE, siteConfigProblems } from './site-placeholders.ts';
import { sitePaths } from './site-paths.ts';
import type { ArticleStatus } from '../../lib/publishing.ts';
import { readTagRegistry, TAGS_FILE } from './tags-registry.ts';
import { trustProblems } from './trust.ts';

export interface CheckOptions {
  /** The project folder (the one holding content/). */
  root: string;
  /** YYYY-MM-DD, the clinic's calendar day. */
  today: string;
  /** A check before launch (`LAUNCH=1`): placeholders and missing required clinic details become errors. */
  launch?: boolean;
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

export async function checkContent({ root, today, launch = false }: CheckOptions): Promise<ContentReport> {
  const [contentFiles, blogNames, authorNames, referenceNames, publicFiles, pageNames] = await Promise.all([
    filesUnder(join(root, 'content')),
    filesUnder(join(root, BLOG)),
    filesUnder(join(root, 'content/authors')),
    filesUnder(join(root, 'content/references')),
    filesUnder(join(root, 'public')),
    filesUnder(join(root, PAGES)),
  ]);
  const editorialPages = checkPages(root, pageNames);
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
  const articleSchema = blogSchema({
    image: () => z.string(),
    authorIds: known.authors,
    referenceIds: known.references,
    tagIds: known.tags ?? [],
  });

  const problems: Problem[] = [
    ...fileNameProblems(blogNames),
    ...authors.problems,
    ...references.problems,
    ...tags.problems,
    ...editorialPages.problems,
  ];
  const schemaFindings: Problem[] = [];

  const parsed: ReadArticle[] = [];
  const context = { today, known, schema: articleSchema };
  for (const { file, text } of texts) {
    const report = readArticle(file, text, context);
    problems.push(...report.problems);
    schemaFindings.push(...report.schemaFindings);
    if (report.article) parsed.push(report.article);
  }
  const imageUses = parsed.flatMap((article) => (article.cover ? [article.cover] : []));

  // Links between articles depend on every article's address and status: bodies are checked once all are read.
  const pages = sitePaths({
    articles: parsed.map(({ checked, tags: articleTags }) => ({ ...checked, tags: articleTags })),
    authorIds: known.authors,
    pageIds: editorialPages.ids,
    postsPerPage: site.postsPerPage,
    publicFiles,
  });

  const bodyContext = { resolvePath: pages.resolvePath, readingGradeMax: site.readingGradeMax };
  const trustOptions = { today, reviewIntervalMonths: site.reviewIntervalMonths };
  for (const article of parsed) {
    const { checked, body, bodyLine, sources } = article;
    const report = checkBody({ file: checked.file, body, bodyLine, status: checked.status }, bodyContext);
    problems.push(...report.problems);
    problems.push(...citationProblems({ file: checked.file, body, bodyLine, sources }, known.references));
    // Right after the body check, while its parsed tree of this body is still at hand (src/lib/mdx-tree.ts).
    problems.push(...trustProblems([article], trustOptions));
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
  }
  problems.push(
    ...articleAddressProblems(
      parsed.map((article) => article.facts),
      (path) => pages.resolvePath(path) !== 'missing',
    ),
    ...(await imageProblems(root, imageUses)),
    ...(await photoFileProblems(
      root,
      [...contentFiles.map((name) => `content/${name}`), ...publicFiles.map((name) => `public/${name}`)],
      usedImageFiles(root, imageUses),
    )),
    ...siteConfigProblems(site, readText(root, SITE_CONFIG_FILE), { launch }),
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
