/** Ids an article uses that must name an entry elsewhere: its author, reviewer, tags and sources. */
import type { Problem } from './problem.ts';
import type { FieldPath, YamlSource } from './yaml-source.ts';
import { fieldName } from './yaml-source.ts';

export interface KnownIds {
  authors: readonly string[];
  references: readonly string[];
  /** Undefined when content/tags.yaml is missing or unreadable (reported once, not per article). */
  tags: readonly string[] | undefined;
}

const DEFAULT_AUTHOR = 'clinical-team';

/** Past this many, only the closest ids are named (a site collects hundreds of references). */
const LIST_MAX = 8;

/** Edits (insert, delete, replace a letter) between two ids: how close a typo is to a real id. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length]!;
}

export function listOf(ids: readonly string[], wrong: string): string {
  if (!ids.length) return 'there are none yet';
  if (ids.length <= LIST_MAX) return `they are: ${ids.join(', ')}`;
  const closest = [...ids].sort((a, b) => distance(wrong, a) - distance(wrong, b)).slice(0, 5);
  return `the closest are: ${closest.join(', ')}; ${ids.length - closest.length} more`;
}

export function referenceProblems(source: YamlSource, known: KnownIds): Problem[] {
  const data = (source.data ?? {}) as Record<string, unknown>;
  const problems: Problem[] = [];
  const check = (
    path: FieldPath,
    value: unknown,
    ids: readonly string[],
    where: string,
    fix: (id: string) => string,
  ) => {
    if (typeof value !== 'string' || ids.includes(value)) return;
    problems.push({
      file: source.file,
      ...source.locate(path),
      field: fieldName(path),
      message: `"${value}" is not one of the ${where} (${listOf(ids, value)})`,
      fix: fix(value),
      severity: 'error',
    });
  };
  const each = (field: string, ids: readonly string[], where: string, fix: (id: string) => string) => {
    const values = data[field];
    if (Array.isArray(values))
      values.forEach((value, index) => check([field, index], value, ids, where, fix));
  };

  check(
    ['author'],
    data['author'] ?? DEFAULT_AUTHOR,
    known.authors,
    'authors in content/authors/',
    (id) => `write one of those ids, or add content/authors/${id}.yaml for a real author`,
  );
  check(
    ['reviewer'],
    data['reviewer'],
    known.authors,
    'authors in content/authors/',
    () =>
      'write the id of the clinician who reviewed the article; add a file to content/authors/ only for a real clinician who agreed to be named',
  );
  if (known.tags) {
    each(
      'tags',
      known.tags,
      'tags in content/tags.yaml',
      (id) => `write one of those ids, or add ${id} to content/tags.yaml with its name`,
    );
  }
  each(
    'sources',
    known.references,
    'references in content/references/',
    (id) => `write one of those ids, or add content/references/${id}.yaml with the study's citation and DOI`,
  );
  return problems;
}
