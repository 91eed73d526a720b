/**
 * A failed build must leave nothing that could be deployed by mistake: the output folder is removed when a build
 * starts, and removed again when the process ends without the build having finished.
 */
import { rmSync } from 'node:fs';

export function guardOutDir(outDir: URL): { finished: () => void } {
  const remove = () => rmSync(outDir, { recursive: true, force: true });
  let finished = false;
  remove();
  process.on('exit', (code) => {
    if (!finished || code !== 0) remove();
  });
  // An interrupted build (Ctrl-C, a CI timeout) does not run 'exit' handlers: clean up, then die of the signal.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      remove();
      process.kill(process.pid, signal);
    });
  }
  return { finished: () => (finished = true) };
}
