/** Reads the content folders from disk: every file's name, and the text of those the check parses. */
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

export interface TextFile {
  /** Path from the root, with forward slashes. */
  file: string;
  text: string;
}

/** Every file under `folder` (relative to it, forward slashes), sub-folders included; none when it is absent. */
export async function filesUnder(folder: string): Promise<string[]> {
  try {
    const entries = await readdir(folder, { recursive: true, withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile())
      .map((entry) =>
        join(entry.parentPath, entry.name)
          .slice(folder.length + 1)
          .split('\\')
          .join('/'),
      )
      .filter((name) => !name.split('/').some((part) => part.startsWith('.')))
      .sort();
  } catch {
    return [];
  }
}

/**
 * Synchronous on purpose: an asynchronous read is four thread-pool round trips (open, stat, read, close), which
 * made reading 1,000 small articles take longer than checking them on a busy two-core machine.
 */
export function readText(root: string, file: string): string | undefined {
  try {
    return readFileSync(join(root, file), 'utf8');
  } catch {
    return undefined;
  }
}

/** The texts of `files` (relative to root); a file that cannot be read counts as empty. */
export function readTexts(root: string, files: readonly string[]): TextFile[] {
  return files.map((file) => ({ file, text: readText(root, file) ?? '' }));
}
