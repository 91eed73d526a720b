/** axe-core (WCAG 2.0, 2.1 and 2.2, levels A and AA) on every page of dist/, in the light and the dark theme. */
import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { pagePaths, useBrowser } from './setup';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const harness = useBrowser();

describe.each(['light', 'dark'] as const)('axe, %s theme', (colorScheme) => {
  it.each(pagePaths())('%s has no violations', async (path) => {
    const page = await harness.open(path, { colorScheme, viewport: { width: 390, height: 844 } });
    const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    const summary = violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    );
    expect(summary).toEqual([]);
    await page.context().close();
  });
});

describe('axe at desktop width, both themes', () => {
  it.each(pagePaths())('%s has no violations at 1280 px', async (path) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await harness.open(path, { colorScheme, viewport: { width: 1280, height: 900 } });
      const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      expect(
        violations.map((v) => `${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      ).toEqual([]);
      await page.context().close();
    }
  });
});
