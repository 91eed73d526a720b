/**
 * The editorial pages (content/pages/): one MDX file each, its name the page's address. Every page's footer
 * links to the required ones, so a missing one is an error, as are a name the site's own routes use and
 * frontmatter the page schema refuses.
 */
import { EDITORIAL_PAGES, pageNameProblem } from '../../lib/editorial-pages.ts';
import { pageSchema } from '../../lib/content-schema.ts';
import type { Problem } from './problem.ts';
import { readTexts } from './read.ts';
import { schemaProblems } from './schema-problems.ts';
import { readYaml, splitFrontmatter } from './yaml-source.ts';

export const PAGES = 'content/pages';

const PAGE_FIXES = {
  title: 'write the page title, for example title: Privacy',
  description: 'write a sentence of 50 to 160 characters saying what the page holds',
};

const problem = (file: string, field: string, message: string, fix: string): Problem => ({
  file,
  line: 1,
  column: 1,
  field,
  message,
  fix,
  severity: 'error',
});

/** The page ids (file names without .mdx) and every problem of content/pages/. */
export function checkPages(root: string, names: readonly string[]): { ids: string[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const mdx = names.filter((name) => !name.includes('/') && name.endsWith('.mdx'));
  for (const name of names.filter((name) => !mdx.includes(name))) {
    problems.push(
      problem(
        `${PAGES}/${name}`,
        'file',
        `only .mdx files directly in ${PAGES}/ are pages: this file is ignored`,
        'move or delete it, or save it as an .mdx file directly in that folder',
      ),
    );
  }
  const ids = mdx.map((name) => name.slice(0, -'.mdx'.length));
  for (const id of ids) {
    const wrong = pageNameProblem(id);
    if (wrong) problems.push(problem(`${PAGES}/${id}.mdx`, 'file', wrong, 'rename the file'));
  }
  for (const id of EDITORIAL_PAGES.filter((required) => !ids.includes(required))) {
    problems.push(
      problem(
        `${PAGES}/${id}.mdx`,
        'file',
        `every page's footer links to /${id}/, but this file is missing`,
        `restore ${PAGES}/${id}.mdx (git shows its last version)`,
      ),
    );
  }
  for (const { file, text } of readTexts(
    root,
    mdx.map((name) => `${PAGES}/${name}`),
  )) {
    const split = splitFrontmatter(text);
    if (!split) {
      problems.push(
        problem(
          file,
          'frontmatter',
          'the page has no frontmatter',
          'start the file with --- , title:, description: and ---',
        ),
      );
      continue;
    }
    const source = readYaml(file, split.yaml, split.yamlLine);
    problems.push(...source.problems);
    if (!source.problems.length) problems.push(...schemaProblems(pageSchema, source, PAGE_FIXES, 'Pages'));
  }
  return { ids: ids.filter((id) => !pageNameProblem(id)), problems };
}
