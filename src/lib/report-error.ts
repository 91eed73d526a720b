/**
 * The "Report an error" link of an article: a mailto: address (RFC 6068) to the clinic's editorial address, its
 * subject carrying the article's title and its body asking for no health details. Pure: unit-tested.
 */
import type { Lang } from '../config/site';
import { ui } from './i18n';

/** RFC 6068: every header value percent-encoded as UTF-8; a space is %20 (never +), a line break %0D%0A. */
const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));

/** The link for one article, or undefined when the clinic has not configured an editorial address. */
export function reportErrorHref(
  address: string | undefined,
  article: { title: string; url: string },
  lang: Lang,
): string | undefined {
  if (!address) return undefined;
  const t = ui(lang).corrections;
  const at = address.lastIndexOf('@');
  const to = `${encodeURIComponent(address.slice(0, at))}@${address.slice(at + 1)}`;
  const subject = encode(t.reportSubject(article.title));
  const body = encode(t.reportBody(article.title, article.url));
  return `mailto:${to}?subject=${subject}&body=${body}`;
}
