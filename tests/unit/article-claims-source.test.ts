/**
 * The migraine article's own fidelity test for its claims: every phrase it acknowledges as "the clinic's own
 * wording in its source text" is in that source text, and the claims check finds nothing it does not acknowledge.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { claimProblems } from '../../src/build/content-check/claims';
import { readYaml, splitFrontmatter } from '../../src/build/content-check/yaml-source';

const FILE = 'content/blog/ketamine-migraine-treatment.mdx';
const SOURCE_FILE = 'tests/fixtures/source/ketamine-migraine-treatment.txt';
const article = readFileSync(new URL(`../../${FILE}`, import.meta.url), 'utf8');
const source = readFileSync(new URL(`../../${SOURCE_FILE}`, import.meta.url), 'utf8');
const split = splitFrontmatter(article)!;
const acknowledged = (parse(split.yaml).acknowledgedClaims ?? []) as { phrase: string; reason: string }[];

describe('the migraine article’s acknowledged claims', () => {
  it.each(acknowledged)(
    '“$phrase” is in the clinic’s source text, as its reason says',
    ({ phrase, reason }) => {
      expect(reason).toContain(SOURCE_FILE);
      expect(source.toLowerCase()).toContain(phrase.toLowerCase());
    },
  );

  it('leaves no claim unacknowledged and no acknowledgment unused', () => {
    const problems = claimProblems({
      file: FILE,
      source: readYaml(FILE, split.yaml, split.yamlLine),
      yamlLines: split.yaml.split('\n'),
      yamlLine: split.yamlLine,
      body: split.body,
      bodyLine: split.bodyLine,
    });
    expect(problems).toEqual([]);
    expect(acknowledged.length).toBeGreaterThanOrEqual(4);
  });
});
