import { describe, expect, it } from 'vitest';
import { clinicDefaults, resolveSite, type SiteConfig } from '../../src/config/site';
import { isLaunchBuild, launchReadiness } from '../../src/lib/launch-readiness';

/** A configuration a clinic could launch with: real-looking details, every decision made. */
const filled: SiteConfig = resolveSite(
  {
    ...clinicDefaults,
    url: 'https://www.ketamine-nj-clinic.com',
    phone: { display: '(973) 744-0123', e164: '+19737440123' },
    bookingUrl: 'https://book.ketamine-nj-clinic.com/',
    email: 'care@ketamine-nj-clinic.com',
    editorialEmail: 'corrections@ketamine-nj-clinic.com',
    address: { ...clinicDefaults.address, street: '12 Bloomfield Avenue' },
    social: [],
    editor: { repo: 'ketamine-nj-clinic/website', branch: 'main' },
    hours: [{ days: ['Monday'], opens: '09:00', closes: '17:00' }],
  },
  {},
);

describe('launch readiness', () => {
  it('names every placeholder of the defaults by its path, and the missing hours', () => {
    const { placeholders, missing, unsaid } = launchReadiness(resolveSite(clinicDefaults, {}));
    expect(placeholders).toEqual([
      { field: 'url', value: 'https://www.example.com' },
      { field: 'phone.display', value: '(201) 555-0123' },
      { field: 'phone.e164', value: '+12015550123' },
      { field: 'bookingUrl', value: 'https://booking.example.com/ketamine-nj' },
      { field: 'email', value: 'care@example.com' },
      { field: 'address.street', value: '100 Example Avenue, Suite 200' },
      { field: 'social[0].url', value: 'https://facebook.example.com/ketamine-nj' },
      { field: 'social[1].url', value: 'https://instagram.example.com/ketamine-nj' },
      { field: 'editorialEmail', value: 'corrections@example.com' },
      { field: 'editor.repo', value: 'example-clinic/website' },
    ]);
    expect(missing).toEqual(['hours']);
    expect(unsaid).toEqual([
      'statements.services',
      'statements.team',
      'statements.consultation',
      'statements.candidates',
      'statements.firstVisit',
      'securityContact',
    ]);
  });

  it('finds a placeholder in any field, including one added later', () => {
    const config = { ...filled, disclosure: 'Call (201) 555-0199 or write to news@example.org.' };
    expect(launchReadiness(config).placeholders.map((p) => p.field)).toEqual(['disclosure']);
    expect(launchReadiness({ ...filled, bookingUrl: 'https://example.net/book' }).placeholders).toHaveLength(
      1,
    );
    const editor = { repo: 'examplehealth/website', branch: 'main' };
    expect(launchReadiness({ ...filled, editor: { ...editor, repo: 'example/site' } }).placeholders).toEqual([
      { field: 'editor.repo', value: 'example/site' },
    ]);
    expect(launchReadiness({ ...filled, editor }).placeholders).toEqual([]);
    expect(launchReadiness({ ...filled, editor: undefined }).placeholders).toEqual([]);
    // "Example" is a placeholder in the street only: a clinic may write "for example" elsewhere.
    expect(launchReadiness({ ...filled, tagline: 'For example, relief' }).placeholders).toEqual([]);
  });

  it('is ready with real details; null hours and null statements are decisions, not gaps', () => {
    expect(launchReadiness(filled)).toMatchObject({ placeholders: [], missing: [] });
    const decided = launchReadiness({
      ...filled,
      hours: null,
      securityContact: 'mailto:security@ketamine-nj-clinic.com',
      statements: {
        services: 'We offer supervised ketamine therapy.',
        team: null,
        consultation: null,
        candidates: null,
        firstVisit: ['We review your history.'],
      },
    });
    expect(decided).toEqual({ placeholders: [], missing: [], unsaid: [] });
  });

  it('reads LAUNCH from the environment', () => {
    expect(isLaunchBuild({ LAUNCH: '1' })).toBe(true);
    expect(isLaunchBuild({ LAUNCH: ' TRUE ' })).toBe(true);
    expect(isLaunchBuild({ LAUNCH: 'yes' })).toBe(true);
    expect(isLaunchBuild({ LAUNCH: '0' })).toBe(false);
    expect(isLaunchBuild({ LAUNCH: '' })).toBe(false);
    expect(isLaunchBuild({})).toBe(false);
  });
});
