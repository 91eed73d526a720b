import { describe, expect, it } from 'vitest';
import { clinicDefaults, resolveSite } from '../../src/config/site';
import { securityTxt, securityTxtExpiry } from '../../src/lib/security-txt';

const site = resolveSite(clinicDefaults, {});
const fields = (text: string) =>
  text
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => line.split(/:\s*/, 1)[0]);

describe('security.txt', () => {
  const builtAt = new Date('2026-11-25T16:31:12Z');

  it('expires 365 days after the build day began (UTC): in the future, within a year', () => {
    expect(securityTxtExpiry(builtAt)).toBe('2027-11-25T00:00:00Z');
    // Across 29 February the same 365 days stay within the year.
    expect(securityTxtExpiry(new Date('2027-03-01T23:59:59Z'))).toBe('2028-02-29T00:00:00Z');
  });

  it("gives the clinic's email as contact, and says so, until a security contact is configured", () => {
    const text = securityTxt(site, builtAt);
    expect(text).toContain('Contact: mailto:care@example.com\n');
    expect(text).toContain(
      "# No separate security contact is configured: this is the clinic's general email",
    );
    expect(text).toContain('Canonical: https://www.example.com/.well-known/security.txt\n');
    expect(text).toContain('Preferred-Languages: en\n');
    expect(fields(text)).toEqual(['Contact', 'Expires', 'Canonical', 'Preferred-Languages']);
  });

  it('uses the configured security contact, without the comment', () => {
    const text = securityTxt({ ...site, securityContact: 'https://www.example.com/security' }, builtAt);
    expect(text).toContain('Contact: https://www.example.com/security\n');
    expect(text).not.toContain('No separate security contact');
  });
});
