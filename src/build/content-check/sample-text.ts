/**
 * The sample words `npm run new` writes into a new article. They are valid on purpose (a draft must build), so
 * the check looks for them: left in a published article they would read as the clinic's own words.
 */
import type { ArticleStatus } from '../../lib/publishing.ts';
import type { Problem } from './problem.ts';

export const SAMPLE_DESCRIPTION =
  'Write one or two sentences, 50 to 160 characters, that tell patients what this article covers.';
export const SAMPLE_BODY = 'Write the article here. Use `##` for sections and `###` inside them.';

interface SampleInput {
  file: string;
  status: ArticleStatus;
  description: { text: string; at: { line: number; column: number } } | undefined;
  body: string;
  bodyLine: number;
}

export function sampleTextProblems({ file, status, description, body, bodyLine }: SampleInput): Problem[] {
  const severity = status === 'draft' ? 'warning' : 'error';
  const problems: Problem[] = [];
  if (description?.text.trim() === SAMPLE_DESCRIPTION) {
    problems.push({
      file,
      ...description.at,
      field: 'description',
      message: 'the description is still the sample written by npm run new',
      fix: 'write one or two sentences, 50 to 160 characters, that tell patients what this article covers',
      severity,
    });
  }
  const index = body.indexOf(SAMPLE_BODY);
  if (index !== -1) {
    const before = body.slice(0, index);
    problems.push({
      file,
      line: bodyLine + (before.match(/\n/g)?.length ?? 0),
      column: index - before.lastIndexOf('\n'),
      field: 'body',
      message: 'the sample sentence written by npm run new is still in the text',
      fix: 'replace it with the article',
      severity,
    });
  }
  return problems;
}
