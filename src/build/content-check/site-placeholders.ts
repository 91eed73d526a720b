/** Before launch: the clinic's details in src/config/site.ts must no longer be the fictional defaults. */
import type { SiteConfig } from '../../config/site.ts';
import type { Problem } from './problem.ts';

export const SITE_CONFIG_FILE = 'src/config/site.ts';

const PLACEHOLDER_URL = /(^|[./@])example\.(com|org|net)\b/i;
/** North American 555 numbers are reserved for fiction: (201) 555-0123 and +12015550123. */
const FICTIONAL_PHONE = /^\+1\d{3}555\d{4}$/;

function placeholderFields(config: SiteConfig): string[] {
  const fields: string[] = [];
  const check = (field: string, value: string) => {
    if (PLACEHOLDER_URL.test(value)) fields.push(field);
  };
  check('url', config.url);
  check('bookingUrl', config.bookingUrl);
  check('email', config.email);
  config.social.forEach((profile) => check(`social (${profile.name})`, profile.url));
  if (FICTIONAL_PHONE.test(config.phone.e164)) fields.push('phone');
  if (/example/i.test(config.address.street)) fields.push('address.street');
  return fields;
}

/**
 * One warning, not one per field: a single clear reminder, placed on the first placeholder in the file so an
 * editor's text editor jumps to it. `sourceText` is the file's text, when it can be read.
 */
export function sitePlaceholderWarning(config: SiteConfig, sourceText: string | undefined): Problem[] {
  const fields = placeholderFields(config);
  if (!fields.length) return [];
  const lines = sourceText?.split('\n') ?? [];
  // The values, not the examples in the schema's error messages above them.
  const from = Math.max(
    0,
    lines.findIndex((line) => line.includes('clinicDefaults')),
  );
  const found = lines.slice(from).findIndex((line) => PLACEHOLDER_URL.test(line) || /555-?01\d\d/.test(line));
  const index = found === -1 ? -1 : from + found;
  return [
    {
      file: SITE_CONFIG_FILE,
      line: index === -1 ? 1 : index + 1,
      column: index === -1 ? 1 : Math.max(1, lines[index]!.search(/\S/) + 1),
      field: 'site',
      message: `the clinic's details are still the fictional defaults (example.com addresses, a 555 phone number): ${fields.join(', ')}`,
      fix: `replace them in ${SITE_CONFIG_FILE} with the clinic's real details before the site goes live`,
      severity: 'warning',
    },
  ];
}
