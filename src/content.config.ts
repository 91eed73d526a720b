import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { authorSchema, blogSchema, pageSchema, referenceSchema, tagSchema } from './lib/content-schema';
import { entryIdsIn, entryIdsInFile } from './build/content-folders';
import { blogLoader } from './build/public-loader';

const YAML = ['.yaml', '.yml'];

const authors = defineCollection({
  loader: glob({ base: './content/authors', pattern: '*.{yaml,yml}' }),
  schema: authorSchema,
});

const references = defineCollection({
  loader: glob({ base: './content/references', pattern: '*.{yaml,yml}' }),
  schema: referenceSchema,
});

const TAGS = './content/tags.yaml';

/** The topics articles are filed under: one file, id → { name, description }. */
const tags = defineCollection({
  loader: file(TAGS),
  schema: tagSchema,
});

const blog = defineCollection({
  // One folder, no sub-folders, MDX only: the file name is the article's address (the content check refuses
  // anything else before Astro reads this folder).
  loader: blogLoader(glob({ base: './content/blog', pattern: '*.mdx' })),
  schema: ({ image }) =>
    blogSchema({
      image,
      authorIds: entryIdsIn('./content/authors', YAML),
      referenceIds: entryIdsIn('./content/references', YAML),
      tagIds: entryIdsInFile(TAGS),
    }),
});

/** The editorial pages (about, privacy…): one MDX file each, published at /<file name>/ by src/pages/[page].astro. */
const pages = defineCollection({
  loader: glob({ base: './content/pages', pattern: '*.mdx' }),
  schema: pageSchema,
});

export const collections = { blog, authors, references, tags, pages };
