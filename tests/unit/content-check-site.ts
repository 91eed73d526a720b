/**
 * Small project folders for the content-check tests, written to a temporary directory: a few authors,
 * references and tags, and articles whose frontmatter is given line by line, exactly as an editor would type it.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { EDITORIAL_PAGES } from '../../src/lib/editorial-pages.ts';

const PAGE_DESCRIPTION = 'An editorial page of the temporary site, long enough for the page schema.';

/** Frontmatter fields as written after `name: ` (so quoting is the test's choice); undefined leaves one out. */
export type Fields = Record<string, string | undefined>;

export const TODAY = '2026-11-25';

/** A valid article: line 2 is title, 3 description, 4 published, 5 author, 6 tags, 7 sources. */
export const goodFields = (n = 1): Fields => ({
  title: `'Sleep and migraine, part ${n}'`,
  description: `'How sleep and migraine affect each other, and what patients can change tonight (part ${n}).'`,
  published: '2026-01-15',
  author: 'clinical-team',
  tags: '[migraine]',
  sources: '[pomeroy2017]',
});

/** The default body cites the default source, as every article must cite what its sources: lists. */
function articleText(fields: Fields, body = '\nA short article.<Cite id="pomeroy2017" />\n'): string {
  const lines = Object.entries(fields)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => (value.startsWith('\n') ? `${name}:${value}` : `${name}: ${value}`));
  return ['---', ...lines, '---', body].join('\n');
}

export interface TempSite {
  root: string;
  /** Writes a file (path from the root), creating its folders. */
  write(path: string, text: string): string;
  article(name: string, fields: Fields, body?: string): string;
  /** A JPEG of the given width (and 2:1), path from the root. */
  image(path: string, width: number): Promise<void>;
  remove(): void;
}

const TAGS_YAML = 'migraine:\n  name: Migraine\nketamine-therapy:\n  name: Ketamine therapy\n';

export function tempSite({ tags = TAGS_YAML }: { tags?: string | null } = {}): TempSite {
  const root = mkdtempSync(join(tmpdir(), 'content-check-'));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
    return path;
  };
  write(
    'content/authors/clinical-team.yaml',
    'name: Clinical Team\nkind: Organization\nrole: Clinical team\nbio: The clinic team.\n',
  );
  write(
    'content/authors/dr-real.yaml',
    'name: Dr Real\nkind: Person\nrole: Anesthesiologist\nbio: Reviews articles.\ncredentials: MD\n',
  );
  write(
    'content/references/pomeroy2017.yaml',
    "citation: 'Pomeroy JL et al. Headache 2017.'\ndoi: 10.1111/head.13013\nfinding: 'Pain fell.'\n",
  );
  if (tags !== null) write('content/tags.yaml', tags);
  for (const page of EDITORIAL_PAGES) {
    write(
      `content/pages/${page}.mdx`,
      `---\ntitle: ${page}\ndescription: '${PAGE_DESCRIPTION}'\n---\n\nText.\n`,
    );
  }
  mkdirSync(join(root, 'content/blog'), { recursive: true });
  return {
    root,
    write,
    article: (name, fields, body) => write(`content/blog/${name}`, articleText(fields, body)),
    async image(path, width) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      await sharp({ create: { width, height: Math.round(width / 2), channels: 3, background: '#8a9' } })
        .jpeg()
        .toFile(join(root, path));
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
