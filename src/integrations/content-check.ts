/**
 * The content check, run before anything else. `astro build`: every content error is listed at once and the
 * build stops (no stack trace, no dist/); a finished build ends with what was published and what was held back.
 * `astro dev`: the errors are listed, shown on every page in Astro's error overlay, and checked again whenever a
 * file under content/ changes; the server keeps running. Redirects from former addresses are added here too.
 */
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { Plugin, Rolldown } from 'vite';
import { checkContent, type ContentReport } from '../build/content-check/index';
import { formatProblem, sortProblems, type Problem } from '../build/content-check/problem';
import { site } from '../config/site';
import { buildSummary } from '../lib/build-summary';
import { calendarDay } from '../lib/dates';
import { isLaunchBuild } from '../lib/launch-readiness';
import { redirectsOf } from '../lib/redirects';
import { setCheckedErrors } from '../build/dev-content-errors';
import { discardOutDir, guardOutDir, isAstroBuildCommand, removeOutDir } from './out-dir-guard';

const DEV_HEADING = 'Content errors to fix (every page shows them until they are fixed)';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function check(root: string, launch = false): Promise<ContentReport> {
  return checkContent({ root, today: calendarDay(new Date(), site.timeZone), launch });
}

/** In `astro dev` a fault of the check itself (not of the content) is reported, and the server keeps running. */
async function checkInDev(root: string, logger: AstroIntegrationLogger): Promise<ContentReport> {
  try {
    return await check(root);
  } catch (error) {
    logger.error(
      `the content check itself failed (a bug to report, not a content mistake): ${String(error)}`,
    );
    return { problems: [], articles: [] };
  }
}

const errorsOf = (problems: readonly Problem[]) =>
  sortProblems(problems.filter((p) => p.severity === 'error'));
const warningCount = (problems: readonly Problem[]) =>
  problems.filter((p) => p.severity === 'warning').length;

function warningsLine(problems: readonly Problem[]): string | undefined {
  const warnings = warningCount(problems);
  if (!warnings) return undefined;
  return `${plural(warnings, 'editorial warning', 'editorial warnings')}: run npm run check:content to see them.`;
}

/** One block, so the file:line:col of each problem starts its own line (editors' terminals make them links). */
function errorBlock(errors: readonly Problem[], heading: string): string {
  return [
    `${heading}:`,
    ...errors.map(formatProblem),
    `${plural(errors.length, 'error', 'errors')} in ${plural(new Set(errors.map((e) => e.file)).size, 'file', 'files')}.`,
  ].join('\n');
}

/** rolldown warns, once per MDX article, that it may move Astro's own head-injection marker: nothing to act on. */
const quietHeadInjectWarning: NonNullable<Rolldown.InputOptions['onLog']> = (level, log, handler) => {
  if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"')) return;
  handler(level, log);
};

/** Re-checks when a content file changes, and reloads the open pages so the overlay appears or goes. */
function recheckOnContentChange(root: string, shownAtStart: string, logger: AstroIntegrationLogger): Plugin {
  const contentDir = `${root}${sep}content${sep}`;
  let timer: NodeJS.Timeout | undefined;
  let shown = shownAtStart;
  return {
    name: 'clinic:content-recheck',
    configureServer(server) {
      server.watcher.on('all', (_event, path) => {
        if (!path.startsWith(contentDir)) return;
        clearTimeout(timer);
        timer = setTimeout(() => {
          void checkInDev(root, logger).then((report) => {
            const errors = errorsOf(report.problems);
            setCheckedErrors(root, errors);
            const now = errors.map(formatProblem).join('\n');
            if (now === shown) return;
            shown = now;
            if (errors.length) logger.error(errorBlock(errors, DEV_HEADING));
            else logger.info(`content check: no errors left (after a change to ${relative(root, path)}).`);
            server.hot.send({ type: 'full-reload' });
          });
        }, 100);
      });
    },
  };
}

/**
 * Two integrations sharing one check: `check` goes first in astro.config.ts (it must stop a bad build before
 * anything else runs), `summary` last (so the editor's summary is the last thing a build prints).
 */
export function contentCheck(): { check: AstroIntegration; summary: AstroIntegration } {
  let report: ContentReport | undefined;
  let outDir: URL | undefined;
  let outDirGuard: { finished: () => void } | undefined;
  let oldOutDirGone: Promise<unknown> = Promise.resolve();
  const summary: AstroIntegration = {
    name: 'clinic:build-summary',
    hooks: {
      'astro:build:done': async ({ logger }) => {
        const removalFailure = await oldOutDirGone;
        if (removalFailure) logger.warn(`the last build's output was not deleted: ${String(removalFailure)}`);
        if (!report) return;
        logger.info(buildSummary(report.articles).join('\n'));
        const warnings = warningsLine(report.problems);
        if (warnings) logger.warn(warnings);
        outDirGuard?.finished();
      },
    },
  };
  const checker: AstroIntegration = {
    name: 'clinic:content-check',
    hooks: {
      'astro:config:setup': async ({ command, config, updateConfig, addMiddleware, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        // Vitest's Astro-powered test projects (getViteConfig) run this hook as 'dev': no dev server to serve.
        // A stray VITEST in the environment can therefore only ever skip the preview, never a build's check.
        if (command === 'dev' && process.env['VITEST']) return;
        if (command === 'build' && isAstroBuildCommand()) {
          oldOutDirGone = discardOutDir(config.outDir, config.cacheDir);
        }
        const root = fileURLToPath(config.root).replace(/[\\/]$/, '');
        report =
          command === 'build'
            ? await check(root, isLaunchBuild(process.env))
            : await checkInDev(root, logger);
        const errors = errorsOf(report.problems);
        const warnings = warningsLine(report.problems);

        if (command === 'build') {
          if (errors.length) {
            logger.error(
              errorBlock(errors, 'The build stopped on content errors; nothing was built. Fix each one'),
            );
            if (warnings) logger.warn(warnings);
            // An earlier build's site must not stay behind to be deployed with content that no longer builds.
            removeOutDir(config.outDir);
            // Exit here rather than throw: Astro would print its own stack trace under the list.
            process.exit(1);
          }
          updateConfig({
            redirects: redirectsOf(report.articles),
            vite: { build: { rolldownOptions: { onLog: quietHeadInjectWarning } } },
          });
          return;
        }

        updateConfig({
          redirects: redirectsOf(report.articles),
          vite: { plugins: [recheckOnContentChange(root, errors.map(formatProblem).join('\n'), logger)] },
        });
        setCheckedErrors(root, errors);
        addMiddleware({
          entrypoint: new URL('./content-check-middleware.ts', import.meta.url),
          order: 'pre',
        });
        if (errors.length) logger.error(errorBlock(errors, DEV_HEADING));
        if (warnings) logger.warn(warnings);
      },
      'astro:config:done': ({ config }) => {
        outDir = config.outDir;
      },
      'astro:build:start': () => {
        outDirGuard = outDir ? guardOutDir(outDir) : undefined;
      },
    },
  };
  return { check: checker, summary };
}
