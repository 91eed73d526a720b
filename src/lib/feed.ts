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

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}

export interface FeedSource {
  citation: string;
  doi: string;
  pmid?: string | undefined;
}

/**
 * What the article page shows after the text, for readers who only ever see the feed: the sources the text
 * cites, the disclosure and the medical disclaimer.
 */
export function feedArticleFooter(
  notes: { disclosure: string; disclaimer: string; crisisLine: string },
  sources: FeedSource[],
): string {
  const list = sources.length
    ? `<h2>Sources</h2><ol>${sources
        .map(
          ({ citation, doi, pmid }) =>
            `<li>${escapeMarkup(citation)} <a href="https://doi.org/${escapeMarkup(doi)}">doi:${escapeMarkup(doi)}</a>${
              pmid
                ? ` · <a href="https://pubmed.ncbi.nlm.nih.gov/${escapeMarkup(pmid)}/">PubMed ${escapeMarkup(pmid)}</a>`
                : ''
            }</li>`,
        )
        .join('')}</ol>`
    : '';
  return `${list}<p><em>${escapeMarkup(notes.disclosure)}</em></p><p><strong>Medical disclaimer.</strong> ${escapeMarkup(
    notes.disclaimer,
  )} ${escapeMarkup(notes.crisisLine)}</p>`;
}
