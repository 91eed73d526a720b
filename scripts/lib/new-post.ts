/**
 * The file `npm run new -- "Title"` writes: an article's address from its title, and frontmatter the schema
 * accepts, kept as a draft until the editor publishes it. Pure: the caller reads the folder and writes the file.
 */
import { slug } from 'github-slugger';
import { SAMPLE_BODY, SAMPLE_DESCRIPTION } from '../../src/build/content-check/sample-text.ts';

export interface NewPostInput {
  title: string;
  /** Today on the clinic's calendar, YYYY-MM-DD. */
  today: string;
  /** The file names already in content/blog/. */
  existing: readonly string[];
  author: string;
}

export interface NewPost {
  fileName: string;
  text: string;
}

/** Lower-case kebab-case: "Sleep & Migraine" and "sleep-migraine" are one address, so they clash. */
const kebab = (text: string) => slug(text).replace(/-+/g, '-').replace(/^-|-$/g, '');
const addressOf = (fileName: string) => kebab(fileName.replace(/\.mdx?$/, ''));

export function newPost({ title, today, existing, author }: NewPostInput): NewPost {
  const cleanTitle = title.trim().replace(/\s+/g, ' ');
  const address = kebab(cleanTitle);
  if (!address)
    throw new Error(
      'give the article a title with at least one letter or digit, for example "Sleep and migraine"',
    );
  if (/^\d+$/.test(address)) {
    throw new Error(
      `"${cleanTitle}" would take the address /blog/${address}/, a page of Our Blog: add a word`,
    );
  }
  const clash = existing.find((name) => addressOf(name) === address);
  if (clash) {
    throw new Error(
      `content/blog/${clash} already has the address /blog/${address}/: choose another title, or edit that file`,
    );
  }
  const text = [
    '---',
    `title: ${JSON.stringify(cleanTitle)}`,
    `description: '${SAMPLE_DESCRIPTION}'`,
    `published: ${today} # the day it goes public; a later date schedules it`,
    `author: ${author}`,
    'tags: [ketamine-therapy] # at least one topic: ids from content/tags.yaml',
    'draft: true # set to false (or delete this line) to publish',
    '---',
    '',
    SAMPLE_BODY,
    '',
  ].join('\n');
  return { fileName: `${address}.mdx`, text };
}
