/**
 * /.well-known/security.txt of the fixture build, read as RFC 9116 says a reader parses it: one `Name: value` a
 * line, comments after #, field names case-insensitive. Every field is there; it expires in the future, within a
 * year; its Canonical is its own address.
 */
import { describe, expect, it } from 'vitest';
import { site } from '../../src/config/site';
import { fixtureSite, SITE_URL } from '../support/dist';

const DAY_MS = 24 * 60 * 60 * 1000;

/** RFC 9116 §4: fields are `name: value` lines; # starts a comment; names are case-insensitive. */
function parseSecurityTxt(text: string): Map<string, string[]> {
  const fields = new Map<string, string[]>();
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const match = /^([A-Za-z0-9-]+):[ \t]*(\S.*)$/.exec(line);
    if (!match) throw new Error(`not a security.txt field: ${JSON.stringify(line)}`);
    const name = match[1]!.toLowerCase();
    fields.set(name, [...(fields.get(name) ?? []), match[2]!.trim()]);
  }
  return fields;
}

describe('security.txt', () => {
  const text = fixtureSite.read('.well-known/security.txt');
  const fields = parseSecurityTxt(text);

  it('has every field once (Contact at least once), and nothing else', () => {
    expect([...fields.keys()].sort()).toEqual(['canonical', 'contact', 'expires', 'preferred-languages']);
    for (const name of ['expires', 'canonical', 'preferred-languages'])
      expect(fields.get(name)).toHaveLength(1);
    for (const contact of fields.get('contact')!) expect(contact).toMatch(/^(mailto:|https:\/\/|tel:)\S+$/);
  });

  it("names the clinic's contact: the configured one, or its email", () => {
    expect(fields.get('contact')).toEqual([site.securityContact ?? `mailto:${site.email}`]);
  });

  it('expires in the future, within a year of the build, in RFC 3339 UTC', () => {
    const [expires] = fields.get('expires')!;
    expect(expires).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    const left = Date.parse(expires!) - Date.now();
    expect(left).toBeGreaterThan(0);
    expect(left).toBeLessThanOrEqual(366 * DAY_MS);
    // Built today or a few days ago (the fixture build is not rebuilt for every test run): most of a year left.
    expect(left).toBeGreaterThan(300 * DAY_MS);
  });

  it('gives its own address as Canonical, and the site language', () => {
    expect(fields.get('canonical')).toEqual([`${SITE_URL}/.well-known/security.txt`]);
    expect(fields.get('preferred-languages')).toEqual([site.lang.split('-')[0]]);
  });
});
