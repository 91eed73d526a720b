/**
 * Real builds of a temporary copy of the site, with one fixture article and one bad file: bad frontmatter
 * stops the build with the file and the field named, and writes no site. (Drafts, pagination and reviewers
 * are read from the fixture site's build: tests/site/publishing.test.ts and article-page.test.ts.)
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copySite, type SiteCopy } from '../../scripts/lib/site-copy.ts';

const copies: SiteCopy[] = [];
afterAll(() => copies.forEach((copy) => copy.remove()));

/** A copy of the site holding one good fixture article, so a failure can only come from the bad file. */
function fixtureCopy(): SiteCopy {
  const copy = copySite({ posts: ['minimal-article.mdx'] });
  copies.push(copy);
  return copy;
}

const BAD_CASES = [
  { fixture: 'missing-title.mdx', field: 'title', says: 'every article needs a title' },
  { fixture: 'long-description.mdx', field: 'description', says: 'the description is too long' },
  { fixture: 'invalid-date.mdx', field: 'published', says: 'YYYY-MM-DD' },
  { fixture: 'image-without-alt.mdx', field: 'image.alt', says: 'describe the image' },
  { fixture: 'unknown-author.mdx', field: 'author', says: '"dr-invented" is not one of the authors' },
];

describe('bad content fails the build', () => {
  it.each(BAD_CASES)('$fixture: names the file and $field', ({ fixture, field, says }) => {
    const copy = fixtureCopy();
    const file = copy.addPost(fixture);
    const { ok, output } = copy.build();
    expect(ok, output).toBe(false);
    expect(output).toContain(file.replace('content/blog/', ''));
    expect(output).toContain(field);
    expect(output).toContain(says);
    expect(existsSync(join(copy.dir, 'dist', 'index.html'))).toBe(false);
  });
});

describe('bad file names fail the build', () => {
  const article = {
    title: 'An article in the wrong place',
    description: 'An article whose file name or folder cannot become an address on the site.',
    published: '2026-01-15',
    tags: ['testing'],
  };

  it('a file named only with digits, which would take the address of Our Blog page 2', () => {
    const copy = fixtureCopy();
    copy.writePost('2.mdx', article);
    const { ok, output } = copy.build();
    expect(ok, output).toBe(false);
    expect(output).toContain('2.mdx');
    expect(output).toContain('clashes with the page /blog/2/');
  });

  it('an article in a sub-folder', () => {
    const copy = fixtureCopy();
    mkdirSync(join(copy.dir, 'content/blog/2027'));
    copy.writePost('2027/new-year.mdx', article);
    const { ok, output } = copy.build();
    expect(ok, output).toBe(false);
    expect(output).toContain('content/blog/2027/new-year.mdx');
    expect(output).toContain('sub-folders are not read');
  });
});
