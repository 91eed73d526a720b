/** Page models for the unit tests: an article with a reviewer, and the options every kind needs. */
import { site } from '../../src/config/site';
import { pageModel, type AuthorFacts, type PageOptions } from '../../src/lib/page-model';
import type { Tag } from '../../src/lib/publishing';

export const team: AuthorFacts = {
  id: 'care-team',
  name: 'The Care Team',
  kind: 'Organization',
  role: 'Clinical team',
};
export const reviewer: AuthorFacts = {
  id: 'dr-test',
  name: 'Dr Test Reviewer',
  kind: 'Person',
  role: 'Physician',
  credentials: 'MD',
};

/** The article's tags as content/tags.yaml names them. */
export const tags: Tag[] = [
  { id: 'migraine', name: 'Migraine' },
  { id: 'sleep-health', name: 'Sleep Health', description: 'How sleep and headaches affect each other.' },
];

export const post = {
  id: 'sleep-and-migraine',
  body: Array.from({ length: 460 }, () => 'word').join(' '),
  data: {
    title: 'Sleep and migraine: what the studies say',
    shortTitle: 'Sleep and migraine',
    description: 'How sleep and migraine affect each other, and what the research does and does not show.',
    published: new Date('2026-03-02'),
    updated: new Date('2026-04-10'),
    lastReviewed: new Date('2026-04-09'),
    condition: 'Migraine',
    tags: ['migraine', 'sleep-health'],
  },
};

const pagination = { current: 1, last: 2, total: 12 };

export const optionsByKind = {
  home: { kind: 'home' },
  blog: { kind: 'blog', pagination },
  tag: { kind: 'tag', tag: tags[1]!, pagination },
  article: { kind: 'article', post, tags, author: team, reviewer },
  author: { kind: 'author', author: reviewer },
  consult: { kind: 'consult' },
  search: { kind: 'search' },
  'not-found': { kind: 'not-found' },
  content: {
    kind: 'content',
    title: 'Editorial policy',
    description: 'How we write.',
    path: '/editorial-policy/',
  },
} satisfies Record<string, PageOptions>;

export const articlePage = pageModel({ kind: 'article', post, tags, author: team, reviewer }, site);
export const pageOf = (kind: keyof typeof optionsByKind) => pageModel(optionsByKind[kind], site);
