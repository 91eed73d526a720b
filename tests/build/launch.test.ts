/**
 * `LAUNCH=1 npm run build`: with the shipped placeholders (example.com, a 555 number, no hours) the build stops
 * before building anything, naming each field and where to fill it, with no stack trace. With the clinic's
 * details filled in, it builds, and every statement the clinic wrote is shown where it belongs.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copySite, type SiteCopy } from '../../scripts/lib/site-copy.ts';

const copies: SiteCopy[] = [];
afterAll(() => copies.forEach((copy) => copy.remove()));

/** A configuration a clinic could launch with (test values, never deployed). */
const FILLED = {
  url: 'https://www.ketamine-nj-clinic.com',
  phone: { display: '(973) 744-0123', e164: '+19737440123' },
  bookingUrl: 'https://book.ketamine-nj-clinic.com/',
  email: 'care@ketamine-nj-clinic.com',
  editorialEmail: 'corrections@ketamine-nj-clinic.com',
  address: {
    street: '12 Bloomfield Avenue',
    locality: 'Montclair',
    region: 'NJ',
    postalCode: '07042',
    country: 'US',
  },
  social: [],
  hours: [{ days: ['Tuesday', 'Thursday'], opens: '08:30', closes: '16:00' }],
  securityContact: 'mailto:security@ketamine-nj-clinic.com',
  editor: { repo: 'ketamine-nj-clinic/website', branch: 'main' },
  statements: {
    services: 'Fixture services statement: supervised sessions for adults.',
    team: 'Fixture team statement: who writes and checks the articles.',
    consultation: 'Fixture consultation statement: no obligation.',
    candidates: ['Fixture candidate one', 'Fixture candidate two'],
    firstVisit: ['Fixture step one', 'Fixture step two'],
  },
};

const CALL = 'resolveSite(clinicDefaults, process.env)';

/** The copy's configuration, with the filled-in details spread over the defaults. */
function fillIn(copy: SiteCopy) {
  const file = join(copy.dir, 'src', 'config', 'site.ts');
  const source = readFileSync(file, 'utf8');
  expect(source, `src/config/site.ts still calls ${CALL}`).toContain(CALL);
  writeFileSync(
    file,
    source.replace(CALL, `resolveSite({ ...clinicDefaults, ...${JSON.stringify(FILLED)} }, process.env)`),
  );
}

function newCopy(): SiteCopy {
  const copy = copySite({ posts: ['minimal-article.mdx'] });
  copies.push(copy);
  return copy;
}

describe('LAUNCH=1 with the placeholders', () => {
  it('stops, naming each field and where to fill it, and builds nothing', () => {
    const copy = newCopy();
    const { ok, output } = copy.build({ LAUNCH: '1' });
    expect(ok, output).toBe(false);
    // url is no placeholder when the environment sets a real SITE_URL.
    for (const field of [
      ...(process.env['SITE_URL'] ? [] : ['url']),
      'phone.display',
      'phone.e164',
      'bookingUrl',
      'email',
      'address.street',
      'social[0].url',
      'editorialEmail',
      'editor.repo',
      'hours',
    ]) {
      expect(output).toMatch(
        new RegExp(`src/config/site\\.ts:\\d+:\\d+ — ${field.replace(/[.[\]]/g, '\\$&')}: `),
      );
    }
    expect(output).toContain('still the fictional number (201) 555-0123: patients would dial it');
    expect(output).toContain('staff could not sign in to the browser editor (/admin/) to publish');
    expect(output).not.toMatch(/^\s+at /m); // no stack trace
    expect(existsSync(join(copy.dir, 'dist', 'index.html'))).toBe(false);
  });
});

describe('LAUNCH=1 with the clinic details filled in', () => {
  let copy: SiteCopy;
  let result: { ok: boolean; output: string };
  beforeAll(() => {
    copy = newCopy();
    fillIn(copy);
    result = copy.build({ LAUNCH: '1' });
  }, 240_000);
  const page = (path: string) => cheerio.load(readFileSync(join(copy.dir, 'dist', path), 'utf8'));

  it('builds', () => {
    expect(result.ok, result.output).toBe(true);
  });

  it("shows each of the clinic's statements where it belongs", () => {
    const home = page('index.html');
    expect(home('main').text()).toContain(FILLED.statements.services);
    expect(home('main').text()).toContain(FILLED.statements.consultation);
    expect(home('footer').text()).toContain('Tue, Thu: 8:30 a.m.–4 p.m.');
    const consult = page('consult/index.html');
    const headings = consult('h2')
      .toArray()
      .map((el) => consult(el).text().trim());
    expect(headings).toEqual(
      expect.arrayContaining(['Who may be a candidate', 'What a first consultation involves']),
    );
    expect(
      consult('main .prose ul li')
        .toArray()
        .map((el) => consult(el).text().trim()),
    ).toEqual(expect.arrayContaining(FILLED.statements.candidates));
    expect(
      consult('main .prose ol li')
        .toArray()
        .map((el) => consult(el).text().trim()),
    ).toEqual(FILLED.statements.firstVisit);
    expect(consult('main .lead').text()).toContain(FILLED.statements.consultation);
    expect(page('authors/clinical-team/index.html')('main').text()).toContain(FILLED.statements.team);
    expect(page('authors/test-reviewer/index.html')('main').text()).not.toContain(FILLED.statements.team);
    expect(page('blog/minimal-article/index.html')('main').text()).toContain(FILLED.statements.consultation);
  });

  it('writes security.txt with the configured contact, and no 555 number anywhere', () => {
    const security = readFileSync(join(copy.dir, 'dist', '.well-known', 'security.txt'), 'utf8');
    expect(security).toContain('Contact: mailto:security@ketamine-nj-clinic.com\n');
    expect(security).toContain('Canonical: https://www.ketamine-nj-clinic.com/.well-known/security.txt\n');
    for (const path of ['index.html', 'consult/index.html', 'blog/minimal-article/index.html']) {
      expect(readFileSync(join(copy.dir, 'dist', path), 'utf8')).not.toMatch(/555-01\d\d|example\.com/);
    }
  });
});
