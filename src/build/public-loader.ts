/**
 * The blog's loader, wrapping glob().
 * - Production build: it stores only what is public today, so Astro never compiles a draft's or a scheduled
 *   post's module and never copies its images into dist/. (Filtering later, in src/build/posts.ts, hides their
 *   pages but not the images and modules Astro emits for every stored entry.)
 * - `astro dev`: it stores everything, for preview, and an article Astro refuses (bad frontmatter) when the
 *   server starts is left out instead of stopping the server; the refusal is shown on every page until fixed.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { site } from '../config/site';
import { calendarDay } from '../lib/dates';
import { isPublic, type PostLike } from '../lib/publishing';
import type { Problem } from './content-check/problem';
import { setRefusedEntry } from './dev-content-errors';

/** Compiled in by src/integrations/draft-preview.ts from Astro's own command; absent means "not dev", so hide. */
const preview = typeof __SHOW_DRAFTS__ === 'boolean' && __SHOW_DRAFTS__;

function publicOnly(loader: Loader): Loader {
  return {
    ...loader,
    async load(context) {
      await loader.load(context);
      // After the inner loader rather than in place of its store.set: an entry cached by an earlier `astro dev`
      // run is kept by the inner loader without being set again.
      const visibility = { today: calendarDay(new Date(), site.timeZone), preview: false };
      for (const [id, entry] of context.store.entries()) {
        // The store holds what the collection's schema returned: `draft` and `published` are checked there.
        if (!isPublic({ id, data: entry.data as PostLike['data'] }, visibility)) context.store.delete(id);
      }
    },
  };
}

type EntryTypes = Map<string, { getEntryInfo: (params: { fileUrl: URL; contents: string }) => unknown }>;

/** Astro's message (its **bold** marks removed), as a problem on the whole file. */
function refusal(file: string, error: unknown): Problem {
  const message = (error instanceof Error ? error.message : String(error))
    .replace(/\*\*/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return {
    file,
    line: 1,
    column: 1,
    field: 'frontmatter',
    message: `Astro could not read this article: ${message}`,
    fix: 'correct the frontmatter as the message says (AUTHORING.md lists every field)',
    severity: 'error',
  };
}

/**
 * glob() stops the whole content sync, and with it `astro dev`, on the first entry it cannot read. While the
 * server starts, such an entry is recorded and left out; later edits go through glob()'s own handling (it keeps
 * the last good version and logs the error), and are recorded too so the overlay shows them.
 */
function keepRunningOnBadEntries(loader: Loader): Loader {
  return {
    ...loader,
    async load(context) {
      const root = fileURLToPath(context.config.root);
      const fileOf = (path: string) => relative(root, path).split('\\').join('/');
      let starting = true;
      const leftOut = new Set<string>();
      /** Files whose frontmatter could not be read: their (empty) data then fails the schema too; say it once. */
      const unreadable = new Set<string>();
      const refuse = (path: string, error: unknown) => {
        const file = fileOf(path);
        const problem = refusal(file, error);
        setRefusedEntry(file, problem);
        if (!starting) throw error;
        context.logger.error(`${file}: ${problem.message}`);
        leftOut.add(file);
      };
      const parseData: LoaderContext['parseData'] = async (props) => {
        const path = props.filePath ?? props.id;
        try {
          const data = await context.parseData(props);
          setRefusedEntry(fileOf(path), undefined);
          return data;
        } catch (error) {
          if (!unreadable.has(path)) refuse(path, error);
          else if (!starting) throw error;
          return props.data;
        }
      };
      // Astro passes the frontmatter readers too (not in its public types): a YAML error is thrown there.
      const entryTypes = (context as LoaderContext & { entryTypes?: EntryTypes }).entryTypes;
      const forgivingEntryTypes: EntryTypes | undefined =
        entryTypes &&
        new Map(
          [...entryTypes].map(([extension, entryType]) => [
            extension,
            {
              ...entryType,
              getEntryInfo: async (params) => {
                const path = fileURLToPath(params.fileUrl);
                try {
                  const info = await entryType.getEntryInfo(params);
                  unreadable.delete(path);
                  return info;
                } catch (error) {
                  unreadable.add(path);
                  refuse(path, error);
                  return { data: {}, body: '', slug: '', rawData: '' };
                }
              },
            },
          ]),
        );
      await loader.load({
        ...context,
        parseData,
        ...(forgivingEntryTypes && { entryTypes: forgivingEntryTypes }),
      });
      starting = false;
      for (const [id, entry] of context.store.entries()) {
        if (entry.filePath && leftOut.has(entry.filePath)) context.store.delete(id);
      }
    },
  };
}

export function blogLoader(glob: Loader): Loader {
  return preview ? keepRunningOnBadEntries(glob) : publicOnly(glob);
}
