/** Reads the content folders from disk: every file's name, and the text of those the check parses. */
import { readdir, readFile } from 'node:fs/promises';
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

export async function readText(root: string, file: string): Promise<string | undefined> {
  try {
    return await readFile(join(root, file), 'utf8');
  } catch {
    return undefined;
  }
}

/** The texts of `files` (relative to root), read in parallel. */
export async function readTexts(root: string, files: readonly string[]): Promise<TextFile[]> {
  return Promise.all(files.map(async (file) => ({ file, text: (await readText(root, file)) ?? '' })));
}
