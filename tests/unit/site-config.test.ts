import { describe, expect, it } from 'vitest';
import { clinicDefaults, resolveSite, site } from '../../src/config/site';

describe('site configuration', () => {
  it('uses visibly fictional defaults', () => {
    expect(clinicDefaults.url).toMatch(/example\.com/);
    expect(site.phone.e164).toMatch(/^\+1\d{3}55501\d\d$/);
    expect(site.bookingUrl).toMatch(/example\.com/);
    expect(site.address.region).toBe('NJ');
    expect(site.tagline).toBe('Embrace Relief and Renewal');
  });

  it('refuses a SITE_URL with a path: the site must live at the root', () => {
    expect(() => resolveSite(site, { SITE_URL: 'https://clinic.test/blog/' })).toThrow(
      /must be the site root/,
    );
  });

  it('lets SITE_URL override the URL, without a trailing slash', () => {
    expect(resolveSite(site, { SITE_URL: 'https://clinic.test/' }).url).toBe('https://clinic.test');
  });

  it('rejects a SITE_URL that is not a URL, and a time zone that does not exist', () => {
    expect(() => resolveSite(site, { SITE_URL: 'clinic' })).toThrow(
      /url \(or SITE_URL\) must be a full address/,
    );
    expect(() => resolveSite({ ...site, timeZone: 'Mars/Olympus' }, {})).toThrow(/IANA zone/);
  });
});
