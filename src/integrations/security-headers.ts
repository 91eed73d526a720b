import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { site } from '../config/site';
import {
  headersFileRules,
  renderHeadersFile,
  renderNginxConf,
  renderVercelJson,
} from '../lib/security-headers/hosts';
import { INLINE_CODE_SOURCE, inlineCode, type InlineCode } from '../lib/security-headers/inline-code';
import { pathClass, type InlineHashes, type PolicyInput } from '../lib/security-headers/policy';
import { filesUnder } from '../build/files';
import { memoVersion, PageMemo } from '../build/page-memo';

/**
 * A build's inline code, as the policy needs it, and every file's URL path; problems name the file (in out).
 * With a memo, a page with the same bytes as in the last build is not parsed again.
 */
export function scanBuild(
  out: string,
  memo?: PageMemo<InlineCode>,
): { input: PolicyInput; builtPaths: string[]; problems: string[] } {
  const files = filesUnder(out);
  const builtPaths = files.map((file) => `/${relative(out, file).split(sep).join('/')}`);
  const found = {
    pages: { scripts: new Set<string>(), styles: new Set<string>() },
    search: { scripts: new Set<string>(), styles: new Set<string>() },
  };
  const problems: string[] = [];
  for (const [index, file] of files.entries()) {
    if (!file.endsWith('.html')) continue;
    const code = memo ? memo.of(readFileSync(file), inlineCode) : inlineCode(readFileSync(file, 'utf8'));
    problems.push(...code.problems.map((problem) => `${relative(out, file)}: ${problem}`));
    const target = found[pathClass(builtPaths[index] ?? '') === 'search' ? 'search' : 'pages'];
    for (const hash of code.scripts) target.scripts.add(hash);
    for (const hash of code.styles) target.styles.add(hash);
  }
  const sorted = ({ scripts, styles }: { scripts: Set<string>; styles: Set<string> }): InlineHashes => ({
    scripts: [...scripts].sort(),
    styles: [...styles].sort(),
  });
  const input = {
    pages: sorted(found.pages),
    search: sorted(found.search),
    hstsPreload: site.security.hstsPreload,
  };
  return { input, builtPaths, problems };
}

/**
 * After the build, reads every built page for its inline scripts and stylesheets, whose hashes the
 * Content-Security-Policy allows, and writes the policy for every host: dist/_headers, and at the project root
 * vercel.json and deploy/nginx.conf (committed: a test fails when they differ from what the build wrote). A page
 * with an inline event handler, a style="" attribute or a script from another origin stops the build, named.
 */
export function securityHeaders(): AstroIntegration {
  let root = '';
  let cacheDir = '';
  return {
    name: 'clinic:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const memo = new PageMemo<InlineCode>(
          join(cacheDir, 'inline-code.json'),
          memoVersion(root, INLINE_CODE_SOURCE),
        );
        const { input, builtPaths, problems } = scanBuild(out, memo);
        if (problems.length) {
          throw new Error(
            `The Content-Security-Policy would block these (move the code to a <script> or the style to a class):\n${problems.map((problem) => `${relative(root, out)}/${problem}`).join('\n')}`,
          );
        }
        memo.save();
        const rules = headersFileRules(input, builtPaths);
        writeFileSync(join(out, '_headers'), renderHeadersFile(rules));
        writeFileSync(join(root, 'vercel.json'), renderVercelJson(input));
        mkdirSync(join(root, 'deploy'), { recursive: true });
        writeFileSync(
          join(root, 'deploy', 'nginx.conf'),
          renderNginxConf(input, { serverName: new URL(site.url).hostname }),
        );
        logger.info(
          `_headers (${rules.length} rules), vercel.json and deploy/nginx.conf: ${input.pages.scripts.length + input.search.scripts.length} inline scripts and ${input.pages.styles.length} stylesheet(s) allowed by hash (${memo.counts.read} pages read, ${memo.counts.reused} unchanged since the last build)`,
        );
      },
    },
  };
}
