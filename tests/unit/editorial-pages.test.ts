/** The editorial pages: which file names may be addresses, and the content check of content/pages/. */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/build/content-check/index.ts';
import { sitePaths } from '../../src/build/content-check/site-paths.ts';
import { EDITORIAL_PAGES, pageNameProblem } from '../../src/lib/editorial-pages.ts';
import { TODAY, tempSite, type TempSite } from './content-check-site.ts';

const sites: TempSite[] = [];
afterEach(() => sites.splice(0).forEach((site) => site.remove()));

async function pageProblems(change: (site: TempSite) => void) {
  const site = tempSite();
  sites.push(site);
  change(site);
  const { problems } = await checkContent({ root: site.root, today: TODAY });
  return problems.filter((problem) => problem.file.startsWith('content/pages/'));
}

describe('page names', () => {
  it.each(['about', 'editorial-policy', 'faq-2026'])('accepts %s', (id) => {
    expect(pageNameProblem(id)).toBeUndefined();
  });

  it.each([
    ['blog', /already uses/],
    ['consult', /already uses/],
    ['authors', /already uses/],
    ['2', /only digits/],
    ['About', /lower-case/],
    ['two--hyphens', /lower-case/],
  ])('refuses %s', (id, message) => {
    expect(pageNameProblem(id)).toMatch(message);
  });
});

describe('the content check of content/pages/', () => {
  it('finds nothing wrong with the five pages', async () => {
    expect(await pageProblems(() => {})).toEqual([]);
  });

  it('makes the pages addresses that links may use', () => {
    const paths = sitePaths({
      articles: [],
      authorIds: [],
      pageIds: ['privacy'],
      postsPerPage: 10,
      publicFiles: [],
    });
    expect(paths.resolvePath('/privacy/')).toBe('public');
    expect(paths.resolvePath('/privacy')).toBe('public');
    expect(paths.resolvePath('/imprint/')).toBe('missing');
  });

  it('names a missing required page', async () => {
    const problems = await pageProblems((site) => rmSync(join(site.root, 'content/pages/privacy.mdx')));
    expect(problems).toEqual([
      expect.objectContaining({ file: 'content/pages/privacy.mdx', field: 'file', severity: 'error' }),
    ]);
    expect(problems[0]!.message).toContain('/privacy/');
  });

  it('refuses a name the site uses, a file that is not MDX and frontmatter the schema refuses', async () => {
    const problems = await pageProblems((site) => {
      site.write(
        'content/pages/blog.mdx',
        "---\ntitle: Blog\ndescription: 'A page that would clash with Our Blog, long enough to pass.'\n---\n",
      );
      site.write('content/pages/notes.md', 'Notes.\n');
      site.write('content/pages/no-frontmatter.mdx', 'Text only.\n');
      site.write('content/pages/short.mdx', '---\ntitle: Short\ndescription: Too short.\nextra: 1\n---\n');
    });
    const found = problems.map(({ file, field, line }) => `${file}:${line} ${field}`);
    expect(found.sort()).toEqual(
      [
        'content/pages/blog.mdx:1 file',
        'content/pages/no-frontmatter.mdx:1 frontmatter',
        'content/pages/notes.md:1 file',
        'content/pages/short.mdx:3 description',
        'content/pages/short.mdx:4 extra',
      ].sort(),
    );
  });

  it('requires exactly the pages the footer links to', () => {
    expect(EDITORIAL_PAGES).toHaveLength(5);
    expect(EDITORIAL_PAGES.map(pageNameProblem)).toEqual(EDITORIAL_PAGES.map(() => undefined));
  });
});
