/**
 * The fields of every content collection, defined once. `src/content.config.ts` wires these to loaders;
 * unit tests feed them good and bad frontmatter directly. Messages are written for the clinic's editors.
 */
import { z } from 'astro/zod';
import { slug } from 'github-slugger';

const DESCRIPTION_MIN = 50;
const DESCRIPTION_MAX = 160;
const TITLE_MAX = 110;

/**
 * A calendar day. YAML turns an unquoted 2025-06-01 into a Date; a quoted one stays text. Anything else
 * (an empty value, a number, "next Tuesday") is refused, not coerced into 1970.
 */
const date = (field: string) => {
  const error = `${field} must be a real date written as YYYY-MM-DD, for example 2025-06-01`;
  return z
    .union([z.date({ error }), z.iso.date({ error })], { error })
    .transform((value) => (typeof value === 'string' ? new Date(`${value}T00:00:00Z`) : value))
    .refine((value) => !Number.isNaN(value.getTime()), { error });
};

/** An id that must name a file in another collection's folder, checked when the content is loaded. */
function knownId(kind: string, folder: string, ids: readonly string[]) {
  return z.string({ error: `name one of the ${kind} in ${folder}` }).refine((id) => ids.includes(id), {
    error: (issue) =>
      `"${String(issue.input)}" is not one of the ${kind} in ${folder} (known: ${ids.join(', ') || 'none'})`,
  });
}

export interface BlogSchemaOptions<Image extends z.ZodType> {
  /** Astro's image() helper: validates and imports an image next to the article. */
  image: () => Image;
  authorIds: readonly string[];
  referenceIds: readonly string[];
}

export function blogSchema<Image extends z.ZodType>({
  image,
  authorIds,
  referenceIds,
}: BlogSchemaOptions<Image>) {
  const author = knownId('authors', 'content/authors/', authorIds);
  return z
    .object({
      title: z
        .string({ error: 'every article needs a title' })
        .trim()
        .min(1, 'the title is empty')
        .max(TITLE_MAX, `keep the title under ${TITLE_MAX} characters`),
      shortTitle: z
        .string()
        .trim()
        .min(1, 'shortTitle is empty: remove it or write a few words')
        .max(60, 'keep shortTitle under 60 characters: it labels the article in breadcrumbs')
        .optional(),
      description: z
        .string({
          error:
            'every article needs a description (the summary shown under the title and in search results)',
        })
        .trim()
        .min(
          DESCRIPTION_MIN,
          `the description is too short: write ${DESCRIPTION_MIN} to ${DESCRIPTION_MAX} characters`,
        )
        .max(
          DESCRIPTION_MAX,
          `the description is too long: search engines cut it after ${DESCRIPTION_MAX} characters`,
        ),
      published: date('published'),
      updated: date('updated').optional(),
      author: author.default('clinical-team'),
      reviewer: author.optional(),
      lastReviewed: date('lastReviewed').optional(),
      condition: z.string().trim().min(1).optional(),
      tags: z
        .array(
          z
            .string()
            .trim()
            .min(1, 'a tag is empty')
            .refine(
              (tag) => slug(tag) !== '',
              'a tag needs at least one letter or digit: it becomes an address',
            ),
          { error: 'tags must be a list, for example [migraine]' },
        )
        .min(1, 'give the article at least one tag'),
      image: z
        .object({
          src: image(),
          alt: z
            .string({ error: 'describe the image in image.alt for readers who cannot see it' })
            .trim()
            .min(1, 'describe the image in image.alt for readers who cannot see it'),
        })
        .optional(),
      sources: z.array(knownId('references', 'content/references/', referenceIds)).default([]),
      draft: z.boolean().default(false),
    })
    .strict()
    .refine((post) => !post.updated || post.updated >= post.published, {
      error: 'updated must be on or after published',
      path: ['updated'],
    })
    .refine((post) => !post.lastReviewed || post.reviewer, {
      error: 'lastReviewed needs a reviewer: name who reviewed the article',
      path: ['lastReviewed'],
    });
}

export const authorSchema = z
  .object({
    name: z.string().min(1),
    kind: z.enum(['Organization', 'Person']),
    role: z.string().min(1),
    bio: z.string().min(1),
    credentials: z.string().optional(),
  })
  .strict();

export const referenceSchema = z
  .object({
    citation: z.string().min(1),
    doi: z.string().regex(/^10\.\d{4,9}\/\S+$/, 'doi must look like 10.1234/abcd'),
    pmid: z.string().regex(/^\d+$/).optional(),
    finding: z.string().min(1),
  })
  .strict();
