/**
 * A failed build must leave nothing that could be deployed by mistake. Once a build really starts writing
 * (`astro:build:start`; Astro empties the output folder then), the folder is removed again if the process ends,
 * or is interrupted, before the build has finished.
 *
 * Other tools run `astro:config:setup` with command 'build' without building (knip, through Vitest's
 * getViteConfig) and must not lose an existing dist/: only the `astro build` command itself removes an earlier
 * build as soon as it starts, so that a failure before any page is written (Astro's own content sync) cannot
 * leave the previous site behind either.
 */
import { rmSync } from 'node:fs';
import { basename } from 'node:path';

export function isAstroBuildCommand(argv: readonly string[] = process.argv): boolean {
  return /^astro(\.m?js)?$/.test(basename(argv[1] ?? '')) && argv[2] === 'build';
}

export function removeOutDir(outDir: URL): void {
  rmSync(outDir, { recursive: true, force: true });
}

export function guardOutDir(outDir: URL): { finished: () => void } {
  let finished = false;
  process.on('exit', (code) => {
    if (!finished || code !== 0) removeOutDir(outDir);
  });
  // An interrupted build (Ctrl-C, a CI timeout) does not run 'exit' handlers: clean up, then die of the signal.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      removeOutDir(outDir);
      process.kill(process.pid, signal);
    });
  }
  return { finished: () => (finished = true) };
}
