import type { BodyContext } from './body.ts';
import type { ArticleStatus } from '../../lib/publishing.ts';

interface LinkAdvice {
  message: string;
  fix: string;
}

type ResolvePath = BodyContext['resolvePath'];

const ARTICLE_FILE = /\.mdx?$/i;

/**
 * What is wrong with where a link in an article leads, if anything. Internal addresses are looked up with
 * `resolvePath`; a link to an article that is not public yet only matters once this article itself goes live.
 */
export function adviseOnLink(
  url: string,
  status: ArticleStatus,
  resolvePath: ResolvePath,
): LinkAdvice | undefined {
  const target = url.trim();
  if (target === '') {
    return linkAdvice('the link has no address', 'put the address in the round brackets: [text](https://…)');
  }
  if (target.startsWith('#')) return undefined;
  if (/^javascript:/i.test(target)) {
    return linkAdvice(
      'a javascript: link runs code in the reader’s browser',
      'link to a page address instead, or delete the link',
    );
  }
  if (/^http:\/\//i.test(target)) {
    return linkAdvice(
      `the link ${target} is not secure (http)`,
      `write ${target.replace(/^http:/i, 'https:')} (check that it opens)`,
    );
  }
  if (target.startsWith('//')) {
    return linkAdvice(`the link ${target} has no https: at the start`, `write https:${target}`);
  }
  if (/^(?:https|mailto|tel):/i.test(target)) return undefined;
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) {
    return linkAdvice(
      `the link ${target} is not a web address`,
      'link to an https:// address or to a page of this site (/…)',
    );
  }

  const path = target.replace(/[?#].*$/, '');
  if (!path.startsWith('/')) return adviseOnRelativeLink(target, path, resolvePath);
  if (ARTICLE_FILE.test(path)) {
    const address = articleAddress(path);
    return linkAdvice(`the link ${target} points to the article’s file, not its page`, `write ${address}`);
  }
  const page = normalisePagePath(path);
  const found = resolvePath(page);
  if (found === 'missing') {
    return linkAdvice(
      `the link ${target} leads to no page on this site`,
      'check the address (an article’s address is /blog/ followed by its file name without .mdx, and a /) or remove the link',
    );
  }
  if (found === 'unpublished' && status !== 'draft') {
    return linkAdvice(
      `the link ${target} leads to an article that is not published yet, so readers would get “page not found”`,
      'remove the link until that article is published, or publish that article first',
    );
  }
  return undefined;
}

function adviseOnRelativeLink(target: string, path: string, resolvePath: ResolvePath): LinkAdvice {
  const lastName = path.split('/').filter(Boolean).at(-1) ?? '';
  const looksLikeArticle = ARTICLE_FILE.test(lastName) || !lastName.includes('.');
  if (!looksLikeArticle) {
    return linkAdvice(
      `the link ${target} does not start with / or https://, so it would not work on the website`,
      'write the full address: /… for a page of this site, https://… for another site',
    );
  }
  const article = articleAddress(lastName);
  // `consult` most likely means the site's /consult/ page rather than an article of that name.
  const sitePage = ARTICLE_FILE.test(lastName) ? undefined : `/${lastName}/`;
  const address = [article, sitePage].find((candidate) => candidate && resolvePath(candidate) !== 'missing');
  return linkAdvice(
    `the link ${target} does not start with /, so it would not work on the website`,
    address ? `write ${address}` : `write ${article} (no article has that address yet: check the file name)`,
  );
}

/** `/blog/other-article.mdx` or `other-article` → `/blog/other-article/`. */
function articleAddress(path: string): string {
  const slug = (path.split('/').filter(Boolean).at(-1) ?? '').replace(ARTICLE_FILE, '');
  return `/blog/${slug}/`;
}

/** Pages end with a slash (`/consult` → `/consult/`); files (`/favicon.svg`) keep their name. */
function normalisePagePath(path: string): string {
  const lastName = path.split('/').at(-1) ?? '';
  return path.endsWith('/') || lastName.includes('.') ? path : `${path}/`;
}

function linkAdvice(message: string, fix: string): LinkAdvice {
  return { message, fix };
}
