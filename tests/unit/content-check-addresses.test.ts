/** Addresses: file names that cannot be addresses, entries that would share one, and former addresses. */
import { afterEach, describe, expect, it } from 'vitest';
import { articleAddressProblems, type ArticleFacts } from '../../src/build/content-check/addresses.ts';
import { checkContent } from '../../src/build/content-check/index.ts';
import { sortProblems, type Problem } from '../../src/build/content-check/problem.ts';
import { SAMPLE_BODY, SAMPLE_DESCRIPTION } from '../../src/build/content-check/sample-text.ts';
import { goodFields, TODAY, tempSite, type TempSite } from './content-check-site.ts';

const sites: TempSite[] = [];
afterEach(() => sites.splice(0).forEach((site) => site.remove()));

/** A site holding one article per name (each with its own title and description). */
async function problemsFor(names: string[], options: { formerAddresses?: Record<string, string> } = {}) {
  const site = tempSite();
  sites.push(site);
  names.forEach((name, index) => {
    const former = options.formerAddresses?.[name];
    site.article(name, { ...goodFields(index + 1), ...(former && { formerAddresses: former }) });
  });
  const { problems } = await checkContent({ root: site.root, today: TODAY });
  return sortProblems(problems.filter((problem) => problem.file !== 'src/config/site.ts'));
}

const brief = (problems: Problem[]) =>
  problems.map(({ file, field, message, fix }) => ({ file, field, message, fix }));

describe('file names', () => {
  it('accepts lower-case kebab-case .mdx names, and images beside them', async () => {
    expect(await problemsFor(['what-to-expect.mdx', 'ketamine-2026.mdx'])).toEqual([]);
  });

  it('refuses a name that is not lower-case kebab-case, and says what to rename it to', async () => {
    expect(brief(await problemsFor(['What To_Expect.mdx']))).toEqual([
      {
        file: 'content/blog/What To_Expect.mdx',
        field: 'file',
        message: 'file names must be lower-case words joined by hyphens: the name becomes the address',
        fix: 'rename it to what-to-expect.mdx',
      },
    ]);
  });

  it('refuses a name made only of digits: it would take a page of Our Blog', async () => {
    const problems = await problemsFor(['2.mdx']);
    expect(problems).toEqual([
      expect.objectContaining({ file: 'content/blog/2.mdx', line: 1, field: 'file' }),
    ]);
    expect(problems[0]!.message).toBe(
      'a name made only of digits clashes with the page /blog/2/ of Our Blog',
    );
  });

  it('refuses a .md file (rename it to .mdx) and an article in a sub-folder', async () => {
    expect(brief(await problemsFor(['notes.md', '2027/new-year.mdx']))).toEqual([
      {
        file: 'content/blog/2027/new-year.mdx',
        field: 'file',
        message: 'articles in sub-folders are not read: the file name alone is the address',
        fix: 'move it to content/blog/new-year.mdx',
      },
      {
        file: 'content/blog/notes.md',
        field: 'file',
        message: 'only .mdx files are articles: this .md file would not be published as one',
        fix: 'rename it to notes.mdx',
      },
    ]);
  });

  it('refuses two files that would share an address: other extension, capitals or punctuation', async () => {
    const problems = await problemsFor(['sleep.md', 'sleep.mdx', 'Sleep_Tips.mdx', 'sleep-tips.mdx']);
    const clashes = problems.filter((problem) => problem.message.includes('would share the address'));
    expect(clashes.map(({ file, message }) => [file, message])).toEqual([
      [
        'content/blog/Sleep_Tips.mdx',
        'this file and content/blog/sleep-tips.mdx would share the address /blog/sleep-tips/',
      ],
      [
        'content/blog/sleep-tips.mdx',
        'this file and content/blog/Sleep_Tips.mdx would share the address /blog/sleep-tips/',
      ],
      ['content/blog/sleep.md', 'this file and content/blog/sleep.mdx would share the address /blog/sleep/'],
      ['content/blog/sleep.mdx', 'this file and content/blog/sleep.md would share the address /blog/sleep/'],
    ]);
    expect(clashes[1]!.fix).toBe('keep one article per address: merge the files, or rename one of them');
    // Renaming the .md to .mdx would overwrite the other article: the fix says to merge instead.
    expect(
      problems.find((problem) => problem.file === 'content/blog/sleep.md' && !clashes.includes(problem))!.fix,
    ).toBe('merge it into content/blog/sleep.mdx and delete it');
  });
});

describe('titles and descriptions', () => {
  it('refuses two articles with the same title, or the same description, naming both files', async () => {
    const site = tempSite();
    sites.push(site);
    site.article('first.mdx', goodFields(1));
    site.article('second.mdx', { ...goodFields(2), title: goodFields(1).title!.toUpperCase() });
    site.article('third.mdx', { ...goodFields(3), description: goodFields(1).description });
    const { problems } = await checkContent({ root: site.root, today: TODAY });
    expect(
      sortProblems(problems)
        .filter((problem) => problem.severity === 'error')
        .map(({ file, line, field, message }) => [file, line, field, message]),
    ).toEqual([
      [
        'content/blog/first.mdx',
        2,
        'title',
        'content/blog/second.mdx has the same title: readers and search engines could not tell them apart',
      ],
      [
        'content/blog/first.mdx',
        3,
        'description',
        'content/blog/third.mdx has the same description: readers and search engines could not tell them apart',
      ],
      [
        'content/blog/second.mdx',
        2,
        'title',
        'content/blog/first.mdx has the same title: readers and search engines could not tell them apart',
      ],
      [
        'content/blog/third.mdx',
        3,
        'description',
        'content/blog/first.mdx has the same description: readers and search engines could not tell them apart',
      ],
    ]);
  });
});

describe('drafts and the sample text of npm run new', () => {
  it('lets two drafts share a title or description for now, with a warning, and refuses them once published', async () => {
    const site = tempSite();
    sites.push(site);
    const draft = (n: number) => ({
      ...goodFields(n),
      description: goodFields(1).description,
      draft: 'true',
    });
    site.article('first.mdx', draft(1));
    site.article('second.mdx', draft(2));
    let { problems } = await checkContent({ root: site.root, today: TODAY });
    const shared = problems.filter((problem) => problem.message.includes('has the same description'));
    expect(shared.map(({ file, severity }) => [file, severity])).toEqual([
      ['content/blog/first.mdx', 'warning'],
      ['content/blog/second.mdx', 'warning'],
    ]);
    site.article('first.mdx', { ...draft(1), draft: 'false' });
    site.article('second.mdx', { ...draft(2), draft: 'false' });
    ({ problems } = await checkContent({ root: site.root, today: TODAY }));
    expect(
      problems
        .filter((problem) => problem.message.includes('has the same description'))
        .map((p) => p.severity),
    ).toEqual(['error', 'error']);
  });

  it("flags npm run new's sample description and sentence: a warning in a draft, an error once published", async () => {
    const site = tempSite();
    sites.push(site);
    const fields = { ...goodFields(1), description: `'${SAMPLE_DESCRIPTION}'` };
    site.article('sample.mdx', { ...fields, draft: 'true' }, `\nIntro.\n\n${SAMPLE_BODY}\n`);
    const samples = async () =>
      (await checkContent({ root: site.root, today: TODAY })).problems
        .filter((problem) => problem.message.includes('npm run new'))
        .map(({ line, column, field, severity }) => ({ line, column, field, severity }));
    expect(await samples()).toEqual([
      { line: 3, column: 1, field: 'description', severity: 'warning' },
      { line: 13, column: 1, field: 'body', severity: 'warning' },
    ]);
    site.article('sample.mdx', fields, `\nIntro.\n\n${SAMPLE_BODY}\n`);
    expect((await samples()).map(({ severity }) => severity)).toEqual(['error', 'error']);
  });
});

describe('former addresses', () => {
  const at = { line: 9, column: 5 };
  const article = (slug: string, ...former: string[]): ArticleFacts => ({
    file: `content/blog/${slug}.mdx`,
    slug,
    draft: false,
    formerAddresses: former.map((text, index) => ({ text, at, field: `formerAddresses[${index}]` })),
  });
  const noPages = () => false;

  it('accepts old addresses no page uses', () => {
    expect(
      articleAddressProblems([article('sleep', '/blog/sleep-old/', '/blog/sleep-tips/')], noPages),
    ).toEqual([]);
  });

  it('refuses an address that is not /blog/<name>/, with the corrected form', () => {
    expect(
      brief(articleAddressProblems([article('sleep', '/blog/Sleep Tips', 'https://x.test/a')], noPages)),
    ).toEqual([
      {
        file: 'content/blog/sleep.mdx',
        field: 'formerAddresses[0]',
        message: '"/blog/Sleep Tips" is not an article address',
        fix: 'write it as /blog/sleep-tips/',
      },
      {
        file: 'content/blog/sleep.mdx',
        field: 'formerAddresses[1]',
        message: '"https://x.test/a" is not an article address',
        fix: 'write it as /blog/https-x-test-a/',
      },
    ]);
  });

  it("refuses an article's own address, another article's, a page's, and one listed by two articles", () => {
    const problems = articleAddressProblems(
      [
        article('sleep', '/blog/sleep/', '/blog/diet/', '/blog/2/', '/blog/old-name/'),
        article('diet', '/blog/old-name/'),
        article('search', '/blog/tagged/'),
      ],
      (path) => path === '/blog/tagged/',
    );
    expect(problems.map(({ file, field, message }) => [file, field, message])).toEqual([
      ['content/blog/sleep.mdx', 'formerAddresses[0]', `"/blog/sleep/" is this article's own address`],
      [
        'content/blog/sleep.mdx',
        'formerAddresses[1]',
        '"/blog/diet/" is the address of content/blog/diet.mdx: a redirect would hide that article',
      ],
      ['content/blog/sleep.mdx', 'formerAddresses[2]', '"/blog/2/" is a page of Our Blog, not an article'],
      [
        'content/blog/search.mdx',
        'formerAddresses[0]',
        '"/blog/tagged/" is the address of a page of the site',
      ],
      [
        'content/blog/sleep.mdx',
        'formerAddresses[3]',
        '/blog/old-name/ is listed by content/blog/sleep.mdx and content/blog/diet.mdx: it can redirect to only one of them',
      ],
      [
        'content/blog/diet.mdx',
        'formerAddresses[0]',
        '/blog/old-name/ is listed by content/blog/sleep.mdx and content/blog/diet.mdx: it can redirect to only one of them',
      ],
    ]);
  });

  it('places former-address problems on the line of the entry in the article', async () => {
    const problems = await problemsFor(['sleep.mdx', 'diet.mdx'], {
      formerAddresses: { 'sleep.mdx': '\n  - /blog/sleep-old/\n  - /blog/diet/' },
    });
    expect(problems.filter((problem) => problem.field.startsWith('formerAddresses['))).toEqual([
      expect.objectContaining({
        file: 'content/blog/sleep.mdx',
        line: 10,
        column: 5,
        field: 'formerAddresses[1]',
      }),
    ]);
  });
});
