/**
 * The project's own zod schemas (src/lib/content-schema.ts, the ones the build uses) run over the parsed YAML;
 * each issue becomes a Problem on the line of the field it concerns, with a fix written for editors.
 */
import type { z } from 'astro/zod';
import type { Problem } from './problem.ts';
import { fieldName, type YamlSource } from './yaml-source.ts';

/** How to fix a field, by its name at the top of the frontmatter or data file. */
export type FixTable = Readonly<Record<string, string>>;

export const ARTICLE_FIXES: FixTable = {
  title: "write the article's title in quotes, for example title: 'Ketamine and migraine: what to expect'",
  shortTitle:
    'write a few words (under 60 characters) that label the article in breadcrumbs, or remove the line',
  description:
    'write one or two sentences of 50 to 160 characters that tell patients what the article covers',
  published: 'write the day the article goes public as YYYY-MM-DD, for example 2026-06-01',
  updated: 'write the day of the last real change as YYYY-MM-DD, on or after published, or remove the line',
  lastReviewed:
    'write the day of the clinical review as YYYY-MM-DD and name the reviewer, or remove the line',
  author:
    'write the id of a file in content/authors/ (the file name without .yaml), for example clinical-team',
  reviewer:
    'write the id of a real clinician who has a file in content/authors/, or remove the line; never name someone who has not reviewed the article',
  condition: 'write the medical condition the article is about, for example Migraine, or remove the line',
  tags: 'list at least one tag id from content/tags.yaml, for example tags: [migraine]',
  image:
    'give the image as two lines under image: src (the file next to the article) and alt (what it shows)',
  sources: 'list reference ids from content/references/, for example sources: [pomeroy2017]',
  draft:
    'write draft: true to keep the article unpublished, or draft: false (or remove the line) to publish it',
  closing: 'write the closing words of the consult section as one sentence, or remove the line',
  formerAddresses: "list the article's earlier addresses, each written /blog/old-name/",
  nextReview:
    'write the day the reviewer plans to review the article again as YYYY-MM-DD, after lastReviewed, or remove the line',
  corrections:
    'list each correction as - date: YYYY-MM-DD (the day of the change) and note: what changed, in plain words',
  acknowledgedClaims:
    'list each phrase as - phrase: the words the claims check named, and reason: a fact that explains why it stays',
};

export const AUTHOR_FIXES: FixTable = {
  name: 'write the full name (a person) or the team name',
  kind: 'write kind: Person or kind: Organization',
  role: 'write the role shown under the name, for example Clinical team or Anesthesiologist',
  bio: 'write a short biography in plain words',
  credentials: 'write the credentials shown after the name, for example MD, or remove the line',
};

export const REFERENCE_FIXES: FixTable = {
  citation: 'write the citation: authors, title, journal, year',
  doi: 'copy the DOI from the journal page, for example 10.1111/head.13013',
  pmid: 'copy the PubMed id (digits only, in quotes), or remove the line if you have not checked it',
  finding: 'write in one sentence what the study found, including its limits',
};

const NOUN: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
  date: 'a date',
};

function messageOf(issue: z.core.$ZodIssue, field: string, source: YamlSource): string {
  if (issue.code === 'invalid_type' && issue.message.startsWith('Invalid input')) {
    const missing = source.node(issue.path) === undefined;
    return missing ? `${field} is missing` : `${field} must be ${NOUN[issue.expected] ?? issue.expected}`;
  }
  if (issue.code === 'invalid_value' && 'values' in issue && issue.message.startsWith('Invalid')) {
    return `${field} must be one of: ${issue.values.map(String).join(', ')}`;
  }
  if (issue.message.startsWith('Invalid') || issue.message.startsWith('Too ')) {
    return `${field} is not valid (${issue.message.toLowerCase()})`;
  }
  return issue.message;
}

/** Runs `schema` over the YAML and turns every issue into a Problem placed on its field. */
export function schemaProblems(
  schema: z.ZodType,
  source: YamlSource,
  fixes: FixTable,
  kind: string,
): Problem[] {
  const result = schema.safeParse(source.data);
  if (result.success) return [];
  const fields = 'shape' in schema && schema.shape ? Object.keys(schema.shape) : Object.keys(fixes);
  const allowed = fields.join(', ');
  return result.error.issues.flatMap((issue): Problem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        file: source.file,
        ...source.locate([...issue.path, key]),
        field: fieldName([...issue.path, key]),
        message: `${kind} have no field called "${key}"`,
        fix: `check its spelling (the fields are ${allowed}) or remove the line`,
        severity: 'error',
      }));
    }
    const field = fieldName(issue.path) || 'frontmatter';
    const top = typeof issue.path[0] === 'string' ? issue.path[0] : '';
    return [
      {
        file: source.file,
        ...source.locate(issue.path),
        field,
        message: messageOf(issue, field, source),
        fix: fixes[top] ?? `correct ${field} (the fields are ${allowed})`,
        severity: 'error',
      },
    ];
  });
}
