/**
 * The claims check (src/build/content-check/claims.ts): a fixture for each claim that trips it, its negated and
 * quoted forms that do not, an acknowledged phrase that is not reported, and where each warning points.
 */
import { describe, expect, it } from 'vitest';
import { bodyClaims, claimProblems, CLAIMS, findClaims } from '../../src/build/content-check/claims';
import { splitFrontmatter, readYaml } from '../../src/build/content-check/yaml-source';

/** A sentence that trips each claim, and the words it must report. */
const TRIPS: Record<string, [sentence: string, words: string][]> = {
  cure: [
    ['Ketamine can cure your migraines.', 'cure'],
    ['Many patients were cured after one visit.', 'cured'],
  ],
  guaranteed: [
    ['Relief is guaranteed.', 'guaranteed'],
    ['We guarantee results.', 'guarantee'],
  ],
  miracle: [
    ['It works like a miracle.', 'miracle'],
    ['A miraculous recovery.', 'miraculous'],
    ['Ketamine is a wonder drug.', 'wonder drug'],
  ],
  breakthrough: [
    ['A Breakthrough in Lasting Migraine Relief', 'Breakthrough'],
    ['Two breakthroughs this year.', 'breakthroughs'],
  ],
  groundbreaking: [
    ['This groundbreaking approach helps.', 'groundbreaking'],
    ['A ground-breaking option.', 'ground-breaking'],
  ],
  revolutionary: [
    ['A revolutionary treatment.', 'revolutionary'],
    ['It revolutionizes migraine care.', 'revolutionizes'],
  ],
  'life-changing': [
    ['A life-changing alternative.', 'life-changing'],
    ['A life changing option.', 'life changing'],
  ],
  'game-changer': [['Ketamine is a game-changer.', 'game-changer']],
  '100%': [
    ['100% of patients felt better.', '100%'],
    ['It is 100 percent effective.', '100 percent'],
  ],
  'risk-free': [
    ['A risk-free treatment.', 'risk-free'],
    ['There is zero risk.', 'zero risk'],
  ],
  'no side effects': [
    ['Patients have no side effects.', 'no side effects'],
    ['A side-effect-free option.', 'side-effect-free'],
  ],
  'FDA-approved': [
    ['Ketamine is FDA-approved for pain.', 'FDA-approved'],
    ['Ketamine is FDA approved.', 'FDA approved'],
    ['It is approved by the FDA for migraine.', 'approved by the FDA'],
  ],
  proven: [
    ['A proven treatment.', 'proven'],
    ['Clinically proven relief.', 'Clinically proven'],
  ],
  'completely safe': [['The infusion is completely safe.', 'completely safe']],
  'safe and effective': [
    ['A safe and effective option.', 'safe and effective'],
    ['Offering a safe, fast-acting, and effective alternative.', 'safe, fast-acting, and effective'],
  ],
  'works for everyone': [['Ketamine works for everyone.', 'works for everyone']],
  'permanent relief': [['Get permanent relief today.', 'permanent relief']],
  'instant relief': [['Feel instant relief.', 'instant relief']],
};

describe('claims that trip the check', () => {
  it('has a fixture for every claim in the list', () => {
    expect(Object.keys(TRIPS).sort()).toEqual(CLAIMS.map(({ claim }) => claim).sort());
  });

  it.each(Object.entries(TRIPS))('finds %s', (claim, fixtures) => {
    for (const [sentence, words] of fixtures) {
      expect(findClaims(sentence), sentence).toEqual([
        { claim, text: words, index: sentence.indexOf(words) },
      ]);
    }
  });

  it('matches whole words only', () => {
    expect(findClaims('A secure room; a procurement office; unproven ideas; 1100% more.')).toEqual([]);
    expect(findClaims('Breakthrough pain and breakthrough headaches are clinical terms.')).toEqual([]);
  });
});

describe('what an honest article says does not trip it', () => {
  it.each([
    'Ketamine is not FDA-approved for migraine.',
    'Neither is approved by the FDA for migraine, so it is off-label.',
    'There is no cure for migraine.',
    'Ketamine is not a miracle cure.',
    'This has not been proven in trials.',
    'No treatment works for everyone, and we cannot promise results.',
    'No medicine is completely safe.',
    'Ketamine is not without side effects.',
    'It has never been called a breakthrough by the studies.',
    'Some people call ketamine “a breakthrough” or “life-changing”; the studies do not.',
    'Some call it "a miracle", which it is not.',
  ])('%s', (sentence) => {
    expect(findClaims(sentence)).toEqual([]);
  });

  it('still finds a claim after the clause a negation belongs to', () => {
    expect(findClaims('It is not a cure. It is a breakthrough.').map(({ text }) => text)).toEqual([
      'breakthrough',
    ]);
    expect(findClaims('Not only safe and effective, but fast.').map(({ text }) => text)).toEqual([
      'safe and effective',
    ]);
    expect(findClaims('It is no ordinary drug, but a miracle.').map(({ text }) => text)).toEqual(['miracle']);
  });
});

describe('positions in the body', () => {
  it('gives the line and column of the words in the file, across emphasis and links', () => {
    const body = '\nFirst line.\n\nOffering a **safe**, fast-acting, and effective option.\n';
    expect(bodyClaims(body, 20)).toEqual([
      expect.objectContaining({
        field: 'body',
        line: 23,
        column: 14,
        text: 'safe, fast-acting, and effective',
      }),
    ]);
  });

  it('reads headings, list items, table cells and components, not code, expressions or attributes', () => {
    const body = [
      '## A Breakthrough',
      '',
      '- a guaranteed result',
      '',
      '| a | b |',
      '| - | - |',
      '| miracle | x |',
      '',
      '<ResearchSummary>',
      '',
      'Ketamine is FDA-approved for this.',
      '',
      '</ResearchSummary>',
      '',
      '`a cure`',
      '',
      '```',
      'a cure',
      '```',
      '',
      '{/* a cure */}',
    ].join('\n');
    expect(bodyClaims(body, 1).map(({ line, column, text }) => [line, column, text])).toEqual([
      [1, 6, 'Breakthrough'],
      [3, 5, 'guaranteed'],
      [7, 3, 'miracle'],
      [11, 13, 'FDA-approved'],
    ]);
  });

  it('leaves a body the parser cannot read to the body check', () => {
    expect(bodyClaims('A cure for {', 1)).toEqual([]);
  });
});

const FILE = 'content/blog/example.mdx';

function problemsOf(article: string) {
  const split = splitFrontmatter(article)!;
  const source = readYaml(FILE, split.yaml, split.yamlLine);
  return claimProblems({
    file: FILE,
    source,
    yamlLines: split.yaml.split('\n'),
    yamlLine: split.yamlLine,
    body: split.body,
    bodyLine: split.bodyLine,
  });
}

describe('warnings, and the acknowledged phrases that silence them', () => {
  const article = (extra = '') =>
    [
      '---',
      "title: 'Ketamine: A Breakthrough for Migraine'",
      "description: 'A guaranteed way to sleep better, in plain words, for patients with migraine.'",
      extra,
      '---',
      '',
      'A breakthrough, and a life-changing one.',
    ]
      .filter((line) => line !== '')
      .join('\n');

  it('warns on each claim with its file, line, column and field', () => {
    expect(problemsOf(article())).toEqual([
      {
        file: FILE,
        line: 2,
        column: 21,
        field: 'title',
        message:
          '“Breakthrough” is an absolute or promotional health claim (breakthrough): patients may read it as a promise',
        fix: 'say what the evidence shows instead ("may help", "some patients report"), or keep it and list it under acknowledgedClaims as - phrase: Breakthrough with a reason that states a fact',
        severity: 'warning',
      },
      expect.objectContaining({ line: 3, column: 17, field: 'description', severity: 'warning' }),
      expect.objectContaining({ line: 5, column: 3, field: 'body', severity: 'warning' }),
      expect.objectContaining({ line: 5, column: 23, field: 'body', severity: 'warning' }),
    ]);
  });

  it('says nothing of a phrase acknowledged with a factual reason, in any case, everywhere it appears', () => {
    const acknowledged = [
      'acknowledgedClaims:',
      '  - phrase: breakthrough',
      "    reason: the clinic's own wording in its source text",
      '  - phrase: Life changing',
      "    reason: the clinic's own wording in its source text",
      '  - phrase: guaranteed',
      "    reason: the clinic's own wording in its source text",
    ].join('\n');
    expect(problemsOf(article(acknowledged))).toEqual([]);
  });

  it('warns about an acknowledged phrase that no longer appears', () => {
    const acknowledged = [
      'acknowledgedClaims:',
      '  - phrase: breakthrough',
      "    reason: the clinic's own wording in its source text",
      '  - phrase: miracle',
      "    reason: the clinic's own wording in its source text",
    ].join('\n');
    const problems = problemsOf(article(acknowledged));
    expect(problems.map(({ line, column, field, severity }) => [line, column, field, severity])).toEqual([
      [3, 17, 'description', 'warning'],
      [10, 23, 'body', 'warning'],
      [7, 5, 'acknowledgedClaims[1].phrase', 'warning'],
    ]);
    expect(problems[2]!.message).toBe(
      '“miracle” is acknowledged but no longer appears as a claim in the title, description or text',
    );
  });

  it('refuses a reason that cites a review when the article names no reviewer', () => {
    const acknowledged = [
      'acknowledgedClaims:',
      '  - phrase: breakthrough',
      '    reason: medically reviewed and verified by our doctors',
    ].join('\n');
    expect(problemsOf(article(acknowledged))).toContainEqual(
      expect.objectContaining({
        line: 6,
        field: 'acknowledgedClaims[0].reason',
        severity: 'error',
        message:
          'the reason cites a review, but the article names no reviewer: never state a review nobody made',
      }),
    );
    expect(
      problemsOf(article(`reviewer: dr-real\n${acknowledged}`)).filter(
        ({ severity }) => severity === 'error',
      ),
    ).toEqual([]);
  });
});
