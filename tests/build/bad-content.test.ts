/**
 * One build of a copy of the site holding one good article and a bad article for every kind of content mistake
 * an editor is likely to make: every mistake is reported in that one run, on its file and field or line, the
 * build fails without a stack trace, and no site is left in dist/ to be deployed by mistake (not even an older
 * one). The same copy with the bad files removed then builds. Each mistake's wording is tested in the unit
 * tests of the content check; this test shows they all reach the editor together.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copySite, type SiteCopy } from '../../scripts/lib/site-copy.ts';

/** A mistake, where the editor must be sent: the file, the line (when the fixture fixes it) and the field. */
interface Expected {
  mistake: string;
  file: string;
  line?: number;
  field: string | RegExp;
}

/** The bad files of tests/fixtures/posts/; each line number is where the fixture puts the mistake. */
const EXPECTED: Expected[] = [
  { mistake: 'an impossible unquoted date', file: 'impossible-date.mdx', line: 4, field: 'published' },
  { mistake: 'a date that is not a date', file: 'invalid-date.mdx', line: 4, field: 'published' },
  { mistake: 'updated before published', file: 'updated-before-published.mdx', line: 5, field: 'updated' },
  { mistake: 'two files for one address (.md)', file: 'twin-address.md', line: 1, field: 'file' },
  { mistake: 'two files for one address (.mdx)', file: 'twin-address.mdx', line: 1, field: 'file' },
  { mistake: 'a file name that is not kebab-case', file: 'Bad_File_Name.mdx', line: 1, field: 'file' },
  { mistake: 'a name made only of digits', file: '2.mdx', line: 1, field: 'file' },
  { mistake: 'an article in a sub-folder', file: '2027/new-year.mdx', line: 1, field: 'file' },
  { mistake: 'a title another article has', file: 'duplicate-title.mdx', line: 2, field: 'title' },
  { mistake: 'no title', file: 'missing-title.mdx', field: 'title' },
  { mistake: 'a description too long', file: 'long-description.mdx', line: 3, field: 'description' },
  { mistake: 'a component in lower case', file: 'lowercase-component.mdx', line: 10, field: 'body' },
  { mistake: 'a raw <div>', file: 'raw-html.mdx', line: 10, field: 'body' },
  { mistake: 'a raw <script>', file: 'raw-html.mdx', line: 12, field: 'body' },
  { mistake: 'a { in prose', file: 'curly-brace.mdx', line: 10, field: 'body' },
  { mistake: 'an unknown author', file: 'unknown-references.mdx', line: 5, field: 'author' },
  { mistake: 'an unknown tag', file: 'unknown-references.mdx', line: 6, field: /tags(\[0\])?/ },
  { mistake: 'an unknown source', file: 'unknown-references.mdx', line: 7, field: /sources(\[0\])?/ },
  { mistake: 'an unknown author (alone)', file: 'unknown-author.mdx', line: 6, field: 'author' },
  { mistake: 'a missing image file', file: 'missing-image.mdx', line: 7, field: 'image.src' },
  { mistake: 'empty alt text', file: 'empty-alt.mdx', line: 8, field: 'image.alt' },
  { mistake: 'no alt text', file: 'image-without-alt.mdx', field: 'image.alt' },
  { mistake: 'an image too small for its slot', file: 'small-image.mdx', line: 7, field: 'image.src' },
];

const FIXTURES = [...new Set(EXPECTED.map(({ file }) => file))].filter(
  (file) => !['2.mdx', '2027/new-year.mdx'].includes(file),
);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `content/blog/<file>:<line>:<col> — <field>:` or `— <field> (warning):`, at the start of a line. */
function problemLine({ file, line, field }: Expected): RegExp {
  const fieldPattern = typeof field === 'string' ? escape(field) : field.source;
  return new RegExp(
    `^(?:.*\\] )?content/blog/${escape(file)}:${line ?? '\\d+'}:\\d+ — (?:${fieldPattern})(?::| \\()`,
    'm',
  );
}

let copy: SiteCopy;
let result: { ok: boolean; output: string };
const badFiles: string[] = [];

beforeAll(() => {
  copy = copySite({ posts: ['minimal-article.mdx'] });
  const blog = join(copy.dir, 'content', 'blog');
  for (const fixture of FIXTURES) badFiles.push(copy.addPost(fixture));
  badFiles.push(copy.addPost('photo.jpg', 'tiny-photo.jpg'));
  const article = (title: string) => ({
    title,
    description: `A test article (${title}) whose file name cannot become an address on the site.`,
    published: '2026-01-15',
    tags: ['testing'],
  });
  copy.writePost('2.mdx', article('Named with digits'));
  mkdirSync(join(blog, '2027'));
  copy.writePost('2027/new-year.mdx', article('In a sub-folder'));
  badFiles.push('content/blog/2.mdx', 'content/blog/2027');
  // An earlier build's site: a failed build must not leave it behind to be deployed.
  mkdirSync(join(copy.dir, 'dist'));
  writeFileSync(join(copy.dir, 'dist', 'index.html'), '<!doctype html><title>An older build</title>');
  result = copy.build();
}, 240_000);

afterAll(() => copy.remove());

describe('a site with a bad article of every kind, built once', () => {
  it('fails', () => {
    expect(result.ok, result.output).toBe(false);
  });

  it.each(EXPECTED)('reports $mistake: $file, line and field', (expected) => {
    expect(result.output).toMatch(problemLine(expected));
  });

  it('says how many errors, and prints no stack trace', () => {
    expect(result.output).toMatch(/\d+ errors in \d+ files\./);
    expect(result.output).not.toMatch(/Stack trace|^\s+at .+:\d+:\d+\)?$/m);
  });

  it('leaves no dist/ behind, not even the older build', () => {
    expect(existsSync(join(copy.dir, 'dist'))).toBe(false);
  });

  it('builds once the bad files are removed', () => {
    for (const file of badFiles) rmSync(join(copy.dir, file), { recursive: true, force: true });
    const { ok, output } = copy.build();
    expect(ok, output).toBe(true);
    expect(existsSync(join(copy.dir, 'dist', 'blog', 'minimal-article', 'index.html'))).toBe(true);
    expect(output).toContain('1 article published.');
  });
});
