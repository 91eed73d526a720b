/** A throwaway copy of the project, sharing node_modules, to build with content the real site must not hold. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('../../', import.meta.url).pathname;
const SKIP = new Set(['node_modules', 'dist', '.astro', '.git', 'screenshots', 'test-results']);

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
  addPost: (fixture: string, as?: string) => string;
  addAuthor: (fixture: string) => void;
  writePost: (name: string, frontmatter: Record<string, unknown>, body?: string) => void;
  build: (extraEnv?: Record<string, string>) => { ok: boolean; output: string };
  remove: () => void;
}

export function copySite(): SiteCopy {
  const dir = mkdtempSync(join(tmpdir(), 'clinic-blog-'));
  for (const name of readdirSync(ROOT)) {
    if (!SKIP.has(name)) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return {
    dir,
    addPost(fixture, as = fixture) {
      const target = join(dir, 'content', 'blog', as);
      cpSync(join(ROOT, 'tests', 'fixtures', 'posts', fixture), target);
      if (fixture.includes('photo') || fixture.includes('image')) {
        cpSync(
          join(ROOT, 'tests', 'fixtures', 'posts', 'photo.jpg'),
          join(dir, 'content', 'blog', 'photo.jpg'),
        );
      }
      return `content/blog/${as}`;
    },
    addAuthor(fixture) {
      cpSync(join(ROOT, 'tests', 'fixtures', 'authors', fixture), join(dir, 'content', 'authors', fixture));
    },
    writePost(name, frontmatter, body = 'Body.') {
      const yaml = Object.entries(frontmatter).map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
      writeFileSync(join(dir, 'content', 'blog', name), `---\n${yaml.join('\n')}\n---\n\n${body}\n`);
    },
    build(extraEnv = {}) {
      const result = spawnSync(
        process.execPath,
        [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'],
        {
          cwd: dir,
          encoding: 'utf8',
          env: { ...buildEnv(), ...extraEnv, FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
        },
      );
      return { ok: result.status === 0, output: `${result.stdout}\n${result.stderr}` };
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
