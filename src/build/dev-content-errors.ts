/**
 * The content errors `astro dev` currently knows of, shown on every page by the dev middleware: the content
 * check's errors (set by src/integrations/content-check.ts at start and after each content change), and the
 * entries Astro's own loader refused (set by src/build/public-loader.ts). The setters and the middleware are
 * loaded by different module loaders, so the state lives on globalThis rather than in module variables.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem, type Problem } from './content-check/problem';

interface DevContentErrors {
  root: string;
  checked: Problem[];
  /** By file (project-relative path): what Astro's loader said when it refused the entry. */
  refused: Map<string, Problem>;
}

const KEY = Symbol.for('clinic-blog.dev-content-errors');

function state(): DevContentErrors {
  const holder = globalThis as unknown as Record<typeof KEY, DevContentErrors | undefined>;
  holder[KEY] ??= { root: process.cwd(), checked: [], refused: new Map() };
  return holder[KEY];
}

export function setCheckedErrors(root: string, errors: Problem[]): void {
  Object.assign(state(), { root, checked: errors });
}

export function setRefusedEntry(file: string, problem: Problem | undefined): void {
  if (problem) state().refused.set(file, problem);
  else state().refused.delete(file);
}

/**
 * The check's errors, plus Astro's refusals for files the check found nothing wrong with (else they repeat) and
 * that still exist (a deleted file is never read again, so nothing else clears its refusal).
 */
function currentErrors(): Problem[] {
  const { root, checked, refused } = state();
  const files = new Set(checked.map((problem) => problem.file));
  for (const file of refused.keys()) if (!existsSync(join(root, file))) refused.delete(file);
  return [...checked, ...[...refused.values()].filter((problem) => !files.has(problem.file))];
}

/** The error Astro's dev overlay shows: the first problem's place in its file, and every problem in the hint. */
export function contentErrorForOverlay(): Error | undefined {
  const errors = currentErrors();
  const first = errors[0];
  if (!first) return undefined;
  const count = errors.length;
  const error = new Error(
    `${count} content ${count === 1 ? 'error' : 'errors'} to fix before the site can be built (the page comes back once they are fixed)`,
  );
  error.name = 'Content check';
  // No stack: the place that matters is in the article, not in this code.
  error.stack = '';
  return Object.assign(error, {
    loc: { file: join(state().root, first.file), line: first.line, column: first.column },
    hint: errors.map(formatProblem).join('\n'),
  });
}
