import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { authorSchema, blogSchema, referenceSchema } from './lib/content-schema';
import { assertNoSubfolders, entryIdsIn } from './build/content-folders';
import { blogLoader } from './build/public-loader';

const YAML = ['.yaml', '.yml'];
assertNoSubfolders('content/blog');

const authors = defineCollection({
  loader: glob({ base: './content/authors', pattern: '*.{yaml,yml}' }),
  schema: authorSchema,
});

const references = defineCollection({
  loader: glob({ base: './content/references', pattern: '*.{yaml,yml}' }),
  schema: referenceSchema,
});

const blog = defineCollection({
  // One folder, no sub-folders: the file name is the article's address.
  loader: blogLoader(glob({ base: './content/blog', pattern: '*.{md,mdx}' })),
  schema: ({ image }) =>
    blogSchema({
      image,
      authorIds: entryIdsIn('./content/authors', YAML),
      referenceIds: entryIdsIn('./content/references', YAML),
    }),
});

export const collections = { blog, authors, references };
