/**
 * Linked citations: every `<Cite id="…" />` in an article's text names a work of content/references/ that the
 * frontmatter's `sources:` lists, and every work `sources:` lists is cited somewhere in the text. The rule for
 * editors: `sources:` lists exactly the works the text cites.
 */
import { CITE, citationUses, type CitationUse } from '../../lib/citations.ts';
import type { Problem } from './problem.ts';
import { listOf } from './references.ts';
import type { Position } from './yaml-source.ts';

export interface CitationInput {
  /** content/blog/x.mdx */
  file: string;
  /** The text after the frontmatter. */
  body: string;
  /** 1-based line of the file where `body` starts. */
  bodyLine: number;
  /** The ids of the frontmatter's `sources:`, each where it is written. */
  sources: readonly { id: string; at: Position }[];
}

export function citationProblems(input: CitationInput, referenceIds: readonly string[]): Problem[] {
  let uses: CitationUse[];
  try {
    uses = citationUses(input.body);
  } catch {
    return []; // the body check reports the MDX that cannot be read
  }
  const problems: Problem[] = [];
  const listed = new Set(input.sources.map((source) => source.id));
  const bodyProblem = (use: CitationUse, message: string, fix: string): Problem => ({
    file: input.file,
    line: use.line + input.bodyLine - 1,
    column: use.column,
    field: 'body',
    message,
    fix,
    severity: 'error',
  });

  for (const use of uses) {
    if (use.followsCite) {
      problems.push(
        bodyProblem(
          use,
          `two <${CITE} /> marks side by side would read as one number (sources 3 and 8 would show as 38)`,
          `write a comma between them: <${CITE} id="…" />,<${CITE} id="${use.id || '…'}" />, or put each after the words it supports`,
        ),
      );
    }
    if (!use.id) {
      problems.push(
        bodyProblem(
          use,
          `a <${CITE} /> without the id of a source`,
          `write <${CITE} id="pomeroy2017" /> with the name of a file in content/references/ (without .yaml)`,
        ),
      );
    } else if (!referenceIds.includes(use.id)) {
      problems.push(
        bodyProblem(
          use,
          `<${CITE} id="${use.id}" /> cites an unknown source: there is no content/references/${use.id}.yaml (${listOf(referenceIds, use.id)})`,
          `correct the id, or add content/references/${use.id}.yaml for the work and list ${use.id} under sources:`,
        ),
      );
    } else if (!listed.has(use.id)) {
      problems.push(
        bodyProblem(
          use,
          `<${CITE} id="${use.id}" /> cites a source that the frontmatter's sources: does not list`,
          `add the line "  - ${use.id}" under sources: (sources: lists exactly the works the text cites)`,
        ),
      );
    }
  }

  const cited = new Set(uses.map((use) => use.id));
  input.sources.forEach(({ id, at }, index) => {
    // An unknown id is already reported on this line (references.ts).
    if (cited.has(id) || !referenceIds.includes(id)) return;
    problems.push({
      file: input.file,
      ...at,
      field: `sources[${index}]`,
      message: `the source "${id}" is listed in sources: but the text never cites it`,
      fix: `cite it after the sentence it supports with <${CITE} id="${id}" />, or delete this line (sources: lists exactly the works the text cites)`,
      severity: 'error',
    });
  });
  return problems;
}
