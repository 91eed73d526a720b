/**
 * A draft with its own cover image, a scheduled article with its own, and a published article, built together
 * (with DEV=1 in the environment, which must publish nothing): nothing of the first two is anywhere in dist/,
 * not in a page, a list, the feed, the sitemap, the search index, a share image or an image file name. The build
 * ends by naming what it held back.
 */
import { readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copySite, type SiteCopy } from '../../scripts/lib/site-copy.ts';
import { filesUnder } from '../../src/build/files';

/** Written by src/pages/admin/config.yml.ts. */
const EDITOR_CONFIG = join('admin', 'config.yml');

const HELD_BACK = {
  draft: {
    file: 'held-back-draft.mdx',
    image: 'draft-cover-kingfisher.jpg',
    secrets: ['held-back-draft', 'kingfisher', 'axolotl', 'A draft held back'],
    tag: 'draft-only-tag',
  },
  scheduled: {
    file: 'held-back-scheduled.mdx',
    image: 'scheduled-cover-pangolin.jpg',
    secrets: ['held-back-scheduled', 'pangolin', 'quokka', 'A scheduled article with'],
    tag: 'future-only-tag',
  },
};

let copy: SiteCopy;
let result: { ok: boolean; output: string };

beforeAll(() => {
  copy = copySite({ posts: ['minimal-article.mdx'] });
  for (const { file, image } of Object.values(HELD_BACK)) {
    copy.addPost(file);
    copy.addPost(image);
  }
  result = copy.build({ DEV: '1' });
}, 240_000);

afterAll(() => copy.remove());

describe('drafts and scheduled posts leak nothing', () => {
  it('the site builds, with the published article', () => {
    expect(result.ok, result.output).toBe(true);
    expect(statSync(join(copy.dir, 'dist', 'blog', 'minimal-article', 'index.html')).isFile()).toBe(true);
  });

  it.each(Object.entries(HELD_BACK))(
    'nothing of the %s is in any file of dist/, or in any file name',
    (_, { secrets, tag }) => {
      const dist = join(copy.dir, 'dist');
      const files = filesUnder(dist);
      expect(files.length).toBeGreaterThan(20);
      // Images are copied under their own name plus a hash (cover.Ab12.webp): the name is the giveaway.
      expect(files.some((file) => /\.(webp|jpe?g|png|avif)$/.test(file))).toBe(true);
      for (const file of files) {
        const path = relative(dist, file);
        const content = readFileSync(file).toString('latin1').toLowerCase();
        // The browser editor offers every tag of content/tags.yaml, so that staff can file a draft under its tag:
        // its configuration is the one file that may name a tag no published article uses yet.
        for (const secret of path === EDITOR_CONFIG ? secrets : [...secrets, tag]) {
          expect(path.toLowerCase(), `${secret} in a file name`).not.toContain(secret.toLowerCase());
          expect(content.includes(secret.toLowerCase()), `${secret} in ${path}`).toBe(false);
        }
      }
    },
  );

  it('ends with a summary naming what was held back, and when the scheduled article goes out', () => {
    expect(result.output).toContain('1 article published.');
    expect(result.output).toMatch(
      /content\/blog\/held-back-draft\.mdx — “A draft held back with its kingfisher cover”/,
    );
    expect(result.output).toMatch(
      /content\/blog\/held-back-scheduled\.mdx — “A scheduled article with its pangolin cover” — publishes on 2099-03-01/,
    );
    // After every other integration's report, just before Astro's own closing lines.
    const closing = result.output.slice(result.output.indexOf('[clinic:search-index]'));
    expect(closing).toContain('1 article published.');
  });

  it('prints none of the MDX head-inject warnings rolldown gives every article', () => {
    expect(result.output).not.toContain('MODULE_LEVEL_DIRECTIVE');
  });
});
