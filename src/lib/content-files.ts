import { readdirSync } from 'node:fs';
import { extname, basename } from 'node:path';

/** The entry ids (file names without extension) a data folder holds, read when the config loads. */
export function entryIdsIn(folder: string, extensions: readonly string[]): string[] {
  return readdirSync(folder)
    .filter((name) => extensions.includes(extname(name)))
    .map((name) => basename(name, extname(name)))
    .sort();
}
