/**
 * Real builds of a temporary copy of the site: bad frontmatter stops the build with the file and the field
 * named, and writes no site. (Drafts, pagination and reviewers: fuller-site.test.ts.)
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copySite, type SiteCopy } from '../support/site-copy';

const copies: SiteCopy[] = [];
afterAll(() => copies.forEach((copy) => copy.remove()));

const BAD_CASES = [
  { fixture: 'missing-title.mdx', field: 'title', says: 'every article needs a title' },
  { fixture: 'long-description.mdx', field: 'description', says: 'the description is too long' },
  { fixture: 'invalid-date.mdx', field: 'published', says: 'YYYY-MM-DD' },
  { fixture: 'image-without-alt.mdx', field: 'image.alt', says: 'describe the image' },
  { fixture: 'unknown-author.mdx', field: 'author', says: '"dr-invented" is not one of the authors' },
];

describe('bad content fails the build', () => {
  it.each(BAD_CASES)('$fixture: names the file and $field', ({ fixture, field, says }) => {
    const copy = copySite();
    copies.push(copy);
    const file = copy.addPost(fixture);
    const { ok, output } = copy.build();
    expect(ok, output).toBe(false);
    expect(output).toContain(file.replace('content/blog/', ''));
    expect(output).toContain(field);
    expect(output).toContain(says);
    expect(existsSync(join(copy.dir, 'dist', 'index.html'))).toBe(false);
  });
});
