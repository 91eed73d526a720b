/**
 * Astro's incremental build (astro.config.ts) with the keys of src/build/page-keys.ts, on a copy of five fixture
 * articles: a second build copies every article page and share image from the first; each kind of edit (an
 * article's title, a source's citation, a reviewer's name, a tag's name, a new article) renders again exactly the
 * pages that show it; after all of them the site is byte for byte what a build from scratch makes of the same
 * content; and a new SITE_URL renders everything again. What the security scan and the search index reuse from
 * the last build is checked here too.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copySite } from '../../scripts/lib/site-copy.ts';
import { filesUnder } from '../../src/build/files';

const ARTICLES = ['minimal-article', 'reviewed-article', 'long-title', 'filler-1', 'filler-2'];
const copy = copySite({ posts: ARTICLES.map((id) => `${id}.mdx`) });
afterAll(() => copy.remove());

const SHARE_SIZES = ['', '-16x9', '-4x3', '-1x1'];
const articlePage = (id: string) => `/blog/${id}/index.html`;
const shareImages = (id: string) => SHARE_SIZES.map((suffix) => `/og/blog/${id}${suffix}.png`);
/** The outputs that carry a key: what the incremental build may copy instead of rendering. */
const keyedOutputs = (ids: readonly string[]) => [
  '/og/site.png',
  ...ids.flatMap((id) => [articlePage(id), ...shareImages(id)]),
];

interface Build {
  /** Keyed outputs Astro rendered; the others it copied from the last build. */
  rendered: string[];
  reused: string[];
  files: Map<string, Buffer>;
  /** Pages the security scan parsed, and pages it knew byte for byte from the last build (src/build/page-memo.ts). */
  scanned: { read: number; unchanged: number };
  /** Whether the search index was copied from the last build (src/build/search-index-cache.ts). */
  searchIndexCopied: boolean;
}

/** Astro logs each output as "├─ <file>", followed at once by " (restored)" or " (cached)" when it copied it. */
function build(env: Record<string, string> = {}): Build {
  const result = copy.build(env);
  expect(result.ok, result.output).toBe(true);
  const reused = [...result.output.matchAll(/├─ (\/\S+?\.(?:html|png)) \((?:restored|cached)\)/g)].map(
    ([, file]) => file!,
  );
  const logged = [...result.output.matchAll(/├─ (\/\S+?\.(?:html|png))/g)].map(([, file]) => file!);
  const dist = join(copy.dir, 'dist');
  const [, read, unchanged] =
    /\((\d+) pages read, (\d+) unchanged since the last build\)/.exec(result.output) ?? [];
  return {
    scanned: { read: Number(read), unchanged: Number(unchanged) },
    searchIndexCopied: result.output.includes('its search index copied'),
    reused: reused.sort(),
    rendered: logged.filter((file) => !reused.includes(file) && /^\/(og|blog)\//.test(file)).sort(),
    files: new Map(filesUnder(dist).map((file) => [`/${relative(dist, file)}`, readFileSync(file)])),
  };
}

const edit = (file: string, from: RegExp, to: string) => {
  const path = join(copy.dir, file);
  const text = readFileSync(path, 'utf8');
  expect(text, `${file} holds ${from}`).toMatch(from);
  writeFileSync(path, text.replace(from, to));
};
const html = (run: Build, id: string) => run.files.get(articlePage(id))!.toString('utf8');
/** Keyed pages of the articles, not their listings: those carry no key and are always rendered. */
const renderedArticles = (run: Build) =>
  run.rendered.filter(
    (file) => /^\/blog\/[^/]+\/index\.html$/.test(file) && !/^\/blog\/(tags|\d)/.test(file),
  );

const runs = {} as Record<
  | 'cold'
  | 'unchanged'
  | 'title'
  | 'citation'
  | 'reviewer'
  | 'tag'
  | 'photo'
  | 'added'
  | 'scratch'
  | 'siteUrl',
  Build
>;

beforeAll(async () => {
  runs.cold = build();
  runs.unchanged = build();
  edit(
    'content/blog/reviewed-article.mdx',
    /^title: .*$/m,
    "title: 'Cluster Headache and Ketamine, Retitled'",
  );
  runs.title = build();
  edit('content/references/fixture-trial.yaml', /A made-up trial/, 'A made-up and corrected trial');
  runs.citation = build();
  edit('content/authors/test-reviewer.yaml', /^name: Test Reviewer$/m, 'name: Renamed Test Reviewer');
  runs.reviewer = build();
  edit('content/tags.yaml', /name: Depression/, 'name: Depression and mood');
  runs.tag = build();
  // Another photo under the same file name, as an editor replacing a cover would do: the same one mirrored.
  const photo = join(copy.dir, 'content', 'blog', 'photo.jpg');
  writeFileSync(photo, await sharp(readFileSync(photo)).flop().jpeg().toBuffer());
  runs.photo = build();
  copy.writePost(
    'filler-new.mdx',
    {
      title: 'A newer filler article',
      description: 'A fixture article added between two builds, tagged like the other fillers.',
      published: '2025-12-01',
      tags: ['filler'],
    },
    'A body long enough to be an article of the fixture site.',
  );
  runs.added = build();
  rmSync(join(copy.dir, 'node_modules', '.astro'), { recursive: true, force: true });
  runs.scratch = build();
  runs.siteUrl = build({ SITE_URL: 'https://elsewhere.example.org' });
}, 900_000);

describe('incremental build', () => {
  it('the first build renders every article page and share image', () => {
    expect(runs.cold.reused).toEqual([]);
    expect(runs.cold.rendered).toEqual(expect.arrayContaining(keyedOutputs(ARTICLES)));
  });

  it('an unchanged build copies every article page and share image, and writes the same site', () => {
    expect(runs.unchanged.reused).toEqual(keyedOutputs(ARTICLES).sort());
    expect(renderedArticles(runs.unchanged)).toEqual([]);
    expect([...runs.unchanged.files.keys()].sort()).toEqual([...runs.cold.files.keys()].sort());
    for (const [file, bytes] of runs.cold.files)
      expect(runs.unchanged.files.get(file)?.equals(bytes), file).toBe(true);
  });

  it('the security scan parses only the pages that changed since the last build', () => {
    const pages = [...runs.cold.files.keys()].filter((file) => file.endsWith('.html')).length;
    expect(runs.cold.scanned).toEqual({ read: pages, unchanged: 0 });
    expect(runs.unchanged.scanned).toEqual({ read: 0, unchanged: pages });
    // A new title changes its article, the one listing it as related, and the lists that show it.
    expect(runs.title.scanned.read).toBeGreaterThanOrEqual(2);
    expect(runs.title.scanned.read).toBeLessThan(pages);
    expect(runs.scratch.scanned.unchanged).toBe(0);
  });

  it('the search index is copied when every page is unchanged, and made again after any edit', () => {
    expect(runs.cold.searchIndexCopied).toBe(false);
    expect(runs.unchanged.searchIndexCopied).toBe(true);
    for (const edit of ['title', 'citation', 'reviewer', 'tag', 'photo', 'added', 'scratch'] as const)
      expect(runs[edit].searchIndexCopied, edit).toBe(false);
    // Its files are compared with a build from scratch below, with the rest of dist/.
  });

  it('a new title renders that article, its share images and the article that lists it as related', () => {
    expect(renderedArticles(runs.title)).toEqual([
      articlePage('minimal-article'),
      articlePage('reviewed-article'),
    ]);
    expect(runs.title.rendered.filter((file) => file.startsWith('/og/'))).toEqual(
      shareImages('reviewed-article').sort(),
    );
    expect(html(runs.title, 'minimal-article')).toContain('Cluster Headache and Ketamine, Retitled');
  });

  it('a corrected citation renders the article that cites it, and no other', () => {
    expect(renderedArticles(runs.citation)).toEqual([articlePage('reviewed-article')]);
    expect(html(runs.citation, 'reviewed-article')).toContain('A made-up and corrected trial');
  });

  it('a reviewer’s new name renders the article they reviewed, and no other', () => {
    expect(renderedArticles(runs.reviewer)).toEqual([articlePage('reviewed-article')]);
    expect(html(runs.reviewer, 'reviewed-article')).toContain('Renamed Test Reviewer');
  });

  it('a tag’s new name renders the articles filed under it, and no other', () => {
    expect(renderedArticles(runs.tag)).toEqual([articlePage('long-title')]);
    expect(html(runs.tag, 'long-title')).toContain('Depression and mood');
  });

  it('a photo replaced under the same name renders the article that shows it, with the new image', () => {
    // And the article that lists it as related: the key holds related articles' data whole, their cover included.
    expect(renderedArticles(runs.photo)).toEqual([
      articlePage('minimal-article'),
      articlePage('reviewed-article'),
    ]);
    const images = (run: Build) => html(run, 'reviewed-article').match(/\/_astro\/photo\.[^"' ]+/g) ?? [];
    expect(images(runs.tag).length).toBeGreaterThan(0);
    for (const image of images(runs.photo)) expect(images(runs.tag)).not.toContain(image);
  });

  it('a new article renders itself and the articles that now list it as related (as a scheduled post does on its day)', () => {
    expect(renderedArticles(runs.added)).toEqual(['filler-1', 'filler-2', 'filler-new'].map(articlePage));
    expect(html(runs.added, 'filler-1')).toContain('A newer filler article');
  });

  it('after all the edits the site is byte for byte what a build from scratch makes', () => {
    expect(runs.scratch.reused).toEqual([]);
    expect([...runs.added.files.keys()].sort()).toEqual([...runs.scratch.files.keys()].sort());
    for (const [file, bytes] of runs.scratch.files)
      expect(runs.added.files.get(file)?.equals(bytes), file).toBe(true);
  });

  it('a new SITE_URL renders every page again', () => {
    expect(runs.siteUrl.reused).toEqual([]);
    expect(html(runs.siteUrl, 'minimal-article')).toContain(
      'https://elsewhere.example.org/blog/minimal-article/',
    );
  });
});
