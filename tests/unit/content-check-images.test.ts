/** Images (cover and body) and the site's addresses that links in articles are checked against. */
import { afterEach, describe, expect, it } from 'vitest';
import { imageProblems, type ImageUse } from '../../src/build/content-check/images.ts';
import { checkContent } from '../../src/build/content-check/index.ts';
import { sitePaths } from '../../src/build/content-check/site-paths.ts';
import { goodFields, TODAY, tempSite, type TempSite } from './content-check-site.ts';

const sites: TempSite[] = [];
afterEach(() => sites.splice(0).forEach((site) => site.remove()));
function newSite(): TempSite {
  const site = tempSite();
  sites.push(site);
  return site;
}

const cover = (src: string, alt = 'A quiet treatment room') => `\n  src: ${src}\n  alt: '${alt}'`;

async function articleProblems(site: TempSite, image: string) {
  site.article('sleep.mdx', { ...goodFields(), image });
  const { problems } = await checkContent({ root: site.root, today: TODAY });
  return problems.filter((problem) => problem.file !== 'src/config/site.ts');
}

describe('cover image', () => {
  it('accepts an image next to the article, at least 1200 pixels wide', async () => {
    const site = newSite();
    await site.image('content/blog/sleep-cover.jpg', 1600);
    expect(await articleProblems(site, cover('./sleep-cover.jpg'))).toEqual([]);
  });

  it('names the article and image.src when the file does not exist', async () => {
    const site = newSite();
    expect(await articleProblems(site, cover('./sleep-covr.jpg'))).toEqual([
      {
        file: 'content/blog/sleep.mdx',
        line: 9,
        column: 3,
        field: 'image.src',
        message: 'the cover image "./sleep-covr.jpg" does not exist',
        fix: 'put the file next to the article (content/blog/), or correct the name: image.src is relative to the article',
        severity: 'error',
      },
    ]);
  });

  it('refuses an image too narrow for the cover slot', async () => {
    const site = newSite();
    await site.image('content/blog/small.jpg', 800);
    expect(await articleProblems(site, cover('./small.jpg'))).toEqual([
      expect.objectContaining({
        line: 9,
        field: 'image.src',
        message: 'the cover image "./small.jpg" is 800 pixels wide; it needs at least 1200 to stay sharp',
        fix: 'use a larger original, at least 1200 pixels wide',
      }),
    ]);
  });

  it('refuses empty alt text, on the line of image.alt', async () => {
    const site = newSite();
    await site.image('content/blog/sleep-cover.jpg', 1200);
    const problems = await articleProblems(site, cover('./sleep-cover.jpg', ' '));
    expect(problems).toEqual([expect.objectContaining({ line: 10, column: 3, field: 'image.alt' })]);
    expect(problems[0]!.message).toMatch(/describe the image/);
  });

  it('refuses a file that is not an image, and an image on another site', async () => {
    const site = newSite();
    site.write('content/blog/notes.jpg', 'not an image');
    expect(await articleProblems(site, cover('./notes.jpg'))).toEqual([
      expect.objectContaining({
        field: 'image.src',
        message: 'the cover image "./notes.jpg" is not an image the site can read',
      }),
    ]);
    site.remove();
    const other = newSite();
    expect(await articleProblems(other, cover('https://images.test/a.jpg'))).toEqual([
      expect.objectContaining({
        field: 'image.src',
        fix: 'save the image next to the article and write ./its-name.jpg',
      }),
    ]);
  });
});

describe('images in the body', () => {
  const use = (src: string, alt: string | undefined = 'A chart'): ImageUse => ({
    file: 'content/blog/sleep.mdx',
    field: 'body',
    at: { line: 14, column: 1 },
    src,
    alt,
    minWidth: 800,
    slot: 'image',
  });

  it('accepts images of 800 pixels or more, next to the article or in public/, read once each', async () => {
    const site = newSite();
    await site.image('content/blog/chart.jpg', 800);
    await site.image('public/images/diagram.jpg', 1000);
    const uses = [
      use('./chart.jpg'),
      use('chart.jpg'),
      use('/images/diagram.jpg'),
      use('https://x.test/a.png'),
    ];
    expect(await imageProblems(site.root, uses)).toEqual([]);
  });

  it('refuses a missing image, a narrow one and empty alt text, on the line of the image', async () => {
    const site = newSite();
    await site.image('content/blog/narrow.jpg', 640);
    const problems = await imageProblems(site.root, [use('./narrow.jpg', ''), use('/images/none.png')]);
    expect(problems.map(({ line, field, message, fix }) => ({ line, field, message, fix }))).toEqual([
      {
        line: 14,
        field: 'body',
        message: 'the image has no alt text',
        fix: 'describe what the image shows for readers who cannot see it, in a few words',
      },
      {
        line: 14,
        field: 'body',
        message: 'the image "./narrow.jpg" is 640 pixels wide; it needs at least 800 to stay sharp',
        fix: 'use a larger original, at least 800 pixels wide',
      },
      {
        line: 14,
        field: 'body',
        message: 'the image "/images/none.png" does not exist',
        fix: 'put the file in public/images/none.png, or correct the name',
      },
    ]);
  });
});

describe('site paths (what a link in an article leads to)', () => {
  const article = (slug: string, status: 'published' | 'draft' | 'scheduled', tags = ['migraine']) => ({
    slug,
    status,
    tags,
  });
  const published = Array.from({ length: 11 }, (_, i) => article(`post-${i + 1}`, 'published'));
  const { resolvePath } = sitePaths({
    articles: [...published, article('a-draft', 'draft', ['draft-only']), article('soon', 'scheduled')],
    authorIds: ['clinical-team'],
    postsPerPage: 10,
    publicFiles: ['images/chart.png'],
  });

  it.each([
    ['/', 'public'],
    ['/blog/', 'public'],
    ['/blog/2/', 'public'],
    ['/blog/3/', 'missing'],
    ['/blog/post-3/', 'public'],
    ['/blog/post-3', 'public'],
    ['/blog/post-3/#risks', 'public'],
    ['/blog/tags/migraine/', 'public'],
    ['/blog/tags/migraine/2/', 'public'],
    ['/blog/tags/draft-only/', 'unpublished'],
    ['/blog/a-draft/', 'unpublished'],
    ['/blog/soon/', 'unpublished'],
    ['/blog/nothing/', 'missing'],
    ['/authors/clinical-team/', 'public'],
    ['/authors/dr-invented/', 'missing'],
    ['/consult/', 'public'],
    ['/search/', 'public'],
    ['/rss.xml', 'public'],
    ['/images/chart.png', 'public'],
    ['/images/chart.jpg', 'missing'],
  ])('%s is %s', (path, status) => {
    expect(resolvePath(path)).toBe(status);
  });
});
