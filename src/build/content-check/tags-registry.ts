/** content/tags.yaml: every tag an article may use, as `id: { name, description? }`. */
import type { Problem } from './problem.ts';
import { readYaml } from './yaml-source.ts';

export const TAGS_FILE = 'content/tags.yaml';
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The tag ids, or undefined when the registry is missing or unreadable; a problem for every bad entry. */
export function readTagRegistry(text: string | undefined): {
  ids: string[] | undefined;
  problems: Problem[];
} {
  const problem = (line: number, column: number, field: string, message: string, fix: string): Problem => ({
    file: TAGS_FILE,
    line,
    column,
    field,
    message,
    fix,
    severity: 'error',
  });
  if (text === undefined) {
    return {
      ids: undefined,
      problems: [
        problem(
          1,
          1,
          'file',
          'the list of tags is missing',
          `create ${TAGS_FILE} with one entry per tag, for example "migraine: { name: Migraine }"`,
        ),
      ],
    };
  }
  const source = readYaml(TAGS_FILE, text);
  const problems = [...source.problems];
  const data = source.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    if (!problems.length) {
      problems.push(
        problem(
          1,
          1,
          'file',
          'the file must list tags as id: { name: … } lines',
          'for example: migraine: { name: Migraine }',
        ),
      );
    }
    return { ids: problems.length ? undefined : [], problems };
  }

  const ids: string[] = [];
  for (const [id, entry] of Object.entries(data as Record<string, unknown>)) {
    ids.push(id);
    const at = source.locate([id]);
    if (!KEBAB.test(id)) {
      problems.push(
        problem(
          at.line,
          at.column,
          id,
          `the tag id "${id}" is not lower-case words joined by hyphens`,
          'write the id like ketamine-therapy (it becomes the address /blog/tags/ketamine-therapy/)',
        ),
      );
    }
    const fields = entry && typeof entry === 'object' ? (entry as Record<string, unknown>) : {};
    if (typeof fields['name'] !== 'string' || !fields['name'].trim()) {
      problems.push(
        problem(
          at.line,
          at.column,
          `${id}.name`,
          `the tag "${id}" has no name`,
          `write it as ${id}: { name: The name readers see }`,
        ),
      );
    }
    if ('description' in fields && typeof fields['description'] !== 'string') {
      const where = source.locate([id, 'description']);
      problems.push(
        problem(
          where.line,
          where.column,
          `${id}.description`,
          'the description must be text',
          'write one sentence, or remove it',
        ),
      );
    }
    for (const key of Object.keys(fields).filter((key) => key !== 'name' && key !== 'description')) {
      const where = source.locate([id, key]);
      problems.push(
        problem(
          where.line,
          where.column,
          `${id}.${key}`,
          `tags have no field called "${key}"`,
          'keep only name and description',
        ),
      );
    }
  }
  return { ids, problems };
}
