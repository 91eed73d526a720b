/** Where the project and its two builds live: the live site in dist/, the fixture site in a cache folder. */
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = new URL('../../', import.meta.url).pathname;

/** The live site, built from content/ by `npm run build`. */
export const LIVE_DIST = join(ROOT, 'dist/');

/** The content made for the tests, laid out like content/. */
export const FIXTURE_CONTENT = join(ROOT, 'tests', 'fixtures', 'site');

/**
 * The copy of the project that `npm run build:fixture-site` builds with the fixture content. One folder per
 * checkout (named by a hash of its path), so two checkouts on one machine never share a build.
 */
export const FIXTURE_SITE_DIR =
  process.env['FIXTURE_SITE_DIR'] ??
  join(tmpdir(), `clinic-blog-fixture-site-${createHash('sha256').update(ROOT).digest('hex').slice(0, 12)}`);

export const FIXTURE_DIST = join(FIXTURE_SITE_DIR, 'dist/');
