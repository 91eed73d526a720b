import { describe, expect, it } from 'vitest';
import { blogSchema } from '../../src/lib/content-schema';
import { newPost } from '../../scripts/lib/new-post';
import { z } from 'astro/zod';
import { parse } from 'yaml';

const base = { today: '2026-11-25', existing: ['ketamine-migraine-treatment.mdx'], author: 'clinical-team' };
/** The frontmatter as the site's own loader reads it: YAML between the first two `---` lines. */
const frontmatter = (text: string) => parse(text.split('---\n')[1] ?? '') as Record<string, unknown>;

describe('npm run new', () => {
  it('names the file in lower-case kebab-case from the title', () => {
    expect(newPost({ ...base, title: 'Sleep & Migraine: What Helps?' }).fileName).toBe(
      'sleep-migraine-what-helps.mdx',
    );
    expect(newPost({ ...base, title: '  Ketamine   for pain ' }).fileName).toBe('ketamine-for-pain.mdx');
  });

  it('writes a draft dated today, by the default author, that the content schema accepts', () => {
    const { text } = newPost({ ...base, title: 'Sleep and "migraine"' });
    const fields = frontmatter(text);
    expect(fields).toMatchObject({ published: '2026-11-25', author: 'clinical-team', draft: true });
    const schema = blogSchema({
      image: () => z.never(),
      authorIds: ['clinical-team'],
      referenceIds: [],
      tagIds: ['ketamine-therapy'],
    });
    const parsed = schema.parse(fields);
    expect(parsed.title).toBe('Sleep and "migraine"');
  });

  it('refuses a second file for an address that exists, whatever the capitals, punctuation or extension', () => {
    for (const existing of ['sleep-and-migraine.mdx', 'Sleep-and-Migraine.md', 'sleep--and-migraine.mdx']) {
      expect(() => newPost({ ...base, existing: [existing], title: 'Sleep and migraine' })).toThrow(
        `content/blog/${existing} already has the address /blog/sleep-and-migraine/`,
      );
    }
  });

  it('refuses a title with no letters or digits, and one that would take a page number of Our Blog', () => {
    expect(() => newPost({ ...base, title: '?!' })).toThrow(
      'give the article a title with at least one letter',
    );
    expect(() => newPost({ ...base, title: '2' })).toThrow(
      'would take the address /blog/2/, a page of Our Blog',
    );
  });
});
