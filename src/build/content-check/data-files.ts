/** The YAML data folders (content/authors/, content/references/): one entry per file, checked by its schema. */
import type { z } from 'astro/zod';
import { fileProblem, type Problem } from './problem.ts';
import { readTexts } from './read.ts';
import { schemaProblems, type FixTable } from './schema-problems.ts';
import { readYaml } from './yaml-source.ts';

const YAML_FILE = /\.ya?ml$/;

/** The ids (file names without .yaml) in `folder`, and every problem of its files. */
export function checkDataFolder(
  root: string,
  folder: string,
  names: readonly string[],
  schema: z.ZodType,
  fixes: FixTable,
  kind: string,
): { ids: string[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const yamlNames = names.filter((name) => !name.includes('/') && YAML_FILE.test(name));
  for (const name of names.filter((name) => !yamlNames.includes(name))) {
    const stem = name
      .split('/')
      .pop()!
      .replace(/\.[^.]*$/, '');
    problems.push(
      fileProblem(
        `${folder}/${name}`,
        `only .yaml files directly in ${folder}/ are read: this file is ignored`,
        `move or delete it, or save it as ${folder}/${stem}.yaml`,
      ),
    );
  }
  const files = readTexts(
    root,
    yamlNames.map((name) => `${folder}/${name}`),
  );
  for (const { file, text } of files) {
    const source = readYaml(file, text);
    problems.push(...source.problems);
    if (!source.problems.length) problems.push(...schemaProblems(schema, source, fixes, kind));
  }
  return { ids: yamlNames.map((name) => name.replace(YAML_FILE, '')).sort(), problems };
}
