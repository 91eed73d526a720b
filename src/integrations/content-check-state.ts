/**
 * The content errors `astro dev` currently knows of, shared between the integration (which re-checks when a
 * content file changes) and the dev middleware (which shows them). The two are loaded by different module
 * loaders, so the state lives on globalThis rather than in a module variable.
 */
import { join } from 'node:path';
import { formatProblem, type Problem } from '../build/content-check/problem';

const KEY = Symbol.for('clinic-blog.content-errors');

interface ContentErrors {
  root: string;
  errors: Problem[];
}

type Holder = Record<typeof KEY, ContentErrors | undefined>;

export function setContentErrors(state: ContentErrors): void {
  (globalThis as unknown as Holder)[KEY] = state;
}

/** The error Astro's dev overlay shows: the first problem's place in its file, and every problem in the hint. */
export function contentErrorForOverlay(): Error | undefined {
  const state = (globalThis as unknown as Holder)[KEY];
  const first = state?.errors[0];
  if (!state || !first) return undefined;
  const count = state.errors.length;
  const error = new Error(
    `${count} content ${count === 1 ? 'error' : 'errors'} to fix before the site can be built (this page shows again once they are fixed)`,
  );
  error.name = 'Content check';
  // No stack: the place that matters is in the article, not in this code.
  error.stack = '';
  return Object.assign(error, {
    loc: { file: join(state.root, first.file), line: first.line, column: first.column },
    hint: state.errors.map(formatProblem).join('\n'),
  });
}
