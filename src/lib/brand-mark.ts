/**
 * The brand mark (favicon, app icons, the logo in structured data): a sun rising over the horizon,
 * drawn in the light palette so that it reads the same on any browser chrome.
 */
import { palette, type Palette } from './palette';

export function brandMarkSvg(colors: Palette = palette('light')): string {
  const { accent, paper, sun } = colors;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">` +
    `<rect width="64" height="64" rx="14" fill="${accent}"/>` +
    `<path d="M14 40a18 18 0 0 1 36 0z" fill="${paper}"/>` +
    `<path d="M10 46h44M18 52h28" stroke="${paper}" stroke-width="4" stroke-linecap="round"/>` +
    `<path d="M32 10v6M15 17l4 4M49 17l-4 4" stroke="${sun}" stroke-width="4" stroke-linecap="round"/>` +
    `</svg>\n`
  );
}
