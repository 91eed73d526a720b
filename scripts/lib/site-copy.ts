/**
 * A copy of the project, sharing the packages of node_modules, whose content/ is the fixture site (or a part of
 * it): the fixture build and the build tests use it, so the live content never decides what a test sees.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURE_CONTENT, ROOT } from './paths.ts';

const SKIP = new Set([
  'node_modules',
  'dist',
  '.astro',
  '.git',
  'content',
  'tests',
  'scripts',
  'screenshots',
  'test-results',
]);
const FIXTURE_BLOG = join(FIXTURE_CONTENT, 'blog');
const BAD_POSTS = join(ROOT, 'tests', 'fixtures', 'posts');

/**
 * Folders a build writes inside node_modules (Astro's content store and incremental-build cache, Vite's): each
 * copy has its own, so two copies never read each other's cache and a copy's first build is really cold.
 */
const BUILD_CACHES = new Set(['.astro', '.cache', '.vite']);

/** Gives `root` a node_modules of its own that links every package of the project's, but none of its caches. */
export function linkPackages(root: string): void {
  const modules = join(ROOT, 'node_modules');
  mkdirSync(join(root, 'node_modules'));
  for (const name of readdirSync(modules)) {
    if (!BUILD_CACHES.has(name))
      symlinkSync(realpathSync(join(modules, name)), join(root, 'node_modules', name));
  }
}

/** The child build gets a clean environment, not Vitest's (which copies import.meta.env into it: DEV=1, MODE=test). */
function buildEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !/^(VITEST|MODE$|TEST$|NODE_ENV$|DEV$|PROD$|SSR$|BASE_URL$)/.test(key),
    ),
  );
}

export interface SiteCopy {
  dir: string;
  /** Copies a file of tests/fixtures/posts/ (content the build must refuse) into content/blog/. */
  addPost: (fixture: string, as?: string) => string;
  writePost: (name: string, frontmatter: Record<string, unknown>, body?: string) => void;
  build: (extraEnv?: Record<string, string>) => { ok: boolean; output: string };
  remove: () => void;
}

export interface SiteCopyOptions {
  /** Where to make the copy (emptied first); a new temporary folder by default. */
  dir?: string;
  /** Which articles of the fixture site to carry (file names in tests/fixtures/site/blog/); all by default. */
  posts?: readonly string[];
}

export function copySite({ dir, posts }: SiteCopyOptions = {}): SiteCopy {
  if (dir) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
  }
  const root = dir ?? mkdtempSync(join(tmpdir(), 'clinic-blog-'));
  for (const name of readdirSync(ROOT)) {
    if (!SKIP.has(name)) cpSync(join(ROOT, name), join(root, name), { recursive: true });
  }
  linkPackages(root);
  for (const folder of ['authors', 'references', 'pages']) {
    cpSync(join(FIXTURE_CONTENT, folder), join(root, 'content', folder), { recursive: true });
  }
  cpSync(join(FIXTURE_CONTENT, 'tags.yaml'), join(root, 'content', 'tags.yaml'));
  const blog = join(root, 'content', 'blog');
  mkdirSync(blog, { recursive: true });
  cpSync(join(FIXTURE_BLOG, 'photo.jpg'), join(blog, 'photo.jpg'));
  for (const name of posts ?? readdirSync(FIXTURE_BLOG).filter((file) => /\.mdx?$/.test(file))) {
    cpSync(join(FIXTURE_BLOG, name), join(blog, name));
  }
  return {
    dir: root,
    addPost(fixture, as = fixture) {
      cpSync(join(BAD_POSTS, fixture), join(blog, as));
      return `content/blog/${as}`;
    },
    writePost(name, frontmatter, body = 'Body.') {
      const yaml = Object.entries(frontmatter).map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
      writeFileSync(join(blog, name), `---\n${yaml.join('\n')}\n---\n\n${body}\n`);
    },
    build(extraEnv = {}) {
      const result = spawnSync(
        process.execPath,
        [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'],
        {
          cwd: root,
          encoding: 'utf8',
          env: { ...buildEnv(), ...extraEnv, FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
        },
      );
      return { ok: result.status === 0, output: `${result.stdout}\n${result.stderr}` };
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
