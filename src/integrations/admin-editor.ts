import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * The browser editor's own files under /admin/: Sveltia CMS's script, patched so that it loads nothing from a CDN
 * (its fonts, its update check and the modules it imports at run time come from /admin/ instead), the fonts, those
 * modules and its lazily loaded react-dom chunk, all read from node_modules. Each URL to patch must occur exactly
 * once: a Sveltia upgrade that changes one stops the build here instead of quietly reaching a CDN again.
 * Written into dist/admin/ after a build, and served from memory by `astro dev`.
 */

const FONTS = [
  [
    'https://cdn.jsdelivr.net/fontsource/fonts/material-symbols-outlined:vf@5.3.7/latin-wght-normal.woff2',
    '@fontsource-variable/material-symbols-outlined',
    'files/material-symbols-outlined-latin-wght-normal.woff2',
  ],
  [
    'https://cdn.jsdelivr.net/fontsource/fonts/source-sans-3:vf@5.3.0/latin-wght-normal.woff2',
    '@fontsource-variable/source-sans-3',
    'files/source-sans-3-latin-wght-normal.woff2',
  ],
  [
    'https://cdn.jsdelivr.net/fontsource/fonts/noto-mono@5.3.0/latin-400-normal.woff2',
    '@fontsource/noto-mono',
    'files/noto-mono-latin-400-normal.woff2',
  ],
] as const;

/** Modules the editor imports from unpkg at run time that this site uses: the event hooks, pasting HTML. */
const VENDOR_MODULES = [
  ['immutable', 'dist/immutable.es.js'],
  ['turndown', 'lib/turndown.browser.es.js'],
] as const;

function replaceOnce(script: string, from: string, to: string, what: string): string {
  const count = script.split(from).length - 1;
  if (count !== 1) {
    throw new Error(
      `The browser editor: expected ${what} (${from}) once in @sveltia/cms/dist/sveltia-cms.js, found it ${count} times. ` +
        'A new Sveltia version changed it: update src/integrations/admin-editor.ts (and pin the version that works).',
    );
  }
  return script.replace(from, to);
}

/** Every file of /admin/ this integration provides, by URL path. */
function adminEditorFiles(nodeModules: string): Map<string, Buffer> {
  const read = (name: string, file: string) => readFileSync(join(nodeModules, name, file));
  const files = new Map<string, Buffer>();
  let script = read('@sveltia/cms', 'dist/sveltia-cms.js').toString('utf8');
  for (const [url, name, file] of FONTS) {
    const path = `/admin/fonts/${file.split('/').pop()}`;
    script = replaceOnce(script, url, path, 'a font address');
    files.set(path, read(name, file));
  }
  if (script.includes('cdn.jsdelivr.net'))
    throw new Error('The browser editor: sveltia-cms.js still names cdn.jsdelivr.net');
  // The update check (and the base of the chunk fallback) asks unpkg for the latest package.json: answer it from
  // here with the installed version, so the editor never offers an update the site does not have.
  script = replaceOnce(script, '`https://unpkg.com/@sveltia/cms`', '`/admin/sveltia`', 'the update check');
  const { version } = JSON.parse(read('@sveltia/cms', 'package.json').toString('utf8')) as {
    version: string;
  };
  files.set(
    '/admin/sveltia/package.json',
    Buffer.from(`${JSON.stringify({ name: '@sveltia/cms', version })}\n`),
  );
  // Run-time imports `https://unpkg.com/<name>@<version>/<file>`: the ones used come from /admin/vendor/; the
  // others (maps, svgo, HEIC decoding) then fail to load instead of reaching a CDN.
  script = replaceOnce(script, '`https://unpkg.com/${e}`', '`/admin/vendor/${e}`', 'the module address');
  for (const [name, file] of VENDOR_MODULES) {
    const pinned = new RegExp(`${name}:\`\\^?([0-9][^\`]*)\``).exec(script)?.[1];
    if (!pinned) throw new Error(`The browser editor: no pinned version of ${name} in sveltia-cms.js`);
    files.set(`/admin/vendor/${name}@${pinned}/${file}`, read(name, file));
  }
  // Sveltia 0.221.1 turns a block whose pattern spans lines (the research box, the call to action) into a typing
  // shortcut that matches any first character of a paragraph, and whose `replace` returns undefined, which the
  // rich-text editor (Lexical) reads as "handled" and deletes what was typed: "A headache…" became "headache…".
  // Returning false leaves typing alone; loading an article into the editor does not use `replace`.
  script = replaceOnce(
    script,
    'replace:()=>void 0,export:l}',
    'replace:()=>!1,export:l}',
    'the block shortcut',
  );
  // The 8 MB source map is not shipped.
  script = script.replace(/\n\/\/# sourceMappingURL=.*\s*$/, '\n');
  files.set('/admin/sveltia-cms.js', Buffer.from(script));
  files.set('/admin/chunks/react-dom.js', read('@sveltia/cms', 'dist/chunks/react-dom.js'));
  return files;
}

const TYPES: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  json: 'application/json',
  woff2: 'font/woff2',
};

export function adminEditor(): AstroIntegration {
  let nodeModules = '';
  return {
    name: 'clinic:admin-editor',
    hooks: {
      'astro:config:done': ({ config }) => {
        nodeModules = fileURLToPath(new URL('node_modules/', config.root));
      },
      'astro:server:setup': ({ server }) => {
        let files: Map<string, Buffer> | undefined;
        server.middlewares.use((request, response, next) => {
          const path = (request.url ?? '').split('?')[0] ?? '';
          if (!path.startsWith('/admin/')) return next();
          files ??= adminEditorFiles(nodeModules);
          const body = files.get(path);
          if (!body) return next();
          response.setHeader(
            'Content-Type',
            TYPES[path.split('.').pop() ?? ''] ?? 'application/octet-stream',
          );
          response.end(body);
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const files = adminEditorFiles(nodeModules);
        for (const [path, body] of files) {
          const target = join(out, path);
          mkdirSync(dirname(target), { recursive: true });
          writeFileSync(target, body);
        }
        logger.info(`the browser editor: ${files.size} files in /admin/, nothing loaded from a CDN`);
      },
    },
  };
}
