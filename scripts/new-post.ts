/**
 * `npm run new -- "Title"`: creates content/blog/<address>.mdx as a draft, with today's date on the clinic's
 * calendar and the default author. It never overwrites a file or creates a second file for the same address.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { site } from '../src/config/site.ts';
import { calendarDay } from '../src/lib/dates.ts';
import { newPost } from './lib/new-post.ts';

// npm runs scripts from the project's root; the articles are in its content/blog/.
const BLOG = join(process.cwd(), 'content', 'blog');
const title = process.argv.slice(2).join(' ');

try {
  const post = newPost({
    title,
    today: calendarDay(new Date(), site.timeZone),
    existing: readdirSync(BLOG),
    author: 'clinical-team',
  });
  const file = join(BLOG, post.fileName);
  if (existsSync(file)) throw new Error(`content/blog/${post.fileName} already exists`);
  writeFileSync(file, post.text, { flag: 'wx' });
  console.log(`Created content/blog/${post.fileName} (a draft). Preview it with \`npm run dev\`.`);
} catch (error) {
  console.error(`npm run new: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
