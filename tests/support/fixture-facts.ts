/**
 * What the fixture site (tests/fixtures/site/) holds, written once: tests compare the build with these
 * known values, never one built value with another.
 */
export const REVIEWED = {
  path: '/blog/reviewed-article/',
  slug: 'reviewed-article',
  title: 'Ketamine for Cluster Headache: A Fixture Article With Everything',
  shortTitle: 'Cluster Headache Fixture',
  published: '2026-02-10',
  publishedText: 'February 10, 2026',
  updated: '2026-03-05',
  updatedText: 'March 5, 2026',
  lastReviewed: '2026-03-01',
  lastReviewedText: 'March 1, 2026',
  /** Set in its frontmatter (the configuration holds no review interval). */
  nextReview: '2027-03-01',
  nextReviewText: 'March 1, 2027',
  /** Its one correction, on its updated day. */
  correction: {
    date: '2026-03-05',
    text: 'March 5, 2026',
    note: 'Corrected the number of fixture patients in the research box.',
  },
  condition: 'Cluster headache',
  /** Ids (addresses) and the names tests/fixtures/site/tags.yaml gives them. */
  tags: [
    { id: 'migraine', name: 'Migraine' },
    { id: 'ketamine-therapy', name: 'Ketamine therapy' },
  ],
  /** Its `closing:` words, in the consult section the layout ends it with. */
  closing: 'Ask our team whether this is right for you. Relief could be closer than you think.',
  /** The words of the <ConsultCta> in its text, an extra box mid-article. */
  ctaInText: 'ask our team about any of these risks before you book',
  reviewer: { name: 'Test Reviewer', credentials: 'MD (test fixture)', path: '/authors/test-reviewer/' },
  image: { alt: 'A sunlit window in a quiet room' },
  inlineImage: { alt: 'A quiet treatment room, drawn for the fixture' },
  /** In order of first use in the text; the trial is cited twice (two ↩ links), the review once. */
  sources: [
    {
      id: 'fixture-trial',
      citedTimes: 2,
      doi: '10.5555/fixture.trial.2025',
      pmid: '99999901',
      finding: 'A fixture finding: twelve of twenty imaginary patients reported fewer attacks',
    },
    {
      id: 'fixture-review',
      citedTimes: 1,
      doi: '10.5555/fixture.review.2024',
      finding: 'A fixture finding: side effects were mostly brief',
    },
  ],
  h2: ['What Cluster Headaches Are', 'Risks to Know', 'What the Research Says', 'Final Fixture Thoughts'],
  h3: ['The First Phase', 'The Second Phase'],
  lastSection: { id: 'final-fixture-thoughts', text: 'Final Fixture Thoughts' },
  /** A word only this article uses, for search. */
  searchWord: 'quillwort',
  phrases: ['Cluster headaches come in bouts', 'Raised blood pressure during the infusion'],
} as const;

/** An article with only the required fields: published, never updated, no reviewer, no sources. */
export const MINIMAL = {
  path: '/blog/minimal-article/',
  published: '2026-01-20',
  tags: [{ id: 'migraine', name: 'Migraine' }],
} as const;

/** The fixture tag with a description (tests/fixtures/site/tags.yaml). */
export const MIGRAINE_TAG = {
  path: '/blog/tags/migraine/',
  name: 'Migraine',
  description: 'A fixture description of the migraine topic, shown on its tag page.',
} as const;

export const LONG_TITLE = { slug: 'long-title' } as const;

/** Published articles in the fixture site: 3 + 9 fillers, so Our Blog has a second page of 2. */
export const PUBLISHED_COUNT = 12;
export const POSTS_PER_PAGE = 10;

/** Words, paths and tags only the draft and the scheduled post carry: none may appear in the build. */
export const UNPUBLISHED = {
  words: ['zebrafish', 'okapi', 'Draft article about a secret topic', 'Scheduled article'],
  tags: ['draft-only-tag', 'future-only-tag', 'Draft-only topic', 'Future-only topic'],
  paths: ['/blog/draft/', '/blog/future/'],
  files: ['blog/draft', 'blog/future', 'blog/tags/draft-only-tag', 'og/blog/draft.png', 'og/blog/future.png'],
} as const;

/** The editorial pages of tests/fixtures/site/pages/, by id (their address is /<id>/). */
export const EDITORIAL = {
  about: {
    title: 'About the Fixture Clinic',
    description:
      'A fixture about page: the clinic from the configuration, with its address, phone, email and opening hours, for the tests.',
  },
  'editorial-policy': {
    title: 'Fixture Editorial Policy',
    description:
      'A fixture editorial policy: how the fixture articles are sourced and dated, and the review policy only when it is configured.',
  },
  'medical-disclaimer': {
    title: 'Fixture Medical Disclaimer',
    description:
      'A fixture medical disclaimer page: the full disclaimer, the disclosure and the crisis line, all from the configuration.',
  },
  privacy: {
    title: 'Fixture Privacy',
    description:
      'A fixture privacy page: no cookies, no analytics, the browser storage keys from the code, the host logs and the booking link.',
  },
  accessibility: {
    title: 'Fixture Accessibility',
    description:
      'A fixture accessibility page: the WCAG 2.2 AA target, what is tested, known limits and how to report a problem by email.',
  },
} as const;
