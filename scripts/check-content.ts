/**
 * `npm run check:content`: every content problem, without building the site. Exits 1 when there is an error,
 * 0 when there are only warnings (the editorial lint). `--root <folder>` checks another copy of the project.
 * `LAUNCH=1` checks as a launch build does: a placeholder or a missing required clinic detail is an error.
 */
import { resolve } from 'node:path';
import { site } from '../src/config/site.ts';
import { checkContent } from '../src/build/content-check/index.ts';
import { formatProblem, sortProblems } from '../src/build/content-check/problem.ts';
import { calendarDay } from '../src/lib/dates.ts';
import { isLaunchBuild } from '../src/lib/launch-readiness.ts';

const rootFlag = process.argv.indexOf('--root');
// npm runs scripts from the project's root.
const root = resolve(rootFlag === -1 ? process.cwd() : (process.argv[rootFlag + 1] ?? '.'));

const { problems, articles } = await checkContent({
  root,
  today: calendarDay(new Date(), site.timeZone),
  launch: isLaunchBuild(process.env),
});
for (const problem of sortProblems(problems)) console.log(formatProblem(problem));

const errors = problems.filter((problem) => problem.severity === 'error').length;
const warnings = problems.length - errors;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
console.log(
  `${plural(articles.length, 'article')} checked: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}` +
    (errors ? ' — fix the errors above; the site will not build until they are fixed' : ''),
);
process.exitCode = errors ? 1 : 0;
