import { describe, expect, it } from 'vitest';
import { site } from '../../src/config/site';
import { openingHoursLines, streetAddressLines } from '../../src/lib/clinic-contact';
import { calendarDay, formatDate, isoDate } from '../../src/lib/dates';
import { readingStats } from '../../src/lib/reading';

describe('dates', () => {
  it('knows today on the clinic’s calendar, whatever the machine’s zone', () => {
    // 02:00 UTC on Dec 1 is still Nov 30 in New Jersey.
    expect(calendarDay(new Date('2026-12-01T02:00:00Z'), 'America/New_York')).toBe('2026-11-30');
    expect(calendarDay(new Date('2026-12-01T06:00:00Z'), 'America/New_York')).toBe('2026-12-01');
  });

  it('formats calendar dates in the page’s language without shifting them by time zone', () => {
    expect(formatDate(new Date('2026-11-23'), 'en-US')).toBe('November 23, 2026');
    expect(isoDate(new Date('2026-11-23'))).toBe('2026-11-23');
  });
});

describe('clinic contact details', () => {
  it('writes the address and opening hours for people', () => {
    expect(streetAddressLines(site.address)[1]).toBe('Montclair, NJ 07042');
    expect(openingHoursLines(undefined)).toEqual([]);
    expect(
      openingHoursLines([
        { days: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'], opens: '09:00', closes: '17:00' },
        { days: ['Saturday'], opens: '09:00', closes: '13:00' },
      ]),
    ).toEqual(['Mon–Fri: 9 a.m.–5 p.m.', 'Sat: 9 a.m.–1 p.m.']);
    expect(
      openingHoursLines([{ days: ['Monday', 'Wednesday', 'Friday'], opens: '08:30', closes: '12:00' }]),
    ).toEqual(['Mon, Wed, Fri: 8:30 a.m.–12 p.m.']);
    expect(openingHoursLines([{ days: ['Saturday', 'Sunday'], opens: '00:00', closes: '23:45' }])).toEqual([
      'Sat, Sun: 12 a.m.–11:45 p.m.',
    ]);
  });
});

describe('reading time', () => {
  it('counts prose, not markup, component tags or link targets', () => {
    const words = Array.from({ length: 460 }, () => 'word').join(' ');
    expect(readingStats(`<ConsultCta>\n${words}\n</ConsultCta> [link](/a-very-long/url/)`)).toEqual({
      minutes: 2,
      words: 461,
    });
  });

  it('never says zero minutes', () => {
    expect(readingStats('')).toEqual({ minutes: 1, words: 0 });
  });
});
