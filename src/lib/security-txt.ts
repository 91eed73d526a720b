/**
 * /.well-known/security.txt (RFC 9116): where to report a security problem with the site. Pure: written from the
 * configuration and the build time. The contact is `securityContact` when the clinic sets one; until then it is
 * the clinic's published email, and a comment says so rather than pretending a security team exists.
 */
import type { SiteConfig } from '../config/site';
import { absoluteUrl } from './urls';

const SECURITY_TXT_PATH = '/.well-known/security.txt';

const DAY_MS = 24 * 60 * 60 * 1000;
/** 365 days from the build day's midnight (UTC): always in the future and within a year of the build. */
const LIFETIME_DAYS = 365;

/** The file's expiry: RFC 3339 in UTC, whole days, so every build on one day writes the same file. */
export function securityTxtExpiry(builtAt: Date): string {
  const midnight = Date.UTC(builtAt.getUTCFullYear(), builtAt.getUTCMonth(), builtAt.getUTCDate());
  return new Date(midnight + LIFETIME_DAYS * DAY_MS).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function securityTxt(config: SiteConfig, builtAt: Date): string {
  const contact = config.securityContact ?? `mailto:${config.email}`;
  return [
    `# ${config.name}: how to report a security problem with this website (RFC 9116).`,
    ...(config.securityContact
      ? []
      : ["# No separate security contact is configured: this is the clinic's general email address."]),
    `Contact: ${contact}`,
    `Expires: ${securityTxtExpiry(builtAt)}`,
    `Canonical: ${absoluteUrl(SECURITY_TXT_PATH, config.url)}`,
    // The site's language without its region: en-US → en.
    `Preferred-Languages: ${config.lang.split('-')[0]!}`,
    '',
  ].join('\n');
}
