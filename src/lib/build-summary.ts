/** The lines that end a production build, for editors: what went out, and what was held back and until when. */
export interface SummaryArticle {
  file: string;
  title: string;
  status: 'published' | 'draft' | 'scheduled';
  /** YYYY-MM-DD, as written in the frontmatter. */
  published: string;
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function buildSummary(articles: readonly SummaryArticle[]): string[] {
  const byFile = (a: SummaryArticle, b: SummaryArticle) => a.file.localeCompare(b.file);
  const published = articles.filter((article) => article.status === 'published');
  const drafts = articles.filter((article) => article.status === 'draft').sort(byFile);
  const scheduled = articles
    .filter((article) => article.status === 'scheduled')
    .sort((a, b) => a.published.localeCompare(b.published) || byFile(a, b));
  const lines = [`${count(published.length, 'article', 'articles')} published.`];
  if (drafts.length) {
    lines.push(`${count(drafts.length, 'draft', 'drafts')} held back (remove \`draft: true\` to publish):`);
    lines.push(...drafts.map((draft) => `  ${draft.file} — “${draft.title}”`));
  }
  if (scheduled.length) {
    lines.push(
      scheduled.length === 1
        ? '1 scheduled article held back until its date (it goes live with the first build on or after it):'
        : `${scheduled.length} scheduled articles held back until their date (each goes live with the first build on or after it):`,
    );
    lines.push(
      ...scheduled.map((post) => `  ${post.file} — “${post.title}” — publishes on ${post.published}`),
    );
  }
  return lines;
}
