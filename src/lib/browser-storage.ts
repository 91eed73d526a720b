/**
 * Everything the site keeps in the reader's browser: the one place that names it. The theme scripts
 * (src/components/Head.astro, ThemeSwitcher.astro) and the Listen control (article/Listen.astro) read and write
 * these keys, and the privacy page lists them.
 * The site sets no cookies. Add a key here, with its purpose in src/lib/i18n.ts (`privacy.storage`), before
 * any script stores anything else.
 */
export const STORAGE_KEYS = {
  /** localStorage: "light", "dark" or "green", the theme the reader chose (absent: follow the system). */
  theme: 'theme',
  /** localStorage: the reading speed chosen in the Listen control of an article, one of RATES in speech.ts. */
  speechRate: 'speech-rate',
} as const;

export type StorageKeyName = keyof typeof STORAGE_KEYS;
