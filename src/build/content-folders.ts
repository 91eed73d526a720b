import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { parse } from 'yaml';

/** The entry ids (file names without extension) a data folder holds, read when the config loads. */
export function entryIdsIn(folder: string, extensions: readonly string[]): string[] {
  return readdirSync(folder)
    .filter((name) => extensions.includes(extname(name)))
    .map((name) => basename(name, extname(name)))
    .sort();
}

/**
 * The ids (keys) of a data file that maps id → entry, such as content/tags.yaml. A missing or unreadable
 * file gives none: Astro's file() loader and the content check report what is wrong with it.
 */
export function entryIdsInFile(file: string): string[] {
  if (!existsSync(file)) return [];
  try {
    const data: unknown = parse(readFileSync(file, 'utf8'));
    return data && typeof data === 'object' && !Array.isArray(data) ? Object.keys(data).sort() : [];
  } catch {
    return [];
  }
}
