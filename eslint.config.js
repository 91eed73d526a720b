// ESLint flat config. Run by `npm run lint` and `npm run check` (with --cache).
// Plain JavaScript, so it loads without a TypeScript loader (jiti) and is not part of `astro check`.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  // Build output, generated types, dependencies and test reports: not ours to lint.
  globalIgnores(['dist/', '.astro/', 'node_modules/', 'coverage/', 'test-results/', 'screenshots/']),

  {
    linterOptions: { reportUnusedDisableDirectives: 'error', reportUnusedInlineConfigs: 'error' },
  },

  js.configs.recommended,
  // Syntax-only rules: the type-aware sets (recommendedTypeChecked) need a TypeScript program per run,
  // which costs as much as `astro check` itself and cannot be cached. `astro check` does the type work.
  tseslint.configs.recommended,

  // .astro files: the Astro parser, the Astro rules, and the accessibility rules of
  // eslint-plugin-jsx-a11y-x (eslint-plugin-jsx-a11y 6 does not accept ESLint 10) applied to Astro markup.
  // The plugin's base config also lints each client <script> as a virtual `*.astro/*.ts` file with
  // browser globals, and gives the frontmatter Node globals and Astro's own (Astro, Fragment).
  astro.configs.recommended,
  astro.configs['jsx-a11y-strict'],

  // Everything that is not an .astro file runs in Node: config files, integrations, endpoints, tests, scripts.
  // (Callbacks passed to Playwright's page.evaluate run in the browser; TypeScript checks their globals,
  // and typescript-eslint turns `no-undef` off for .ts files, as TypeScript does that job.)
  {
    files: ['**/*.{js,mjs,cjs,ts,mts,cts}'],
    ignores: ['**/*.astro/*'],
    languageOptions: { globals: { ...globals.node } },
  },

  {
    // Tests read JSON-LD, feeds and reports from real parsers: their shape is what the test asserts, so the
    // parsed values are typed `any` on purpose rather than cast to types the test would have to trust.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },

  {
    rules: {
      // `const { title: _omit, ...rest } = good` is how the code drops one key from an object (the
      // content-schema tests build invalid frontmatter this way); the dropped binding is meant to be unused.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
);
