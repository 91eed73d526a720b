/**
 * Every interface string, one table per language. Components and page models take their words from here, so a
 * Spanish edition is one more table (type-checked against this one), not an edit of every template.
 * Clinic facts (name, phone, disclaimer) are not here: they live in src/config/site.ts.
 */
import type { Lang } from '../config/site';
import type { StorageKeyName } from './browser-storage';
import type { EditorialPageId } from './editorial-pages';
import type { ThemeChoice } from './themes';

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
  theme: {
    label: 'Theme',
    choices: {
      system: 'System',
      light: 'Light',
      dark: 'Dark',
      green: 'Green',
    } satisfies Record<ThemeChoice, string>,
  },
  consult: {
    book: 'Book a consultation',
    call: (phone: string) => `Call ${phone}`,
    firstVisit: 'What happens at a first consultation',
    // The clinic's own sentence about consultations (site.statements.consultation) follows these when given.
    ctaText: 'Ask us whether ketamine therapy could be right for you.',
    bandHeading: 'Wondering if ketamine therapy could help you?',
    bandText: 'Call us or book a consultation to ask whether ketamine therapy could be right for you.',
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
  /** Linked citations (cite): the superscript in the text and the way back from the Sources list. */
  citations: {
    /** The accessible name of a superscript citation: "source 3", not a bare number. */
    source: (n: number) => `source ${n}`,
    /** A ↩ link from a Sources entry to one place that cites it. */
    backTo: (n: number, k: number, total: number) =>
      total === 1
        ? `Back to the text citing source ${n}`
        : `Back to citation ${k} of ${total} of source ${n}`,
  },
  /** The Listen control of every article: the browser reads the article aloud (article/Listen.astro). */
  listen: {
    /** Seen on the button; `listenMore` follows it for screen readers, so the name says what happens. */
    listen: 'Listen',
    listenMore: ' to this article (read aloud by your browser)',
    controls: 'Reading aloud',
    stop: 'Stop',
    previous: 'Previous section',
    next: 'Next section',
    speed: 'Speed',
    rate: (rate: number) => `${rate}×`,
    follow: 'Scroll to what is being read',
    /** Announced politely when the reading changes state. */
    reading: 'Reading aloud.',
    paused: 'Paused.',
    stopped: 'Stopped.',
    finished: 'Finished reading.',
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
  /** The editorial pages (content/pages/): the footer's links to them and the words of their components. */
  editorial: {
    footerHeading: 'About this site',
    links: {
      about: 'About us',
      'editorial-policy': 'Editorial policy',
      'medical-disclaimer': 'Medical disclaimer',
      privacy: 'Privacy',
      accessibility: 'Accessibility',
    } satisfies Record<EditorialPageId, string>,
    fullDisclaimer: 'Read the full medical disclaimer',
    clinic: {
      name: 'Name',
      address: 'Address',
      phone: 'Phone',
      email: 'Email',
      hours: 'Opening hours',
      social: 'Also on',
    },
    storage: {
      caption: 'What this site keeps in your browser',
      key: 'Name',
      place: 'Where',
      purpose: 'What it is for',
      localStorage: 'Local storage',
      purposes: {
        theme:
          'The theme you chose in the “Theme” menu, “light”, “dark” or “green”, so that the next page opens in it. Choosing “System” removes it. It stays until you clear this site’s data in your browser.',
        speechRate:
          'The reading speed you chose in the “Listen” control of an article (for example “1.25”), so that the next article is read at it. Nothing else about your listening is kept. It stays until you clear this site’s data in your browser.',
      } satisfies Record<StorageKeyName, string>,
    },
    hostLogsUnknown:
      'The clinic has not described here what its web host records when a page is requested, or for how long.',
    reviewPolicyHeading: 'How the clinic reviews articles',
    bookingLink: (host: string) => `The “Book a consultation” links lead to ${host}, a separate website:`,
    bookingLinkAfter:
      'what you enter there is handled by that service under its own privacy policy, not by this site.',
  },
  home: { region: (town: string) => `${town}, New Jersey` },
  blog: { intro: 'Articles for patients and families.' },
  author: {
    articles: 'Articles',
    none: 'No published articles yet.',
    latestOf: (shown: number, total: number) =>
      `The latest ${shown} of ${plural(total, 'article', 'articles')}.`,
  },
  /**
   * The consult page. Only what the site itself does or what its sources say: the clinic's own rules (who may be
   * treated, what a first visit involves) are site.statements, shown under these headings only when given.
   */
  consultPage: {
    lead: (clinic: string) =>
      `Call ${clinic} or book a consultation online to ask whether ketamine therapy could be right for you.`,
    reachUs: 'How to reach us',
    address: 'Address:',
    hours: 'Hours:',
    noMedicalEmail: 'Please do not send medical details by email.',
    candidatesHeading: 'Who may be a candidate',
    candidatesIntro: 'Ketamine therapy may be worth discussing if:',
    safetyHeading: 'Before you decide',
    safety:
      'Some health conditions and medicines can make ketamine unsafe. Expert guidelines set out how patients should be selected and monitored for ketamine infusions',
    guidelines: 'Cohen et al., 2018',
    firstVisitHeading: 'What a first consultation involves',
    offLabel:
      'Ketamine is not approved by the FDA to treat migraine or chronic pain; using it for them is off-label. No treatment works for everyone, and we do not promise results.',
  },
  pages: {
    home: (clinic: string, tagline: string) => ({ title: `${clinic}: ${tagline}` }),
    blog: (clinic: string) => ({
      title: 'Our Blog',
      description: `Patient-education articles from ${clinic} on ketamine therapy and the conditions it is used for`,
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
      description: `How to reach ${clinic} by phone or online to book a consultation about ketamine therapy, and what to know first.`,
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
