/**
 * A failed build must leave nothing that could be deployed by mistake. Once a build really starts writing
 * (`astro:build:start`; Astro empties the output folder then), the folder is removed again if the process ends,
 * or is interrupted, before the build has finished.
 *
 * Not from `astro:config:setup`: other tools run that hook with command 'build' without building (knip, through
 * Vitest's getViteConfig), and must not lose an existing dist/.
 */
import { rmSync } from 'node:fs';

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
