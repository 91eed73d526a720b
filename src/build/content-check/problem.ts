/**
 * One content mistake, written for the clinic's editors: where it is, which field, what is wrong and how to fix
 * it. Every check in this folder returns these; the build, the dev server and `npm run check:content` print them.
 */
export type Severity = 'error' | 'warning';

export interface Problem {
  /** Path from the project root with forward slashes, e.g. `content/blog/my-article.mdx`. */
  file: string;
  /** 1-based; 1 when the problem concerns the whole file. */
  line: number;
  /** 1-based; 1 when unknown. */
  column: number;
  /** The frontmatter field (`image.alt`, `tags[1]`), or `body` for the article text, or `file` for its name. */
  field: string;
  /** What is wrong, in plain words. */
  message: string;
  /** How to fix it, as an instruction. */
  fix: string;
  severity: Severity;
}

/** An error about a whole file (its name, where it is, what it holds): on its first line, under `file`. */
export function fileProblem(file: string, message: string, fix: string): Problem {
  return { file, line: 1, column: 1, field: 'file', message, fix, severity: 'error' };
}

/** `file:line:col — field: what is wrong — how to fix it`: editors' text editors jump to `file:line:col`. */
export function formatProblem(problem: Problem): string {
  const where = `${problem.file}:${problem.line}:${problem.column}`;
  const label = problem.severity === 'warning' ? ' (warning)' : '';
  return `${where} — ${problem.field}${label}: ${problem.message} — ${problem.fix}`;
}

/** Errors first, then by file and position, so a report reads top to bottom. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  const rank = (problem: Problem) => (problem.severity === 'error' ? 0 : 1);
  return [...problems].sort(
    (a, b) => rank(a) - rank(b) || a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
  );
}
