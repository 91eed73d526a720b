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
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename } from 'node:path';

export function isAstroBuildCommand(argv: readonly string[] = process.argv): boolean {
  return /^astro(\.m?js)?$/.test(basename(argv[1] ?? '')) && argv[2] === 'build';
}

export function removeOutDir(outDir: URL): void {
  rmSync(outDir, { recursive: true, force: true });
}

/**
 * Removes the output folder at once as far as anyone can see: it is renamed into the cache folder's `removing/`
 * and deleted there in the background while the build goes on (deleting the 6,000 files of a 1,000-article site
 * took 0.8 s of every build). The next build deletes whatever a killed one left there. Where a rename is not
 * possible (the cache folder on another disk), the folder is removed right away. The promise never rejects: it
 * resolves to the error of a deletion that failed, for the build to report.
 */
export function discardOutDir(outDir: URL, cacheDir: URL): Promise<unknown> {
  const removing = new URL('removing/', cacheDir);
  try {
    mkdirSync(removing, { recursive: true });
    renameSync(outDir, new URL(`${process.pid}-${Date.now()}`, removing));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') removeOutDir(outDir);
  }
  return rm(removing, { recursive: true, force: true }).then(
    () => undefined,
    (error: unknown) => error,
  );
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
