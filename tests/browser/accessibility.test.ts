/**
 * axe-core on every page of both builds, in the light and the dark theme, at phone and desktop widths: WCAG
 * 2.0, 2.1 and 2.2 (A and AA), plus axe's best practices, which hold the landmark rules ('region',
 * 'landmark-*') that keep every piece of content inside a landmark.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { describe, it } from 'vitest';
import { bothSites } from '../support/dist';
import { pagePaths, useBrowser } from './setup';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];
const LANDMARK_RULES = ['region', 'landmark-one-main', 'landmark-unique', 'landmark-no-duplicate-banner'];

describe.each(bothSites.map((site) => [site.name, site] as const))('axe on the %s', (_, site) => {
  const harness = useBrowser(site);

  // Pages are checked a few at a time (Vitest's maxConcurrency), in one shared Chromium.
  it.concurrent.for(pagePaths(site))(
    '%s has no violations in either theme, at 390 and 1280 px',
    async (path, { expect }) => {
      const found: string[] = [];
      for (const width of [390, 1280]) {
        for (const colorScheme of ['light', 'dark'] as const) {
          const page = await harness.open(path, { colorScheme, viewport: { width, height: 900 } });
          const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
          const ran = [
            ...results.passes,
            ...results.violations,
            ...results.inapplicable,
            ...results.incomplete,
          ];
          for (const rule of LANDMARK_RULES)
            expect(
              ran.map((r) => r.id),
              `${rule} ran`,
            ).toContain(rule);
          found.push(
            ...results.violations.map(
              (v) =>
                `${width}px ${colorScheme} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
            ),
          );
          await page.context().close();
        }
      }
      expect(found).toEqual([]);
    },
  );
});
