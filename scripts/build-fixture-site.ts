/**
 * `npm run build:fixture-site`: builds the project's own code with the fixture content of tests/fixtures/site/
 * into FIXTURE_DIST, once per test run. Most tests read that build, so publishing an article never changes
 * what they see. DEV=1 is set on purpose: a stray DEV in a build machine's environment must not publish drafts.
 */
import { FIXTURE_DIST, FIXTURE_SITE_DIR } from './lib/paths.ts';
import { copySite } from './lib/site-copy.ts';

const started = Date.now();
const { ok, output } = copySite({ dir: FIXTURE_SITE_DIR }).build({ DEV: '1' });
if (!ok) {
  console.error(output);
  console.error('The fixture site did not build (output above).');
  process.exit(1);
}
console.log(`fixture site built into ${FIXTURE_DIST} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
