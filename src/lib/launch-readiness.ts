/**
 * Is the configuration ready for patients? Pure: which fields still hold the fictional defaults (example.com,
 * a 555 number), which required ones are not filled in, and which of the clinic's optional statements are
 * still unsaid. `LAUNCH=1` builds refuse the first two; `npm run check:content` lists all three as warnings.
 */
import type { SiteConfig } from '../config/site';

export interface PlaceholderField {
  /** The field's path in the configuration: `url`, `phone.e164`, `social[0].url`. */
  field: string;
  value: string;
}

export interface LaunchReadiness {
  /** Fields still holding a placeholder: a launch build stops on them. */
  placeholders: PlaceholderField[];
  /** Required fields not filled in (undefined): a launch build stops on them. */
  missing: string[];
  /** The clinic's optional statements left out (undefined, not null): nothing is shown for them. */
  unsaid: string[];
}

const PLACEHOLDER_URL = /(^|[./@])example\.(com|org|net)\b/i;
/** North American 555 numbers are reserved for fiction: (201) 555-0123 and +12015550123. */
const FICTIONAL_E164 = /^\+1\d{3}555\d{4}$/;
const FICTIONAL_DISPLAY = /(^|\D)\(?\d{3}\)?[\s.-]*555[\s.-]*\d{4}(\D|$)/;

function isPlaceholder(field: string, value: string): boolean {
  return (
    PLACEHOLDER_URL.test(value) ||
    FICTIONAL_E164.test(value) ||
    FICTIONAL_DISPLAY.test(value) ||
    (field === 'address.street' && /\bexample\b/i.test(value)) ||
    // The browser editor's repository (owner/name): staff could not sign in to publish.
    (field === 'editor.repo' && /^example\b/i.test(value))
  );
}

/** Every string in the configuration, with its path: a field any later change adds is checked too. */
function strings(value: unknown, path: string): PlaceholderField[] {
  if (typeof value === 'string') return [{ field: path, value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => strings(item, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => strings(item, path ? `${path}.${key}` : key));
  }
  return [];
}

/** Required before launch, with no placeholder to show in the meantime: null is an answer ("none"). */
const REQUIRED = ['hours'] as const;

/** Every statement the clinic may make; the type makes a new one in src/config/site.ts appear here. */
const STATEMENTS: Record<keyof SiteConfig['statements'], true> = {
  services: true,
  team: true,
  consultation: true,
  candidates: true,
  firstVisit: true,
};

export function launchReadiness(config: SiteConfig): LaunchReadiness {
  const unsaid = Object.keys(STATEMENTS)
    .filter((key) => config.statements[key as keyof typeof STATEMENTS] === undefined)
    .map((key) => `statements.${key}`);
  return {
    placeholders: strings(config, '').filter(({ field, value }) => isPlaceholder(field, value)),
    missing: REQUIRED.filter((field) => config[field] === undefined),
    unsaid: config.securityContact === undefined ? [...unsaid, 'securityContact'] : unsaid,
  };
}

/** `LAUNCH=1` (or true, yes) asks for a build fit for patients. */
export function isLaunchBuild(env: Record<string, string | undefined>): boolean {
  return ['1', 'true', 'yes'].includes((env['LAUNCH'] ?? '').trim().toLowerCase());
}
