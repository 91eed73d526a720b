/**
 * The content check on small temporary sites: a good fixture that passes and a bad one that fails for each
 * class (frontmatter, dates, references, editorial lint), asserting the file, line, field and fix.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/build/content-check/index.ts';
import { siteConfigProblems } from '../../src/build/content-check/site-placeholders.ts';
import { clinicDefaults, resolveSite } from '../../src/config/site.ts';
import { sortProblems, type Problem } from '../../src/build/content-check/problem.ts';
import { goodFields, TODAY, tempSite, type Fields, type TempSite } from './content-check-site.ts';

const sites: TempSite[] = [];
afterEach(() => sites.splice(0).forEach((site) => site.remove()));

function newSite(options?: Parameters<typeof tempSite>[0]): TempSite {
  const site = tempSite(options);
  sites.push(site);
  return site;
}

/** Every problem except the site-wide placeholder warning (the live configuration is still fictional). */
async function problemsOf(site: TempSite): Promise<Problem[]> {
  const { problems } = await checkContent({ root: site.root, today: TODAY });
  return sortProblems(problems.filter((problem) => problem.file !== 'src/config/site.ts'));
}

async function checkArticle(fields: Fields, body?: string): Promise<Problem[]> {
  const site = newSite();
  site.article('article.mdx', fields, body);
  return problemsOf(site);
}

describe('a good site', () => {
  it('passes with no problem at all, and lists its articles with their status', async () => {
    const site = newSite();
    site.article('sleep-and-migraine.mdx', goodFields(1));
    site.article('draft-article.mdx', { ...goodFields(2), draft: 'true' });
    site.article('next-month.mdx', { ...goodFields(3), published: '2026-12-20' });
    site.article('reviewed.mdx', {
      ...goodFields(4),
      published: "'2026-02-01'",
      updated: '2026-03-01',
      reviewer: 'dr-real',
      lastReviewed: '2026-11-25',
      image: '\n  src: ./cover.jpg\n  alt: A quiet treatment room',
    });
    await site.image('content/blog/cover.jpg', 1200);
    expect(await problemsOf(site)).toEqual([]);
    const { articles } = await checkContent({ root: site.root, today: TODAY });
    expect(articles.map(({ slug, status, published }) => [slug, status, published])).toEqual([
      ['draft-article', 'draft', '2026-01-15'],
      ['next-month', 'scheduled', '2026-12-20'],
      ['reviewed', 'published', '2026-02-01'],
      ['sleep-and-migraine', 'published', '2026-01-15'],
    ]);
    expect(articles.find((article) => article.slug === 'reviewed')).toMatchObject({
      file: 'content/blog/reviewed.mdx',
      title: 'Sleep and migraine, part 4',
    });
  });

  it('reports the fictional site details and the unfilled ones as two warnings on src/config/site.ts', async () => {
    const site = newSite();
    site.article('sleep-and-migraine.mdx', goodFields());
    const { problems } = await checkContent({ root: site.root, today: TODAY });
    expect(problems).toEqual([
      expect.objectContaining({ file: 'src/config/site.ts', severity: 'warning', field: 'site' }),
      expect.objectContaining({ file: 'src/config/site.ts', severity: 'warning', field: 'launch' }),
    ]);
    const launch = await checkContent({ root: site.root, today: TODAY, launch: true });
    expect(launch.problems.filter((problem) => problem.severity === 'error').length).toBeGreaterThan(0);
  });
});

describe('site placeholders and launch', () => {
  const source = [
    'const siteSchema = z.object({ url: z.url({ error: "like https://www.example.com" }) });',
    'export const clinicDefaults = {',
    '  name,',
    "  url: 'https://www.example.com',",
    "  phone: { display: '(201) 555-0123', e164: '+12015550123' },",
    '  hours: undefined,',
    '  statements: {},',
    '};',
  ].join('\n');
  const defaults = resolveSite(clinicDefaults, {});
  const real = {
    ...defaults,
    url: 'https://www.ketamine-nj-clinic.com',
    bookingUrl: 'https://book.ketamine-nj-clinic.com/',
    email: 'care@ketamine-nj-clinic.com',
    editorialEmail: 'corrections@ketamine-nj-clinic.com',
    social: [{ name: 'Facebook', url: 'https://facebook.com/ketamine-nj' }],
    phone: { display: '(201) 744-0123', e164: '+12017440123' },
    address: { ...defaults.address, street: '12 Bloomfield Avenue' },
    hours: null,
    editor: { repo: 'ketamine-nj-clinic/website', branch: 'main' },
  };
  const unsaid =
    'statements.services, statements.team, statements.consultation, statements.candidates, statements.firstVisit, securityContact';

  it('warns once on the first placeholder, and once on the fields not filled in yet', () => {
    expect(siteConfigProblems(defaults, source, { launch: false })).toEqual([
      {
        file: 'src/config/site.ts',
        line: 4,
        column: 3,
        field: 'site',
        message:
          "the clinic's details are still the fictional defaults (example.com addresses, a 555 phone number): url, phone.display, phone.e164, bookingUrl, email, address.street, social[0].url, social[1].url, editorialEmail, editor.repo",
        fix: "replace them in src/config/site.ts with the clinic's real details before the site goes live (LAUNCH=1 npm run build refuses them)",
        severity: 'warning',
      },
      {
        file: 'src/config/site.ts',
        line: 7,
        column: 3,
        field: 'launch',
        message: `not filled in yet: hours (required before launch), ${unsaid}; nothing is shown for a statement until the clinic writes it (security.txt gives the clinic's email until securityContact is set)`,
        fix: 'fill them in in src/config/site.ts (README, "Configure the clinic"); null leaves a statement unsaid on purpose',
        severity: 'warning',
      },
    ]);
  });

  it('before launch, makes each placeholder and missing required field an error on its own line', () => {
    const problems = siteConfigProblems(defaults, source, { launch: true });
    const errors = problems.filter((problem) => problem.severity === 'error');
    expect(errors.map(({ line, field }) => [line, field])).toEqual([
      [4, 'url'],
      [5, 'phone.display'],
      [5, 'phone.e164'],
      [1, 'bookingUrl'],
      [1, 'email'],
      [1, 'address.street'],
      [1, 'social[0].url'],
      [1, 'social[1].url'],
      [1, 'editorialEmail'],
      [1, 'editor.repo'],
      [6, 'hours'],
    ]);
    expect(errors[1]).toMatchObject({
      message: 'still the fictional number (201) 555-0123: patients would dial it',
      fix: 'write the clinic\'s real phone.display in src/config/site.ts (README, "Configure the clinic")',
    });
    expect(errors[0]!.fix).toContain('SITE_URL');
    expect(errors[6]!.fix).toContain('or remove the profile');
    expect(errors[9]).toMatchObject({
      message:
        'still the placeholder example-clinic/website: staff could not sign in to the browser editor (/admin/) to publish',
      fix: expect.stringContaining('or remove `editor` if staff do not use /admin/'),
    });
    expect(errors[10]).toMatchObject({
      message: 'hours is not filled in: a launch build needs it',
      fix: 'write it in src/config/site.ts (README, "Configure the clinic"), or set it to null if the clinic publishes none',
    });
    // The optional statements stay a warning: a clinic may never make them.
    expect(problems.filter((problem) => problem.severity === 'warning')).toEqual([
      expect.objectContaining({
        field: 'launch',
        message: expect.stringMatching(new RegExp(`^not filled in yet: ${unsaid};`)),
      }),
    ]);
  });

  it('says nothing once the real details are in and every statement is decided', () => {
    const decided = {
      ...real,
      securityContact: 'mailto:security@ketamine-nj-clinic.com',
      statements: { services: null, team: null, consultation: null, candidates: null, firstVisit: null },
    };
    expect(siteConfigProblems(decided, source, { launch: true })).toEqual([]);
    expect(siteConfigProblems(decided, undefined, { launch: false })).toEqual([]);
  });
});

describe('frontmatter', () => {
  it('names the line of a field YAML cannot read, and of a field articles do not have', async () => {
    // The usual mistake: a colon inside a title or description that is not in quotes.
    const problems = await checkArticle({ ...goodFields(), description: 'Ketamine: what to expect' });
    expect(problems).toEqual([
      {
        file: 'content/blog/article.mdx',
        line: 3,
        column: 14,
        field: 'frontmatter',
        message: 'YAML reads the colon inside this value as the start of another field',
        fix: "put the whole value in quotes, for example description: 'Ketamine: what to expect'",
        severity: 'error',
      },
    ]);

    const unknown = await checkArticle({ ...goodFields(), colour: 'blue' });
    expect(unknown).toEqual([
      expect.objectContaining({
        line: 8,
        column: 1,
        field: 'colour',
        message: 'Articles have no field called "colour"',
      }),
    ]);
    expect(unknown[0]!.fix).toMatch(/check its spelling \(the fields are title, /);
  });

  it.each([
    [
      'an apostrophe inside single quotes',
      "'It's here'",
      'the text goes on after its closing quote',
      /'It''s here'/,
    ],
    ['an unclosed quote', "'Sleep and migraine", 'a quote opened on this line is not closed', /same quote/],
    ['an unclosed list', '[migraine', 'a list opened with [ is not closed', /end the list with \]/],
    ['a value starting with @', '@clinic news', 'a value cannot start with @', /quotes/],
    [
      'a value starting with *',
      '*Important* news',
      'a value starts with *, which YAML reads as a reference',
      /quotes/,
    ],
  ])('explains %s in plain words, on its line', async (_, value, message, fix) => {
    const problems = await checkArticle({ ...goodFields(), title: value });
    expect(problems[0]).toMatchObject({ line: 2, field: 'frontmatter' });
    expect(problems[0]!.message).toContain(message);
    expect(problems[0]!.fix).toMatch(fix);
  });

  it('reports a missing field on the frontmatter, with how to write it', async () => {
    const problems = await checkArticle({ ...goodFields(), description: undefined });
    expect(problems).toEqual([expect.objectContaining({ line: 1, field: 'description', severity: 'error' })]);
    expect(problems[0]!.fix).toMatch(/50 to 160 characters/);
  });

  it('reports a file without frontmatter, and one written twice', async () => {
    expect(await checkArticle({}, 'No frontmatter here')).toEqual([
      expect.objectContaining({ line: 1, field: 'frontmatter', severity: 'error' }),
    ]);
    const site = newSite();
    site.write('content/blog/twice.mdx', articleTwice());
    expect(await problemsOf(site)).toEqual([
      expect.objectContaining({
        file: 'content/blog/twice.mdx',
        line: 8,
        message: 'this field is written twice',
      }),
    ]);
  });
});

function articleTwice(): string {
  const lines = Object.entries(goodFields()).map(([name, value]) => `${name}: ${value}`);
  return ['---', ...lines, 'title: again', '---', 'Body'].join('\n');
}

describe('dates', () => {
  it('refuses an unquoted impossible date instead of letting YAML roll it over', async () => {
    const problems = await checkArticle({ ...goodFields(), published: '2026-13-45' });
    expect(problems).toEqual([
      {
        file: 'content/blog/article.mdx',
        line: 4,
        column: 1,
        field: 'published',
        message: '"2026-13-45" has no month 13: months run from 01 to 12',
        fix: 'write a real day as YYYY-MM-DD, for example 2026-06-01 (year, month, day)',
        severity: 'error',
      },
    ]);
  });

  it('refuses a quoted day that does not exist, a date with a time, and an empty date', async () => {
    const quoted = await checkArticle({ ...goodFields(), published: "'2026-02-30'" });
    expect(quoted).toEqual([
      expect.objectContaining({
        line: 4,
        field: 'published',
        message: '"2026-02-30" does not exist: that month has no day 30',
      }),
    ]);
    const withTime = await checkArticle({ ...goodFields(), updated: '2026-02-03T10:00:00Z' });
    expect(withTime).toEqual([
      expect.objectContaining({
        line: 8,
        field: 'updated',
        message: '"2026-02-03T10:00:00Z" is not a date written as YYYY-MM-DD',
      }),
    ]);
    const empty = await checkArticle({ ...goodFields(), published: "''" });
    expect(empty).toEqual([
      expect.objectContaining({ line: 4, field: 'published', message: 'published is empty' }),
    ]);
  });

  it('accepts 29 February in a leap year only', async () => {
    expect(await checkArticle({ ...goodFields(), published: '2024-02-29' })).toEqual([]);
    expect(await checkArticle({ ...goodFields(), published: '2026-02-29' })).toEqual([
      expect.objectContaining({
        field: 'published',
        message: '"2026-02-29" does not exist: that month has no day 29',
      }),
    ]);
  });

  it('refuses dates that contradict each other or today', async () => {
    const before = await checkArticle({ ...goodFields(), updated: '2026-01-01' });
    expect(before).toEqual([
      expect.objectContaining({
        line: 8,
        field: 'updated',
        message: 'updated (2026-01-01) is before published (2026-01-15)',
        fix: 'write the day of the last real change, on or after published, or remove updated',
      }),
    ]);
    const future = await checkArticle({
      ...goodFields(),
      updated: '2026-11-26',
      reviewer: 'dr-real',
      lastReviewed: '2027-01-01',
    });
    expect(future.map(({ line, field, message }) => [line, field, message])).toEqual([
      [8, 'updated', `updated (2026-11-26) is later than today (${TODAY})`],
      [10, 'lastReviewed', `lastReviewed (2027-01-01) is later than today (${TODAY})`],
    ]);
  });

  it('refuses lastReviewed without a reviewer', async () => {
    const problems = await checkArticle({ ...goodFields(), lastReviewed: '2026-02-01' });
    expect(problems).toEqual([
      expect.objectContaining({
        line: 8,
        field: 'lastReviewed',
        message: 'lastReviewed needs a reviewer: name who reviewed the article',
      }),
    ]);
    expect(problems[0]!.fix).toMatch(/name the reviewer/);
  });
});

describe('references', () => {
  it('names an unknown author, reviewer, tag and source, and lists the ones that exist', async () => {
    const problems = await checkArticle({
      ...goodFields(),
      author: 'dr-invented',
      tags: '[migraine, sleep]',
      sources: '\n  - pomeroy2017\n  - smith2020',
      reviewer: 'dr-nobody',
    });
    expect(problems.map(({ line, column, field, message }) => [line, column, field, message])).toEqual([
      [
        5,
        1,
        'author',
        '"dr-invented" is not one of the authors in content/authors/ (they are: clinical-team, dr-real)',
      ],
      [
        6,
        18,
        'tags[1]',
        '"sleep" is not one of the tags in content/tags.yaml (they are: migraine, ketamine-therapy)',
      ],
      [
        9,
        5,
        'sources[1]',
        '"smith2020" is not one of the references in content/references/ (they are: pomeroy2017)',
      ],
      [
        10,
        1,
        'reviewer',
        '"dr-nobody" is not one of the authors in content/authors/ (they are: clinical-team, dr-real)',
      ],
    ]);
    expect(problems.map((problem) => problem.fix)).toEqual([
      'write one of those ids, or add content/authors/dr-invented.yaml for a real author',
      'write one of those ids, or add sleep to content/tags.yaml with its name',
      "write one of those ids, or add content/references/smith2020.yaml with the study's citation and DOI",
      expect.stringContaining('only for a real clinician who agreed to be named'),
    ]);
  });

  it('names only the closest ids when there are many', async () => {
    const site = newSite();
    for (const id of [
      'ahmed2019',
      'benish2019',
      'chah2021',
      'cohen2018',
      'etchison2018',
      'hoydonckx2023',
      'ichd3',
      'schwenk2018',
    ]) {
      site.write(`content/references/${id}.yaml`, 'citation: c\ndoi: 10.1111/x\nfinding: f\n');
    }
    site.article('article.mdx', { ...goodFields(), sources: '[pomroy2017]' }, '\nA short article.\n');
    const problems = await problemsOf(site);
    expect(problems.map((problem) => problem.message)).toEqual([
      '"pomroy2017" is not one of the references in content/references/ (the closest are: pomeroy2017, ahmed2019, cohen2018, benish2019, chah2021; 4 more)',
    ]);
  });

  it('reports a missing tag list once, not once per tag', async () => {
    const site = newSite({ tags: null });
    site.article('one.mdx', goodFields(1));
    site.article('two.mdx', goodFields(2));
    expect(await problemsOf(site)).toEqual([
      expect.objectContaining({
        file: 'content/tags.yaml',
        field: 'file',
        message: 'the list of tags is missing',
      }),
    ]);
  });

  it('checks the tag list, the authors and the references themselves', async () => {
    const site = newSite({ tags: 'migraine:\n  name: Migraine\nKetamine Therapy:\n  label: x\n' });
    site.write('content/authors/dr-x.yaml', 'name: Dr X\nkind: Doctor\nrole: r\nbio: b\n');
    site.write('content/references/bad2020.yaml', 'citation: c\ndoi: 12345\nfinding: f\n');
    site.write('content/authors/notes.txt', 'notes');
    site.article('one.mdx', goodFields());
    const problems = await problemsOf(site);
    expect(problems.map(({ file, line, field }) => [file, line, field])).toEqual([
      ['content/authors/dr-x.yaml', 2, 'kind'],
      ['content/authors/notes.txt', 1, 'file'],
      ['content/references/bad2020.yaml', 2, 'doi'],
      ['content/tags.yaml', 3, 'Ketamine Therapy'],
      ['content/tags.yaml', 3, 'Ketamine Therapy.name'],
      ['content/tags.yaml', 4, 'Ketamine Therapy.label'],
    ]);
    expect(problems.find((problem) => problem.field === 'kind')!.message).toBe(
      'kind must be one of: Organization, Person',
    );
  });
});

describe('editorial lint (warnings)', () => {
  const longTitle = "'Ketamine for chronic migraine: what the research says about lasting relief'";

  it('warns about a title longer than 60 characters without a shortTitle', async () => {
    const problems = await checkArticle({ ...goodFields(), title: longTitle });
    expect(problems).toEqual([expect.objectContaining({ line: 2, field: 'title', severity: 'warning' })]);
    expect(problems[0]!.message).toMatch(/the title is 74 characters long/);
    expect(problems[0]!.fix).toMatch(/add shortTitle:/);
    expect(
      await checkArticle({ ...goodFields(), title: longTitle, shortTitle: 'Ketamine for migraine' }),
    ).toEqual([]);
  });
});

describe('robustness', () => {
  it('never throws for a broken file: every one is reported, with the others still checked', async () => {
    const site = newSite();
    site.write('content/blog/binary.mdx', '\u0000\u0001---\u00ff');
    site.write('content/blog/unclosed.mdx', '---\ntitle: x\n');
    site.write('content/blog/list.mdx', '---\n- a\n- b\n---\nBody');
    site.write('content/blog/tabs.mdx', '---\ntitle:\t"x"\n\tdescription: y\n---\n');
    site.write('content/blog/alias.mdx', '---\ntitle: *nowhere\n---\n');
    site.article('odd-values.mdx', {
      ...goodFields(),
      published: '20260115',
      tags: '{ a: 1 }',
      image: '[./a.jpg]',
      sources: 'pomeroy2017',
      formerAddresses: '/blog/x/',
    });
    site.article('bad-image.mdx', { ...goodFields(2), image: "\n  src: './%E0%A4%A.jpg'\n  alt: x" });
    site.article('good.mdx', goodFields(3));
    const problems = await problemsOf(site);
    const files = new Set(problems.map((problem) => problem.file));
    expect([...files].sort()).toEqual(
      ['alias', 'bad-image', 'binary', 'list', 'odd-values', 'tabs', 'unclosed'].map(
        (name) => `content/blog/${name}.mdx`,
      ),
    );
    expect(problems.every((problem) => problem.line >= 1 && problem.fix.length > 0)).toBe(true);
  });
});
