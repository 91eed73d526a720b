import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { authorSchema, blogSchema, referenceSchema, tagSchema } from '../../src/lib/content-schema';

const schema = blogSchema({
  image: () => z.string(),
  authorIds: ['clinical-team', 'dr-reviewer'],
  referenceIds: ['ichd3'],
  tagIds: ['migraine', 'ketamine-therapy'],
});

const good = {
  title: 'Ketamine and migraine',
  description: 'A plain-language look at how ketamine may help some people with chronic migraine.',
  published: '2026-01-15',
  tags: ['migraine'],
};

function issues(data: unknown) {
  const result = schema.safeParse(data);
  expect(result.success).toBe(false);
  return result.error!.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message }));
}

describe('blog schema: good frontmatter', () => {
  it('accepts a minimal article and fills the defaults', () => {
    const post = schema.parse(good);
    expect(post).toMatchObject({ author: 'clinical-team', draft: false, sources: [] });
    expect(post.published).toEqual(new Date('2026-01-15T00:00:00.000Z'));
  });

  it('accepts a reviewer, review date, image with alt text and sources', () => {
    const post = schema.parse({
      ...good,
      reviewer: 'dr-reviewer',
      lastReviewed: '2026-02-01',
      updated: '2026-02-01',
      image: { src: './photo.jpg', alt: 'A calm treatment room' },
      sources: ['ichd3'],
    });
    expect(post.reviewer).toBe('dr-reviewer');
  });

  it('accepts tags from the registry, closing words and former addresses', () => {
    const post = schema.parse({
      ...good,
      tags: ['migraine', 'ketamine-therapy'],
      closing: '  Ask us whether this could help you.  ',
      formerAddresses: ['/blog/ketamine-for-migraine/', '/blog/old-name-2/'],
    });
    expect(post).toMatchObject({
      tags: ['migraine', 'ketamine-therapy'],
      closing: 'Ask us whether this could help you.',
      formerAddresses: ['/blog/ketamine-for-migraine/', '/blog/old-name-2/'],
    });
    expect(schema.parse(good)).not.toHaveProperty('closing');
    expect(schema.parse(good)).not.toHaveProperty('formerAddresses');
  });
});

describe('blog schema: bad frontmatter names the field, in words an editor understands', () => {
  it('a missing title', () => {
    const { title: _omit, ...rest } = good;
    expect(issues(rest)).toEqual([{ field: 'title', message: 'every article needs a title' }]);
  });

  it('a description that is too long', () => {
    expect(issues({ ...good, description: 'x'.repeat(161) })).toEqual([
      { field: 'description', message: expect.stringContaining('too long') },
    ]);
  });

  it('a description that is too short', () => {
    expect(issues({ ...good, description: 'Too short.' })[0]).toMatchObject({ field: 'description' });
  });

  it('an invalid date', () => {
    expect(issues({ ...good, published: 'next Tuesday' })).toEqual([
      { field: 'published', message: expect.stringContaining('YYYY-MM-DD') },
    ]);
  });

  it('an updated date before the published date', () => {
    expect(issues({ ...good, updated: '2025-12-01' })).toEqual([
      { field: 'updated', message: 'updated must be on or after published' },
    ]);
  });

  it('an image without alt text', () => {
    expect(issues({ ...good, image: { src: './photo.jpg' } })).toEqual([
      { field: 'image.alt', message: expect.stringContaining('image.alt') },
    ]);
    expect(issues({ ...good, image: { src: './photo.jpg', alt: '  ' } })[0]).toMatchObject({
      field: 'image.alt',
    });
  });

  it('an unknown author or reviewer', () => {
    expect(issues({ ...good, author: 'dr-who' })).toEqual([
      {
        field: 'author',
        message: expect.stringMatching(/"dr-who" is not one of the authors in content\/authors\//),
      },
    ]);
    expect(issues({ ...good, reviewer: 'dr-who' })[0]).toMatchObject({ field: 'reviewer' });
  });

  it('an unknown source', () => {
    expect(issues({ ...good, sources: ['made-up-2024'] })[0]).toMatchObject({ field: 'sources.0' });
  });

  it('an empty date, a number or a boolean instead of a date', () => {
    for (const published of [null, 20260115, true, '2026-02-30', '01/15/2026']) {
      expect(issues({ ...good, published })[0], String(published)).toMatchObject({
        field: 'published',
        message: expect.stringContaining('YYYY-MM-DD'),
      });
    }
  });

  it('a tag that is not in content/tags.yaml, such as a name written instead of its id', () => {
    expect(issues({ ...good, tags: ['migraine', 'Ketamine therapy'] })).toEqual([
      {
        field: 'tags.1',
        message:
          '"Ketamine therapy" is not one of the tags in content/tags.yaml (known: migraine, ketamine-therapy): ' +
          'use one of these, or add the new tag to content/tags.yaml with its name',
      },
    ]);
  });

  it('a tag listed twice', () => {
    expect(issues({ ...good, tags: ['migraine', 'migraine'] })).toEqual([
      { field: 'tags', message: 'a tag is listed twice: remove the repeat' },
    ]);
  });

  it('tags that are not a list', () => {
    expect(issues({ ...good, tags: 'migraine' })).toEqual([
      { field: 'tags', message: 'tags must be a list of tag ids, for example [migraine]' },
    ]);
  });

  it('empty closing words', () => {
    expect(issues({ ...good, closing: '  ' })).toEqual([
      { field: 'closing', message: expect.stringContaining('closing is empty') },
    ]);
  });

  it('a former address not written /blog/old-name/', () => {
    for (const address of [
      'blog/old-name/',
      '/blog/old-name',
      '/old-name/',
      '/blog/Old_Name/',
      '/blog/a/b/',
    ]) {
      expect(issues({ ...good, formerAddresses: [address] }), address).toEqual([
        { field: 'formerAddresses.0', message: expect.stringContaining('/blog/old-name/') },
      ]);
    }
    expect(issues({ ...good, formerAddresses: '/blog/old-name/' })[0]).toMatchObject({
      field: 'formerAddresses',
      message: expect.stringContaining('must be a list'),
    });
  });

  it('no tags', () => {
    expect(issues({ ...good, tags: [] })).toEqual([
      { field: 'tags', message: 'give the article at least one tag' },
    ]);
  });

  it('a review date without a reviewer', () => {
    expect(issues({ ...good, lastReviewed: '2026-02-01' })[0]).toMatchObject({ field: 'lastReviewed' });
  });

  it('a misspelt field', () => {
    expect(issues({ ...good, pubDate: '2026-01-01' })[0]?.message).toMatch(/pubDate/);
  });

  it('draft must be true or false', () => {
    expect(issues({ ...good, draft: 'yes' })[0]).toMatchObject({ field: 'draft' });
  });
});

describe('tags, authors and references', () => {
  it('accepts a tag with a name, and a description when there is one', () => {
    expect(tagSchema.parse({ name: ' Chronic pain ' })).toEqual({ name: 'Chronic pain' });
    expect(tagSchema.parse({ name: 'Migraine', description: 'About migraine.' }).description).toBe(
      'About migraine.',
    );
  });

  it('refuses a tag without a name, with an empty description, or with a misspelt field', () => {
    expect(tagSchema.safeParse({}).error?.issues[0]?.message).toContain('every tag needs a name');
    expect(tagSchema.safeParse({ name: 'x', description: '' }).success).toBe(false);
    expect(tagSchema.safeParse({ name: 'x', label: 'y' }).success).toBe(false);
  });

  it('accepts the clinical team as an organisation', () => {
    expect(
      authorSchema.parse({ name: 'Clinical Team', kind: 'Organization', role: 'Team', bio: 'Us.' }).kind,
    ).toBe('Organization');
  });

  it('rejects a reference without a DOI', () => {
    expect(referenceSchema.safeParse({ citation: 'x', doi: 'not-a-doi', finding: 'y' }).success).toBe(false);
  });
});
