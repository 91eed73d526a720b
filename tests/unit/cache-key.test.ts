import { describe, expect, it } from 'vitest';
import { cacheKey } from '../../src/lib/cache-key';

const post = {
  id: 'a',
  data: { title: 'Ketamine and migraine', published: new Date('2026-03-01T00:00:00Z'), tags: ['migraine'] },
};

describe('cacheKey', () => {
  it('is the same for the same data, whatever the order of object keys', () => {
    expect(cacheKey(post)).toBe(
      cacheKey({
        data: { tags: ['migraine'], published: post.data.published, title: post.data.title },
        id: 'a',
      }),
    );
    expect(cacheKey(post)).toMatch(/^[0-9a-f]{32}$/);
  });

  it('changes with any value, however deep, and with the order of an array', () => {
    const base = cacheKey(post);
    expect(cacheKey({ ...post, data: { ...post.data, title: 'Ketamine and migraines' } })).not.toBe(base);
    expect(
      cacheKey({ ...post, data: { ...post.data, published: new Date('2026-03-02T00:00:00Z') } }),
    ).not.toBe(base);
    expect(cacheKey({ ...post, data: { ...post.data, tags: ['migraine', 'pain'] } })).not.toBe(base);
    expect(cacheKey(['a', 'b'])).not.toBe(cacheKey(['b', 'a']));
  });

  it('tells a date from the string of the same instant, and a missing field from a null one', () => {
    expect(cacheKey({ at: new Date('2026-03-01T00:00:00Z') })).not.toBe(
      cacheKey({ at: '2026-03-01T00:00:00.000Z' }),
    );
    expect(cacheKey({ a: 1, b: undefined })).toBe(cacheKey({ a: 1 }));
    expect(cacheKey({ a: 1, b: null })).not.toBe(cacheKey({ a: 1 }));
  });

  it('refuses what JSON would drop or blur, naming where it is', () => {
    expect(() => cacheKey({ page: { render: () => '' } })).toThrow('value.page.render is a function');
    expect(() => cacheKey({ counts: new Map([['a', 1]]) })).toThrow('value.counts is a Map');
    expect(() => cacheKey({ ids: [new Set(['a'])] })).toThrow('value.ids[0] is a Set');
    expect(() => cacheKey({ width: Number.NaN })).toThrow('value.width is NaN');
    expect(() => cacheKey([undefined])).toThrow('value[0] is undefined');
  });

  it('reads an Astro image’s src without reporting the original as used, and calls no other getter', () => {
    let reported = 0;
    const image = (src: string) => {
      const asset = { width: 1200, height: 800, format: 'jpg' } as Record<string | symbol, unknown>;
      Object.defineProperty(asset, Symbol.for('astro:image-asset:raw-src'), { get: () => src });
      Object.defineProperty(asset, 'src', {
        enumerable: true,
        get: () => {
          reported += 1;
          return src;
        },
      });
      return asset;
    };
    const key = cacheKey({ image: image('/_astro/photo.A1.jpg') });
    expect(reported).toBe(0);
    expect(key).toBe(
      cacheKey({ image: { width: 1200, height: 800, format: 'jpg', src: '/_astro/photo.A1.jpg' } }),
    );
    expect(cacheKey({ image: image('/_astro/photo.B2.jpg') })).not.toBe(key);
    const computed = Object.defineProperty({}, 'title', { enumerable: true, get: () => 'x' });
    expect(() => cacheKey({ post: computed })).toThrow('value.post.title is computed by a getter');
  });
});
