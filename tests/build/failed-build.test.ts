/**
 * A build that fails for any reason, not only bad content, leaves no dist/ that could be deployed by mistake:
 * a page that throws while the pages are written, and a build interrupted half-way. An older build's dist/ goes
 * too (the build removes it when it starts).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copySite, type SiteCopy } from '../../scripts/lib/site-copy.ts';
import { ROOT } from '../../scripts/lib/paths.ts';

const copies: SiteCopy[] = [];
afterAll(() => copies.forEach((copy) => copy.remove()));

function copyWithOlderBuild(): SiteCopy {
  const copy = copySite({ posts: ['minimal-article.mdx'] });
  copies.push(copy);
  mkdirSync(join(copy.dir, 'dist'));
  writeFileSync(join(copy.dir, 'dist', 'index.html'), '<!doctype html><title>An older build</title>');
  return copy;
}

describe('a failed build leaves no dist/', () => {
  it('when a page fails to render, after other pages were written', () => {
    const copy = copyWithOlderBuild();
    // Astro writes pages in order of their routes: /z… comes after the others.
    writeFileSync(
      join(copy.dir, 'src', 'pages', 'zz-broken.astro'),
      "---\nthrow new Error('this page cannot be rendered');\n---\n",
    );
    const { ok, output } = copy.build();
    expect(ok, output).toBe(false);
    expect(output).toContain('this page cannot be rendered');
    expect(existsSync(join(copy.dir, 'dist'))).toBe(false);
  });

  it('when the build is interrupted', async () => {
    const copy = copyWithOlderBuild();
    const child = spawn(
      process.execPath,
      [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'],
      {
        cwd: copy.dir,
        env: {
          PATH: process.env['PATH'],
          HOME: process.env['HOME'],
          NO_COLOR: '1',
          ASTRO_TELEMETRY_DISABLED: '1',
        },
      },
    );
    let output = '';
    const exited = new Promise<NodeJS.Signals | number | null>((resolve) =>
      child.on('exit', (code, signal) => resolve(signal ?? code)),
    );
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('generating static routes')) child.kill('SIGTERM');
    });
    const ended = await exited;
    expect(output).toContain('generating static routes');
    expect(ended, output).not.toBe(0);
    expect(existsSync(join(copy.dir, 'dist'))).toBe(false);
  });
});
