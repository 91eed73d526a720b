/**
 * `npm run build` is the build command everywhere because it sets two options of mimalloc, the memory allocator
 * inside Vite's bundler (Rolldown), before Node starts: without them a 1,000-article build holds freed memory and
 * peaks above 2 GB (BENCHMARKS.md, "the bundler's allocator gives memory back"). These fail if the script loses
 * them, if a host's file names another command, or if the bundler no longer reads them (a Rolldown release
 * without mimalloc, or with the options renamed): then the settings are dead and the figures need measuring again.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/paths.ts';

const ALLOCATOR_OPTIONS = { MIMALLOC_ARENA_EAGER_COMMIT: '0', MIMALLOC_PURGE_DELAY: '0' };

const buildScript: string = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts.build;

/** The variables a POSIX shell sets for the command, `A=1 B=2 astro build`. */
function scriptEnvironment(script: string): { env: Record<string, string>; command: string } {
  const words = script.split(/\s+/);
  const assignments = words.filter((word) => /^[A-Z_]+=/.test(word));
  return {
    env: Object.fromEntries(assignments.map((word) => word.split('=') as [string, string])),
    command: words.slice(assignments.length).join(' '),
  };
}

/** The options mimalloc reports at start-up (MIMALLOC_VERBOSE) when the Vite that Astro uses is loaded. */
function bundlerAllocatorOptions(env: Record<string, string>): Record<string, string> {
  const loadVite = `
    const { createRequire } = require('node:module');
    const { pathToFileURL } = require('node:url');
    import(pathToFileURL(createRequire(require.resolve('astro/package.json')).resolve('vite')).href);`;
  const { status, stderr: report } = spawnSync(process.execPath, ['-e', loadVite], {
    cwd: ROOT,
    env: { ...process.env, ...env, MIMALLOC_VERBOSE: '1' },
    encoding: 'utf8',
  });
  expect(status, report).toBe(0);
  return Object.fromEntries(
    [...report.matchAll(/option '(\w+)': (\S+)/g)].map(([, name, value]) => [name, value]),
  );
}

describe('npm run build', () => {
  it('sets the allocator options, then runs astro build', () => {
    expect(scriptEnvironment(buildScript)).toEqual({ env: ALLOCATOR_OPTIONS, command: 'astro build' });
  });

  it('the bundler Astro uses reads them (mimalloc reports them at start-up)', () => {
    const defaults = bundlerAllocatorOptions({});
    const set = bundlerAllocatorOptions(scriptEnvironment(buildScript).env);
    expect(set).toMatchObject({ arena_eager_commit: '0', purge_delay: '0' });
    // Not mimalloc's defaults already: the script changes something.
    expect(defaults['arena_eager_commit']).not.toBe('0');
    expect(defaults['purge_delay']).not.toBe('0');
  });
});

describe('the hosts run npm run build', () => {
  it('Netlify (netlify.toml), which declares no headers of its own beside dist/_headers', () => {
    const config = parse(readFileSync(join(ROOT, 'netlify.toml'), 'utf8'));
    expect(config).toEqual({ build: { command: 'npm run build', publish: 'dist' } });
  });

  it('Vercel (vercel.json)', () => {
    const config = JSON.parse(readFileSync(join(ROOT, 'vercel.json'), 'utf8'));
    expect(config).toMatchObject({ buildCommand: 'npm run build', outputDirectory: 'dist' });
  });
});
