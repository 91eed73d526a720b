import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under a folder, at any depth (folders themselves left out). */
export const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
