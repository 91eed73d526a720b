/**
 * TEMPORARY stand-in, replaced at merge by the content check of the helper "check": only the exported shape of
 * the plan, reading each article's frontmatter to list it, and reporting no problems.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Problem } from './problem';

export interface CheckOptions {
  root: string;
  today: string;
}
export type ArticleStatus = 'published' | 'draft' | 'scheduled';
export interface CheckedArticle {
  file: string;
  slug: string;
  title: string;
  status: ArticleStatus;
  published: string;
  formerAddresses: string[];
}
export interface ContentReport {
  problems: Problem[];
  articles: CheckedArticle[];
}

export async function checkContent({ root, today }: CheckOptions): Promise<ContentReport> {
  const folder = join(root, 'content', 'blog');
  const articles = readdirSync(folder)
    .filter((name) => name.endsWith('.mdx'))
    .map((name): CheckedArticle => {
      const text = readFileSync(join(folder, name), 'utf8');
      const data = (parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '', { schema: 'failsafe' }) ??
        {}) as Record<string, unknown>;
      const published = String(data['published'] ?? '');
      const status = data['draft'] === 'true' ? 'draft' : published > today ? 'scheduled' : 'published';
      const formerAddresses = Array.isArray(data['formerAddresses'])
        ? data['formerAddresses'].map(String)
        : [];
      return {
        file: `content/blog/${name}`,
        slug: name.replace(/\.mdx$/, ''),
        title: String(data['title'] ?? ''),
        status,
        published,
        formerAddresses,
      };
    });
  return Promise.resolve({ problems: [], articles });
}
