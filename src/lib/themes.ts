/**
 * The screen themes a reader can choose in the header. Each is a block in src/styles/tokens.css ('light' and
 * 'dark' pin a side of the `:root` block); "system" sets none and follows `prefers-color-scheme`. Kept apart
 * from palette.ts so the browser scripts can read it without the CSS parser.
 */
export const THEMES = ['light', 'dark', 'green'] as const;

export type Theme = (typeof THEMES)[number];

/** What the theme control offers: a theme, or the reader's system setting. */
export type ThemeChoice = 'system' | Theme;
