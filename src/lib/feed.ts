/** Feed readers show content away from the site, so every link and image in it must be absolute. */
export function absolutizeUrls(html: string, siteUrl: string): string {
  return html.replace(
    /\s(href|src|srcset|poster)="(\/(?!\/)[^"]*)"/g,
    (_match, attribute: string, path: string) => ` ${attribute}="${new URL(path, `${siteUrl}/`).href}"`,
  );
}

/** Page-only chrome (the CTA's id, inline scripts) that a feed reader cannot use. */
export function stripScripts(html: string): string {
  return html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '');
}
