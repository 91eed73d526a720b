/**
 * Real builds of a temporary copy of the site: bad frontmatter stops the build with the file and the field
 * named; drafts and scheduled posts appear nowhere in the output; a good extra post appears everywhere.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copySite, type SiteCopy } from '../support/site-copy';
import { filesIn } from '../support/dist';

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

describe('drafts and scheduled posts', () => {
  const copy = copySite();
  copies.push(copy);
  copy.addPost('draft.mdx');
  copy.addPost('future.mdx');
  copy.addPost('good-with-photo.mdx');
  // DEV=1 in the environment must not publish drafts: the gate is compiled in from Astro's command.
  const { ok, output } = copy.build({ DEV: '1' });
  const dist = join(copy.dir, 'dist');
  const everything = () =>
    filesIn(dist)
      .filter((f) => /\.(html|xml|txt|json|webmanifest)$/.test(f))
      .map((f) => ({ f, body: readFileSync(f, 'utf8') }));

  it('the build succeeds', () => expect(ok, output).toBe(true));

  it('leave no trace in pages, lists, tags, sitemap, feed or share images', () => {
    const secrets = [
      'zebrafish',
      'okapi',
      'Draft article about a secret topic',
      'Scheduled article',
      'draft-only-tag',
      'future-only-tag',
      '/blog/draft/',
      '/blog/future/',
    ];
    for (const { f, body } of everything()) {
      for (const secret of secrets) expect(body.includes(secret), `${secret} in ${f}`).toBe(false);
    }
    for (const path of [
      'blog/draft',
      'blog/future',
      'blog/tags/draft-only-tag',
      'og/blog/draft.png',
      'og/blog/future.png',
    ]) {
      expect(existsSync(join(dist, path)), path).toBe(false);
    }
  });

  it('a good extra post shows up in its page, the list, its tag, the sitemap and the feed, with its photo', () => {
    const article = readFileSync(join(dist, 'blog', 'good-with-photo', 'index.html'), 'utf8');
    expect(article).toContain('Good body heron.');
    expect(article).toMatch(/<img[^>]+alt="A sunlit window in a quiet room"/);
    expect(readFileSync(join(dist, 'blog', 'index.html'), 'utf8')).toContain('/blog/good-with-photo/');
    expect(readFileSync(join(dist, 'blog', 'tags', 'migraine', 'index.html'), 'utf8')).toContain(
      '/blog/good-with-photo/',
    );
    expect(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8')).toContain('/blog/good-with-photo/');
    expect(readFileSync(join(dist, 'rss.xml'), 'utf8')).toContain('/blog/good-with-photo/');
    // Related articles: the two migraine posts point at each other.
    expect(article).toContain('/blog/ketamine-migraine-treatment/');
  });
});
