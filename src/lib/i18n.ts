/**
 * Every interface string, one table per language. Components and page models take their words from here, so a
 * Spanish edition is one more table (type-checked against this one), not an edit of every template.
 * Clinic facts (name, phone, disclaimer) are not here: they live in src/config/site.ts.
 */
import type { Lang } from '../config/site';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

const enUS = {
  skipToContent: 'Skip to content',
  nav: {
    label: 'Main',
    home: 'Home',
    blog: 'Our Blog',
    consult: 'Consult a provider',
    search: 'Search',
    breadcrumb: 'Breadcrumb',
  },
  theme: { toggle: 'Dark theme' },
  consult: {
    book: 'Book a consultation',
    call: (phone: string) => `Call ${phone}`,
    firstVisit: 'What happens at a first consultation',
    ctaText:
      'Talk with our clinical team about whether ketamine therapy could be right for you. A consultation carries no obligation to start treatment.',
    bandHeading: 'Wondering if ketamine therapy could help you?',
    bandText:
      'Our clinical team will listen, look at what you have already tried, and tell you honestly whether treatment makes sense for you.',
    cardHeading: 'Talk with our team',
  },
  footer: {
    hours: 'Hours',
    explore: 'Explore',
    feed: 'RSS feed',
    disclaimer: 'Medical disclaimer.',
  },
  lists: {
    latest: 'Latest articles',
    related: 'Related articles',
    allArticles: 'All articles in Our Blog',
    readArticles: 'Read our articles',
    topics: 'Topics',
    browseTopics: 'Browse by topic',
    draft: 'Draft',
    pages: 'Pages',
    newer: 'Newer articles',
    older: 'Older articles',
    pageNumber: (n: number) => `Page ${n}`,
    articleCount: (n: number) => plural(n, 'article', 'articles'),
  },
  article: {
    writtenBy: 'Written by',
    reviewedBy: 'Medically reviewed by',
    reviewedOn: 'on',
    published: 'Published',
    updated: 'Updated',
    readingTime: 'Reading time',
    minutesToRead: (minutes: number) => `${minutes} min read`,
    tocHeading: 'On this page',
    tocLabel: 'Table of contents',
    disclaimerHeading: 'Medical disclaimer',
    sourcesHeading: 'Sources',
    pubmed: 'PubMed',
    printedFrom: (url: string, clinic: string) => `Printed from ${url}. Questions? Call ${clinic} at`,
    shareCardKicker: 'Patient education',
  },
  /** Corrections, review dates and the "Report an error" link of every article. */
  corrections: {
    label: 'Corrections',
    updated: 'Updated',
    nextReview: 'Next review due',
    reportLink: 'Report an error',
    reportHint: 'Spotted a mistake in this article?',
    reportNote: 'Your email app opens. Please leave out any health details.',
    reportSubject: (title: string) => `Error in the article: ${title}`,
    reportBody: (title: string, url: string) =>
      [
        `Article: ${title}`,
        url,
        '',
        'What is wrong, and where (quote the sentence if you can):',
        '',
        '',
        'Please do not write any health details about yourself or anyone else: this address is only for corrections to the article, not for medical questions. In an emergency, call 911.',
      ].join('\n'),
  },
  /** The banner over a draft or a scheduled article, shown only in the editors' preview (`npm run dev`). */
  preview: {
    draft: 'Draft — not published',
    draftNote: 'Only this preview shows it. Set draft: false when it is ready to publish.',
    scheduled: (date: string) => `Scheduled for ${date}`,
    scheduledNote:
      'Only this preview shows it until then: the first build on or after that day publishes it.',
  },
  share: {
    heading: 'Share this article',
    native: 'Share…',
    copy: 'Copy link',
    copied: 'Link copied.',
    copyFallback: 'Copy this link:',
    email: 'Email',
    on: (network: string) => `Share on ${network}`,
  },
  search: {
    label: 'Words to look for',
    submit: 'Search',
    noScript: 'Search needs JavaScript. You can browse every article in',
    noScriptAfter: 'instead.',
    searching: 'Searching…',
    none: 'No articles mention “{query}”.',
    found: '{count} found for “{query}”.',
    foundMore: '{count} found for “{query}”; showing the {shown} best matches.',
    unavailable: 'Search is not available right now. Please browse Our Blog instead.',
    one: 'article',
    many: 'articles',
  },
  notFound: {
    heading: 'We couldn’t find that page',
    text: 'The link may be old, or the address may have a typo. Here are some places to go instead.',
    homeLink: 'Home page',
    orCall: 'or call',
  },
  home: { region: (town: string) => `${town}, New Jersey` },
  blog: { intro: 'Plain-language articles for patients and families, with the research behind them.' },
  author: { articles: 'Articles', none: 'No published articles yet.' },
  pages: {
    home: (clinic: string, tagline: string) => ({ title: `${clinic}: ${tagline}` }),
    blog: (clinic: string) => ({
      title: 'Our Blog',
      description: `Articles from ${clinic} on ketamine therapy, migraine, depression and chronic pain, written for patients`,
    }),
    tag: (tag: string, count: number, clinic: string) => ({
      title: `Topic: ${tag}`,
      description: `${plural(count, 'article', 'articles')} from ${clinic} on the topic “${tag}”: patient education on ketamine therapy and the conditions it may help`,
    }),
    author: (name: string, role: string, clinic: string) => ({
      description: `${name} (${role}) at ${clinic}: who they are and the patient-education articles they wrote or reviewed.`,
    }),
    consult: (clinic: string) => ({
      title: 'Consult a provider',
      description: `Book a consultation with ${clinic}: who may be a candidate for ketamine therapy, what a first visit involves, and how to reach us.`,
    }),
    search: (clinic: string) => ({
      title: 'Search articles',
      description: `Search every ${clinic} article for a word or a question: migraine, infusions, side effects, esketamine and more.`,
    }),
    notFound: (clinic: string) => ({
      title: 'Page not found',
      description: `The page you asked for is not on the ${clinic} website. Find our articles, or contact the clinic.`,
    }),
    pageSuffix: (current: number, last: number) => ` (page ${current} of ${last})`,
    siteCardTagline: (town: string) => `Ketamine therapy in ${town}, New Jersey`,
    feedTitle: (clinic: string) => `${clinic}: articles`,
  },
};

export type UiStrings = typeof enUS;

const tables: Record<Lang, UiStrings> = { 'en-US': enUS };

export function ui(lang: Lang): UiStrings {
  return tables[lang];
}

/** Fills `{name}` slots in a string, for messages that client scripts complete at run time. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) =>
    name in values ? String(values[name]) : slot,
  );
}

/** Open Graph writes languages as en_US. */
export function ogLocale(lang: Lang): string {
  return lang.replace('-', '_');
}
