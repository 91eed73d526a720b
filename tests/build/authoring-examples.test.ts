/**
 * Every example in AUTHORING.md and README.md builds against the live authors, references and tags.
 *
 * An example is a fenced block preceded by an HTML comment (blank lines between them are allowed):
 *   <!-- example: article -->             an `mdx` block starting with `---`: a complete article
 *   <!-- example: snippet -->             an `mdx` block without frontmatter: part of an article's body
 *   <!-- example: frontmatter -->         a `yaml` block: a whole article frontmatter
 *   <!-- example: file content/x.yaml --> a `yaml` block: that whole data file
 *   <!-- example: add-to content/x.yaml --> a `yaml` mapping: entries an editor adds to that file
 * Every `mdx` block must be marked, so no article example escapes the build; templates with placeholders go in
 * `text` blocks. A copy of the site gets the live content/ (articles, authors, references, tags), each article
 * example as its own file named after its line (AUTHORING.md:123 → authoring-md-line-123.mdx), all snippets in
 * one article, the data files in place; it is built once. The images an example names stand for the editor's
 * own photos: the test supplies a plain 1600×1000 image for each (wide enough for a cover and for the body).
 * The same build's .astro/collections/ must hold every JSON schema .vscode/settings.json points editors at.
 */
import { cpSync, existsSync, globSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { ROOT } from '../../scripts/lib/paths.ts';
import { copySite, type SiteCopy } from '../../scripts/lib/site-copy.ts';
import { checkContent } from '../../src/build/content-check/index.ts';
import { formatProblem } from '../../src/build/content-check/problem.ts';
import { site } from '../../src/config/site.ts';
import { calendarDay } from '../../src/lib/dates.ts';

type Kind = 'article' | 'snippet' | 'frontmatter' | 'file' | 'add-to';

interface Example {
  /** Where it is written, for messages: `AUTHORING.md:123`. */
  where: string;
  kind: Kind;
  /** The data file an example of kind `file` or `add-to` stands for. */
  target: string | undefined;
  lang: string;
  text: string;
}

const DOCS = ['AUTHORING.md', 'README.md'];
const MIN_EXAMPLES = { 'AUTHORING.md': 10, 'README.md': 1 };
const LANG_OF: Record<Kind, string> = {
  article: 'mdx',
  snippet: 'mdx',
  frontmatter: 'yaml',
  file: 'yaml',
  'add-to': 'yaml',
};
const MARKER = /^<!-- example: (article|snippet|frontmatter|file|add-to)(?: (\S+))? -->$/;

/** The marked blocks of one Markdown file, and the `mdx` blocks nobody marked. */
function extract(doc: string): { examples: Example[]; unmarked: string[] } {
  const lines = readFileSync(join(ROOT, doc), 'utf8').split('\n');
  const examples: Example[] = [];
  const unmarked: string[] = [];
  let marker: RegExpMatchArray | null = null;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const fence = /^(`{3,})(\S*)\s*$/.exec(line);
    if (!fence) {
      marker = MARKER.exec(line.trim()) ?? (line.trim() === '' ? marker : null);
      continue;
    }
    const start = index;
    const body: string[] = [];
    while (++index < lines.length && !lines[index]!.startsWith(fence[1]!)) body.push(lines[index]!);
    const where = `${doc}:${start + 1}`;
    if (marker) {
      examples.push({
        where,
        kind: marker[1] as Kind,
        target: marker[2],
        lang: fence[2]!,
        text: body.join('\n'),
      });
    } else if (fence[2] === 'mdx') {
      unmarked.push(where);
    }
    marker = null;
  }
  return { examples, unmarked };
}

const extracted = DOCS.map((doc) => ({ doc, ...extract(doc) }));
const examples = extracted.flatMap(({ examples }) => examples);

/** `---\n…\n---` at the start of an article. */
const frontmatterOf = (article: string) => parse(/^---\n([\s\S]*?)\n---/.exec(article)?.[1] ?? '') ?? {};

const SNIPPET_FILE = 'authoring-snippets.mdx';
const SNIPPET_HOST = [
  '---',
  "title: 'Authoring guide: every body example'",
  "description: 'Every body snippet of AUTHORING.md in one article, built by the authoring examples test.'",
  'published: 2026-01-05',
  'tags: [migraine]',
  'sources: [ichd3, pomeroy2017]',
  '---',
  '',
].join('\n');

interface Built {
  copy: SiteCopy;
  ok: boolean;
  output: string;
  /** content/blog file name → frontmatter, for every article the examples became. */
  articles: Map<string, Record<string, unknown>>;
  /** Where each snippet sits in the article that holds them all, to read a build error against the guide. */
  snippetLines: string[];
}

let built: Built;

/** `AUTHORING.md:123` → `authoring-md-line-123.mdx`: a build error then names the guide's line. */
const fileNameOf = (where: string) => `${where.toLowerCase().replace('.md:', '-md-line-')}.mdx`;

/** The live content in place of the fixture content: articles, authors, references and tags. */
function useLiveContent(copy: SiteCopy) {
  rmSync(join(copy.dir, 'content'), { recursive: true, force: true });
  cpSync(join(ROOT, 'content'), join(copy.dir, 'content'), { recursive: true });
}

/** A plain photo for every `./name.jpg` the articles name that the copy does not have. */
async function supplyImages(blog: string, texts: readonly string[]) {
  const names = new Set(
    texts.flatMap((text) => [...text.matchAll(/\.\/([\w-]+\.(?:jpe?g|png))/g)].map((match) => match[1]!)),
  );
  for (const name of names) {
    const file = join(blog, name);
    if (existsSync(file)) continue;
    const photo = sharp({ create: { width: 1600, height: 1000, channels: 3, background: '#8a9a8c' } });
    await (name.endsWith('.png') ? photo.png() : photo.jpeg()).toFile(file);
  }
}

async function writeExamples(copy: SiteCopy): Promise<Pick<Built, 'articles' | 'snippetLines'>> {
  const blog = join(copy.dir, 'content', 'blog');
  const articles = new Map<string, string>();
  let snippetBody = '';
  const snippetLines: string[] = [];
  for (const example of examples) {
    if (example.kind === 'article') articles.set(fileNameOf(example.where), `${example.text}\n`);
    if (example.kind === 'frontmatter') {
      articles.set(fileNameOf(example.where), `---\n${example.text}\n---\n\nBody.\n`);
    }
    if (example.kind === 'snippet') {
      const line = (SNIPPET_HOST + snippetBody).split('\n').length;
      snippetLines.push(`${SNIPPET_FILE}:${line} is ${example.where}`);
      snippetBody += `${example.text}\n\n`;
    }
    if (example.kind === 'file') writeFileSync(join(copy.dir, example.target!), `${example.text}\n`);
    if (example.kind === 'add-to') {
      const file = join(copy.dir, example.target!);
      const entries = {
        ...(existsSync(file) ? parse(readFileSync(file, 'utf8')) : {}),
        ...parse(example.text),
      };
      writeFileSync(file, stringify(entries));
    }
  }
  articles.set(SNIPPET_FILE, `${SNIPPET_HOST}${snippetBody}`);
  for (const [name, text] of articles) writeFileSync(join(blog, name), text);
  await supplyImages(blog, [...articles.values()]);
  const frontmatter = new Map([...articles].map(([name, text]) => [name, frontmatterOf(text)]));
  return { articles: frontmatter, snippetLines };
}

beforeAll(async () => {
  const copy = copySite({ posts: [] });
  useLiveContent(copy);
  built = { copy, ...(await writeExamples(copy)), ...copy.build() };
}, 300_000);
afterAll(() => built?.copy.remove());

describe('the examples in the guides', () => {
  it.each(extracted)(
    '$doc has its examples marked, each non-empty and of the right kind',
    ({ doc, examples, unmarked }) => {
      expect(unmarked, `mark these mdx blocks with <!-- example: … --> in ${doc}`).toEqual([]);
      expect(examples.length).toBeGreaterThanOrEqual(MIN_EXAMPLES[doc as keyof typeof MIN_EXAMPLES]);
      for (const example of examples) {
        expect(example.text.trim(), example.where).not.toBe('');
        expect(example.lang, example.where).toBe(LANG_OF[example.kind]);
        expect(example.text.startsWith('---\n'), example.where).toBe(example.kind === 'article');
        if (example.kind === 'file' || example.kind === 'add-to') {
          expect(example.target, example.where).toMatch(/^content\/[\w./-]+\.ya?ml$/);
        }
      }
    },
  );

  it('build together with the live content', () => {
    expect(built.ok, `${built.output}\n${built.snippetLines.join('\n')}`).toBe(true);
  });

  it('each becomes a page, or stays out of the site when it is a draft or scheduled', () => {
    expect(built.ok, 'the build failed: see the test above').toBe(true);
    const today = calendarDay(new Date(), site.timeZone);
    for (const [name, frontmatter] of built.articles) {
      const page = join(built.copy.dir, 'dist', 'blog', name.replace(/\.mdx$/, ''), 'index.html');
      // The yaml package keeps an unquoted 2026-11-20 as text (YAML 1.2), so it compares as written.
      const published = String(frontmatter['published']);
      const isPublic = frontmatter['draft'] !== true && published <= today;
      expect(existsSync(page), `${name}: ${page}`).toBe(isPublic);
      for (const address of (frontmatter['formerAddresses'] ?? []) as string[]) {
        expect(
          existsSync(join(built.copy.dir, 'dist', address, 'index.html')),
          `${name}: redirect ${address}`,
        ).toBe(isPublic);
      }
    }
  });

  it('raise no problem in npm run check:content, not even a warning: they are what editors copy', async () => {
    const today = calendarDay(new Date(), site.timeZone);
    const { problems } = await checkContent({ root: built.copy.dir, today });
    const exampleFiles = new Set([
      ...[...built.articles.keys()].map((name) => `content/blog/${name}`),
      ...examples.flatMap(({ target }) => (target ? [target] : [])),
    ]);
    const examplesOnly = problems.filter(({ file }) => exampleFiles.has(file));
    expect(examplesOnly.map(formatProblem), built.snippetLines.join('\n')).toEqual([]);
  });
});

describe('.vscode/settings.json', () => {
  const settings = JSON.parse(readFileSync(join(ROOT, '.vscode', 'settings.json'), 'utf8'));
  const schemas = Object.entries(settings['yaml.schemas'] as Record<string, string | string[]>);

  it('points every YAML data file at a schema Astro generates', () => {
    expect(built.ok, 'the build failed, so Astro wrote no schemas: see the tests above').toBe(true);
    expect(schemas.length).toBeGreaterThanOrEqual(3);
    for (const [schema, patterns] of schemas) {
      expect(schema).toMatch(/^\.\/\.astro\/collections\/[\w-]+\.schema\.json$/);
      expect(existsSync(join(built.copy.dir, schema)), `${schema} after astro build`).toBe(true);
      const files = [patterns].flat().flatMap((pattern) => globSync(pattern.slice(1), { cwd: ROOT }));
      expect(files, `${schema}: no file matches ${String(patterns)}`).not.toEqual([]);
    }
  });
});
