/** Helpers shared by the theme tests: the theme at first paint, and colours read from computed styles. */
import type { Page } from 'playwright-core';

interface FirstPaint {
  theme: string | null;
  background: string;
}

/**
 * An init script: records the theme the moment <body> is inserted (before anything can be painted), and the
 * page colour in the first animation frame, which the browser runs just before its first paint, once the CSS
 * has loaded.
 */
export const RECORD_FIRST_PAINT = () => {
  const state = {} as Partial<FirstPaint>;
  (window as unknown as { firstPaint: typeof state }).firstPaint = state;
  new MutationObserver((_, observer) => {
    if (!document.body) return;
    observer.disconnect();
    state.theme = document.documentElement.dataset['theme'] ?? null;
    requestAnimationFrame(() => {
      state.background = getComputedStyle(document.body).backgroundColor;
    });
  }).observe(document, { childList: true, subtree: true });
};

export async function firstPaint(page: Page): Promise<FirstPaint> {
  await page.waitForFunction(
    () => (window as unknown as { firstPaint: Partial<FirstPaint> }).firstPaint.background,
  );
  return page.evaluate(() => (window as unknown as { firstPaint: FirstPaint }).firstPaint);
}

/** `rgb(r, g, b)` or `rgba(r, g, b, a)` as `#rrggbb` (alpha dropped). */
export const hex = (color: string) => {
  const [r, g, b] = color.match(/[\d.]+/g)!.map(Number);
  return `#${[r, g, b].map((n) => Math.round(n!).toString(16).padStart(2, '0')).join('')}`;
};

function luminance(rgb: string): number {
  const [r, g, b] = rgb
    .match(/[\d.]+/g)!
    .slice(0, 3)
    .map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** The WCAG contrast ratio of two opaque `rgb()` colours. */
export const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};
