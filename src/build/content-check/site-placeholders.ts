/**
 * Before launch: the clinic's details in src/config/site.ts must no longer be the fictional defaults, and every
 * required field must be filled in (the decision is src/lib/launch-readiness.ts). An everyday check gives two
 * warnings at most: the placeholders, and the fields not filled in yet. A launch check (`LAUNCH=1`) makes each
 * placeholder and each missing required field an error of its own, so the build stops naming every one.
 */
import type { SiteConfig } from '../../config/site.ts';
import { launchReadiness, type PlaceholderField } from '../../lib/launch-readiness.ts';
import type { Problem } from './problem.ts';

export const SITE_CONFIG_FILE = 'src/config/site.ts';
const README = 'README, "Configure the clinic"';
/** The line of a placeholder value: an example.com address or a 555-01xx number. */
const PLACEHOLDER_LINE = /(^|[./@])example\.(com|org|net)\b|555-?01\d\d/i;

interface Place {
  line: number;
  column: number;
}

/** Finds where a value (or else a field) is written, after `clinicDefaults` (not in the schema's messages). */
function locator(sourceText: string | undefined): (needles: (string | RegExp)[]) => Place {
  const lines = sourceText?.split('\n') ?? [];
  const from = Math.max(
    0,
    lines.findIndex((line) => line.includes('clinicDefaults')),
  );
  return (needles) => {
    for (const needle of needles) {
      const found = lines
        .slice(from)
        .findIndex((line) => (typeof needle === 'string' ? line.includes(needle) : needle.test(line)));
      if (found !== -1) {
        const line = lines[from + found]!;
        return { line: from + found + 1, column: Math.max(1, line.search(/\S/) + 1) };
      }
    }
    return { line: 1, column: 1 };
  };
}

/** The top-level key a field is written under: `social[0].url` → social, `phone.e164` → phone. */
const keyOf = (field: string) => new RegExp(`^\\s*${field.split(/[.[]/)[0]!}:`);

function placeholderError({ field, value }: PlaceholderField, at: Place): Problem {
  const phone = field.startsWith('phone');
  return {
    file: SITE_CONFIG_FILE,
    ...at,
    field,
    message: phone
      ? `still the fictional number ${value}: patients would dial it`
      : field === 'editor.repo'
        ? `still the placeholder ${value}: staff could not sign in to the browser editor (/admin/) to publish`
        : `still the placeholder ${value}: a launch build must not publish it`,
    fix:
      field === 'url'
        ? `write the clinic's real address in ${SITE_CONFIG_FILE} (url), or build with SITE_URL=https://…`
        : field === 'editor.repo'
          ? `write the clinic's GitHub repository (owner/name) in ${SITE_CONFIG_FILE} (README, "Browser editor (one-time setup)"), or remove \`editor\` if staff do not use /admin/`
          : `write the clinic's real ${field} in ${SITE_CONFIG_FILE} (${README})${field.startsWith('social') ? ', or remove the profile' : ''}`,
    severity: 'error',
  };
}

export function siteConfigProblems(
  config: SiteConfig,
  sourceText: string | undefined,
  { launch }: { launch: boolean },
): Problem[] {
  const { placeholders, missing, unsaid } = launchReadiness(config);
  const locate = locator(sourceText);
  const problems: Problem[] = [];

  if (launch) {
    for (const placeholder of placeholders) {
      problems.push(placeholderError(placeholder, locate([placeholder.value, keyOf(placeholder.field)])));
    }
    for (const field of missing) {
      problems.push({
        file: SITE_CONFIG_FILE,
        ...locate([keyOf(field)]),
        field,
        message: `${field} is not filled in: a launch build needs it`,
        fix: `write it in ${SITE_CONFIG_FILE} (${README}), or set it to null if the clinic publishes none`,
        severity: 'error',
      });
    }
  } else if (placeholders.length) {
    // One warning, not one per field, placed on the first placeholder so an editor's text editor jumps to it.
    problems.push({
      file: SITE_CONFIG_FILE,
      ...locate([PLACEHOLDER_LINE]),
      field: 'site',
      message: `the clinic's details are still the fictional defaults (example.com addresses, a 555 phone number): ${placeholders.map((p) => p.field).join(', ')}`,
      fix: `replace them in ${SITE_CONFIG_FILE} with the clinic's real details before the site goes live (LAUNCH=1 npm run build refuses them)`,
      severity: 'warning',
    });
  }

  const unfilled = [
    ...(launch ? [] : missing.map((field) => `${field} (required before launch)`)),
    ...unsaid,
  ];
  if (unfilled.length) {
    problems.push({
      file: SITE_CONFIG_FILE,
      ...locate([/^\s*statements:/]),
      field: 'launch',
      message: `not filled in yet: ${unfilled.join(', ')}; nothing is shown for a statement until the clinic writes it (security.txt gives the clinic's email until securityContact is set)`,
      fix: `fill them in in ${SITE_CONFIG_FILE} (${README}); null leaves a statement unsaid on purpose`,
      severity: 'warning',
    });
  }
  return problems;
}
