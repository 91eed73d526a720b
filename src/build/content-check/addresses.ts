/**
 * File names become addresses (content/blog/my-article.mdx → /blog/my-article/). These checks refuse names
 * that cannot be addresses, and any two entries that would end up at the same one.
 */
import { paths } from '../../lib/urls.ts';
import { fileProblem, type Problem } from './problem.ts';
import type { Position } from './yaml-source.ts';

const BLOG = 'content/blog';
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The address a name collapses to, whatever its capitals, accents or punctuation: two equal keys clash. */
function addressKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const stem = (name: string) => name.replace(/\.mdx?$/i, '');

/** Problems with the names of the files in content/blog/ (`names` relative to it, sub-folders included). */
export function fileNameProblems(names: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  const add = (name: string, message: string, fix: string) =>
    problems.push(fileProblem(`${BLOG}/${name}`, message, fix));

  const articles = names.filter((name) => /\.mdx?$/i.test(name));
  const topLevel = articles.filter((name) => !name.includes('/'));
  const byKey = new Map<string, string[]>();
  for (const name of topLevel) {
    const key = addressKey(stem(name));
    byKey.set(key, [...(byKey.get(key) ?? []), name]);
  }

  for (const name of articles) {
    if (name.includes('/')) {
      add(
        name,
        'articles in sub-folders are not read: the file name alone is the address',
        `move it to ${BLOG}/${name.split('/').pop()}`,
      );
      continue;
    }
    const key = addressKey(stem(name));
    const others = (byKey.get(key) ?? []).filter((other) => other !== name);
    if (others.length) {
      add(
        name,
        `this file and ${others.map((other) => `${BLOG}/${other}`).join(' and ')} would share the address ${paths.post(key)}`,
        'keep one article per address: merge the files, or rename one of them',
      );
    }
    if (!name.endsWith('.mdx')) {
      const lowerMdx = /\.mdx$/i.test(name);
      add(
        name,
        lowerMdx
          ? 'the extension must be written .mdx in lower case'
          : 'only .mdx files are articles: this .md file would not be published as one',
        others.length ? `merge it into ${BLOG}/${others[0]} and delete it` : `rename it to ${stem(name)}.mdx`,
      );
      continue;
    }
    if (/^\d+$/.test(stem(name))) {
      add(
        name,
        `a name made only of digits clashes with the page ${paths.blogPage(Number(stem(name)))} of Our Blog`,
        'rename the file with words, for example what-to-expect.mdx',
      );
    } else if (!KEBAB.test(stem(name))) {
      add(
        name,
        'file names must be lower-case words joined by hyphens: the name becomes the address',
        key
          ? `rename it to ${key}.mdx`
          : 'rename it with letters and hyphens, for example what-to-expect.mdx',
      );
    }
  }
  return problems;
}

export interface ArticleFacts {
  file: string;
  slug: string;
  /** Drafts may share a title or description for now (two fresh `npm run new` files do): a warning, not an error. */
  draft: boolean;
  title?: { text: string; at: Position };
  description?: { text: string; at: Position };
  formerAddresses: { text: string; at: Position; field: string }[];
}

const sameText = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

function duplicates(
  articles: readonly ArticleFacts[],
  field: 'title' | 'description',
  fix: string,
): Problem[] {
  const groups = new Map<string, ArticleFacts[]>();
  for (const article of articles) {
    const value = article[field];
    if (!value) continue;
    const key = sameText(value.text);
    groups.set(key, [...(groups.get(key) ?? []), article]);
  }
  return [...groups.values()]
    .filter((group) => group.length > 1)
    .flatMap((group) =>
      group.map((article) => ({
        file: article.file,
        ...article[field]!.at,
        field,
        message: `${group
          .filter((other) => other !== article)
          .map((other) => other.file)
          .join(' and ')} has the same ${field}: readers and search engines could not tell them apart`,
        fix,
        severity:
          !article.draft && group.some((other) => other !== article && !other.draft)
            ? ('error' as const)
            : ('warning' as const),
      })),
    );
}

const FORMER = /^\/blog\/([a-z0-9]+(?:-[a-z0-9]+)*)\/$/;

/**
 * Same title or description in two articles, and former addresses that are malformed, already taken by an
 * article or a page, or claimed by two articles. `pageExists` says whether the site has a page at a path.
 */
export function articleAddressProblems(
  articles: readonly ArticleFacts[],
  pageExists: (path: string) => boolean,
): Problem[] {
  const problems = [
    ...duplicates(articles, 'title', 'give each article its own title'),
    ...duplicates(articles, 'description', 'write a description that says what this article covers'),
  ];
  const articleAt = new Map(articles.map((article) => [paths.post(article.slug), article.file]));
  const claims = new Map<string, ArticleFacts[]>();

  for (const article of articles) {
    for (const former of article.formerAddresses) {
      const problem = (message: string, fix: string) =>
        problems.push({
          file: article.file,
          ...former.at,
          field: former.field,
          message,
          fix,
          severity: 'error',
        });
      const match = FORMER.exec(former.text);
      if (!match) {
        const guess = addressKey(former.text.replace(/^\/?blog\//, ''));
        problem(
          `"${former.text}" is not an article address`,
          guess ? `write it as ${paths.post(guess)}` : 'write it as /blog/old-name/',
        );
      } else if (/^\d+$/.test(match[1]!)) {
        problem(`"${former.text}" is a page of Our Blog, not an article`, 'remove it');
      } else if (articleAt.has(former.text)) {
        const owner = articleAt.get(former.text)!;
        problem(
          owner === article.file
            ? `"${former.text}" is this article's own address`
            : `"${former.text}" is the address of ${owner}: a redirect would hide that article`,
          'remove it from formerAddresses',
        );
      } else if (pageExists(former.text)) {
        problem(`"${former.text}" is the address of a page of the site`, 'remove it from formerAddresses');
      } else {
        claims.set(former.text, [...(claims.get(former.text) ?? []), article]);
      }
    }
  }

  for (const [address, owners] of claims) {
    const files = [...new Set(owners.map((owner) => owner.file))];
    if (files.length < 2) continue;
    for (const owner of owners) {
      const former = owner.formerAddresses.find((entry) => entry.text === address)!;
      problems.push({
        file: owner.file,
        ...former.at,
        field: former.field,
        message: `${address} is listed by ${files.join(' and ')}: it can redirect to only one of them`,
        fix: 'keep it in the article that really had that address, and remove it from the other',
        severity: 'error',
      });
    }
  }
  return problems;
}
