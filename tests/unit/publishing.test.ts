import { describe, expect, it } from 'vitest';
import {
  isPublic,
  lastModified,
  newestFirst,
  relatedPosts,
  statusOf,
  tagsOf,
  type PostLike,
  type Tag,
} from '../../src/lib/publishing';

const post = (
  id: string,
  published: string,
  tags: string[],
  extra: Partial<PostLike['data']> = {},
): PostLike => ({
  id,
  data: { title: id, published: new Date(published), tags, draft: false, ...extra },
});
const today = '2026-06-01';

describe('what is public', () => {
  it('hides drafts and future posts in production', () => {
    expect(isPublic(post('a', '2026-05-01', ['x']), { today, preview: false })).toBe(true);
    expect(isPublic(post('b', '2026-05-01', ['x'], { draft: true }), { today, preview: false })).toBe(false);
    expect(isPublic(post('c', '2026-07-01', ['x']), { today, preview: false })).toBe(false);
    // A post dated today is public all day long on the clinic's calendar.
    expect(isPublic(post('d', '2026-06-01', ['x']), { today, preview: false })).toBe(true);
    expect(isPublic(post('e', '2026-06-02', ['x']), { today, preview: false })).toBe(false);
  });

  it('tells a draft, a scheduled post and a published one apart', () => {
    expect(statusOf(post('a', '2026-06-01', ['x']), today)).toBe('published');
    expect(statusOf(post('b', '2026-06-02', ['x']), today)).toBe('scheduled');
    expect(statusOf(post('c', '2026-07-01', ['x'], { draft: true }), today)).toBe('draft');
    expect(statusOf(post('d', '2026-05-01', ['x'], { draft: true }), today)).toBe('draft');
  });

  it('shows everything in preview (astro dev)', () => {
    expect(isPublic(post('b', '2026-07-01', ['x'], { draft: true }), { today, preview: true })).toBe(true);
  });
});

describe('ordering and grouping', () => {
  const posts = [
    post('old', '2025-01-01', ['migraine']),
    post('new', '2026-01-01', ['migraine', 'depression']),
    post('mid', '2025-06-01', ['depression']),
    post('other', '2025-07-01', ['pain']),
  ];

  it('sorts newest first', () => {
    expect(newestFirst(posts).map((p) => p.id)).toEqual(['new', 'other', 'mid', 'old']);
  });

  it('ranks related posts by shared tags and leaves out the post itself and unrelated ones', () => {
    expect(relatedPosts(posts[1]!, posts).map((p) => p.id)).toEqual(['mid', 'old']);
    expect(relatedPosts(posts[3]!, posts)).toEqual([]);
    expect(relatedPosts(posts[1]!, posts, 1).map((p) => p.id)).toEqual(['mid']);
  });

  it('counts the tags in use, most used first, named as the registry names them', () => {
    const registry: Record<string, Tag> = {
      depression: { id: 'depression', name: 'Depression' },
      migraine: { id: 'migraine', name: 'Migraine', description: 'Headaches and more.' },
      pain: { id: 'pain', name: 'Chronic pain' },
    };
    expect(tagsOf(posts, (id) => registry[id]!)).toEqual([
      { id: 'depression', name: 'Depression', count: 2 },
      { id: 'migraine', name: 'Migraine', description: 'Headaches and more.', count: 2 },
      { id: 'pain', name: 'Chronic pain', count: 1 },
    ]);
  });

  it('uses the updated date as the last modification when there is one', () => {
    expect(lastModified(post('a', '2025-01-01', ['x'], { updated: new Date('2025-03-01') }))).toEqual(
      new Date('2025-03-01'),
    );
    expect(lastModified(post('a', '2025-01-01', ['x']))).toEqual(new Date('2025-01-01'));
  });
});
