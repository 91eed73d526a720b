import type { AstroIntegration } from 'astro';

/**
 * Drafts and scheduled posts show in `astro dev` only. The decision is compiled in from Astro's own command:
 * `import.meta.env.DEV` is not safe for this, because server code reads it from the environment at run time
 * and a stray DEV=1 in a build machine's environment would publish every draft.
 */
export function draftPreview(): AstroIntegration {
  return {
    name: 'clinic:draft-preview',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ vite: { define: { __SHOW_DRAFTS__: JSON.stringify(command === 'dev') } } });
      },
    },
  };
}
