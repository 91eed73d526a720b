/**
 * The fields of every content collection, defined once. `src/content.config.ts` wires these to loaders;
 * unit tests feed them good and bad frontmatter directly. Messages are written for the clinic's editors.
 */
import { z } from 'astro/zod';

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

/** An id that must name an entry of another collection, checked when the content is loaded. */
/** The title of an article or a page: `missing` says what the reader sees it as. */
const title = (missing: string) =>
  z
    .string({ error: missing })
    .trim()
    .min(1, 'the title is empty')
    .max(TITLE_MAX, `keep the title under ${TITLE_MAX} characters`);

/** The summary shown in search results and link previews: long enough to say something, short enough to show. */
const description = (missing: string) =>
  z
    .string({ error: missing })
    .trim()
    .min(
      DESCRIPTION_MIN,
      `the description is too short: write ${DESCRIPTION_MIN} to ${DESCRIPTION_MAX} characters`,
    )
    .max(
      DESCRIPTION_MAX,
      `the description is too long: search engines cut it after ${DESCRIPTION_MAX} characters`,
    );

function knownId(kind: string, place: string, ids: readonly string[], fix = '') {
  return z.string({ error: `name one of the ${kind} in ${place}` }).refine((id) => ids.includes(id), {
    error: (issue) =>
      `"${String(issue.input)}" is not one of the ${kind} in ${place} (known: ${ids.join(', ') || 'none'})${fix}`,
  });
}

/** An address the article had before it was renamed: the build sends visitors on from it. */
const formerAddress = z
  .string({ error: 'write each former address as /blog/old-name/' })
  .regex(
    /^\/blog\/[a-z0-9]+(?:-[a-z0-9]+)*\/$/,
    'write each former address as /blog/old-name/: lower-case letters, digits and hyphens between two slashes',
  );

export interface BlogSchemaOptions<Image extends z.ZodType> {
  /** Astro's image() helper: validates and imports an image next to the article. */
  image: () => Image;
  authorIds: readonly string[];
  referenceIds: readonly string[];
  /** The ids of content/tags.yaml. */
  tagIds: readonly string[];
}

export function blogSchema<Image extends z.ZodType>({
  image,
  authorIds,
  referenceIds,
  tagIds,
}: BlogSchemaOptions<Image>) {
  const author = knownId('authors', 'content/authors/', authorIds);
  const tag = knownId(
    'tags',
    'content/tags.yaml',
    tagIds,
    ': use one of these, or add the new tag to content/tags.yaml with its name',
  );
  return (
    z
      .object({
        title: title('every article needs a title'),
        shortTitle: z
          .string()
          .trim()
          .min(1, 'shortTitle is empty: remove it or write a few words')
          .max(60, 'keep shortTitle under 60 characters: it labels the article in breadcrumbs')
          .optional(),
        description: description(
          'every article needs a description (the summary shown under the title and in search results)',
        ),
        published: date('published'),
        updated: date('updated').optional(),
        author: author.default(DEFAULT_AUTHOR),
        reviewer: author.optional(),
        lastReviewed: date('lastReviewed').optional(),
        condition: z.string().trim().min(1).optional(),
        tags: z
          .array(tag, { error: 'tags must be a list of tag ids, for example [migraine]' })
          .min(1, 'give the article at least one tag')
          .refine((ids) => new Set(ids).size === ids.length, 'a tag is listed twice: remove the repeat'),
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
        closing: z
          .string({ error: 'closing must be text: the closing words of the consult section' })
          .trim()
          .min(
            1,
            'closing is empty: write a sentence or two, or remove the line to use the standard closing words',
          )
          .optional(),
        formerAddresses: z
          .array(formerAddress, { error: 'formerAddresses must be a list, for example [/blog/old-name/]' })
          .optional(),
        draft: z.boolean().default(false),
        // Corrections, review dates and acknowledged claims (AUTHORING.md, "Corrections, review dates and claims").
        nextReview: date('nextReview').optional(),
        corrections: z
          .array(
            z
              .object({
                date: date("each correction's date"),
                note: z
                  .string({
                    error: 'write in plain words what changed, for example "Corrected the dose range"',
                  })
                  .trim()
                  .min(1, 'the note is empty: write in plain words what changed'),
              })
              .strict(),
            { error: 'corrections must be a list of entries, each with a date and a note' },
          )
          .optional(),
        acknowledgedClaims: z
          .array(
            z
              .object({
                phrase: z
                  .string({ error: 'write the phrase the claims check named, for example breakthrough' })
                  .trim()
                  .min(1, 'the phrase is empty: write the phrase the claims check named'),
                reason: z
                  .string({
                    error:
                      'write the reason as a fact, for example "the clinic\'s own wording in its source text"',
                  })
                  .trim()
                  .min(10, 'write the reason as a fact of at least a few words'),
              })
              .strict(),
            { error: 'acknowledgedClaims must be a list of entries, each with a phrase and a reason' },
          )
          .optional(),
      })
      .strict()
      .refine((post) => !post.updated || post.updated >= post.published, {
        error: 'updated must be on or after published',
        path: ['updated'],
      })
      .refine((post) => !post.lastReviewed || post.reviewer, {
        error: 'lastReviewed needs a reviewer: name who reviewed the article',
        path: ['lastReviewed'],
      })
      .refine((post) => !post.nextReview || (post.reviewer && post.lastReviewed), {
        error: 'nextReview needs a reviewer and lastReviewed: a next review follows a review someone made',
        path: ['nextReview'],
      })
      .refine((post) => !post.nextReview || !post.lastReviewed || post.nextReview > post.lastReviewed, {
        error: 'nextReview must be after lastReviewed',
        path: ['nextReview'],
      })
      // The content check (dates.ts) also compares updated with the latest correction, naming the day to write.
      .refine((post) => !post.corrections?.length || post.updated, {
        error: 'corrections need updated: write updated: with the day of the latest correction (or later)',
        path: ['corrections'],
      })
      .superRefine((post, context) => {
        (post.corrections ?? []).forEach((correction, index) => {
          if (correction.date < post.published) {
            context.addIssue({
              code: 'custom',
              message: 'a correction cannot be dated before published',
              path: ['corrections', index, 'date'],
            });
          }
        });
      })
  );
}

/** The author of every article that names none: the clinic's clinical team (content/authors/clinical-team.yaml). */
export const DEFAULT_AUTHOR = 'clinical-team';
/** An editorial page of content/pages/ (about, privacy…): its address is its file name. */
export const pageSchema = z
  .object({
    title: title('every page needs a title'),
    description: description('every page needs a description (shown in search results and link previews)'),
  })
  .strict();

export const authorSchema = z
  .object({
    name: z.string().min(1),
    kind: z.enum(['Organization', 'Person']),
    role: z.string().min(1),
    bio: z.string().min(1),
    credentials: z.string().optional(),
  })
  .strict();

/** One entry of content/tags.yaml; its id (the key) is the tag's address, /blog/tags/<id>/. */
export const tagSchema = z
  .object({
    name: z
      .string({ error: 'every tag needs a name: the words readers see, for example "Chronic pain"' })
      .trim()
      .min(1, 'the name is empty: write the words readers see, for example "Chronic pain"'),
    description: z
      .string()
      .trim()
      .min(1, 'the description is empty: write a sentence, or remove the line')
      .optional(),
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
