/** Structured data: one schema.org @graph per page, its nodes linked by @id. */
// The *Leaf types name one schema.org class each; the plain names are unions of every subclass, which makes
// type-checking these literals several seconds slower for no extra safety.
import type {
  BlogPostingLeaf as BlogPosting,
  BreadcrumbListLeaf as BreadcrumbList,
  CorrectionCommentLeaf as CorrectionComment,
  Graph,
  IdReference,
  ImageObjectLeaf as ImageObject,
  ListItemLeaf as ListItem,
  MedicalClinicLeaf as MedicalClinic,
  MedicalConditionLeaf as MedicalCondition,
  MedicalWebPageLeaf as MedicalWebPage,
  OrganizationLeaf as Organization,
  PersonLeaf as Person,
  ProfilePageLeaf as ProfilePage,
  ScholarlyArticleLeaf as ScholarlyArticle,
  Thing,
  WebPageLeaf as WebPage,
  WebSiteLeaf as WebSite,
} from 'schema-dts';
import type { SiteConfig } from '../config/site';
import { isoDate } from './dates';
import { EDITORIAL_POLICY_PAGE } from './editorial-pages';
import { ui } from './i18n';
import type { ArticlePage, AuthorFacts, CitedWork, Page } from './page-model';
import { articleImagePaths } from './share-cards';
import { absoluteUrl, doiUrl, paths, pubmedUrl } from './urls';

/** A link to another node of the graph; typed so the checker need not try every class it could name. */
const ref = (id: string): IdReference => ({ '@id': id });

function ids(site: SiteConfig) {
  const url = (path: string) => absoluteUrl(path, site.url);
  return {
    clinic: `${url('/')}#clinic`,
    website: `${url('/')}#website`,
    logo: `${url('/')}#logo`,
    page: (path: string) => `${url(path)}#webpage`,
    breadcrumb: (path: string) => `${url(path)}#breadcrumb`,
    article: (path: string) => `${url(path)}#article`,
    author: (id: string) => `${url(paths.author(id))}#author`,
  };
}

function logoNode(site: SiteConfig): ImageObject {
  return {
    '@type': 'ImageObject',
    '@id': ids(site).logo,
    url: absoluteUrl(paths.logo, site.url),
    width: '512',
    height: '512',
  };
}

/**
 * The publisher as embedded in an article. Google merges nodes that share an @id, but simpler readers
 * only look inside the article, so name and logo are repeated here.
 */
function publisherRef(site: SiteConfig): MedicalClinic {
  return { '@type': 'MedicalClinic', '@id': ids(site).clinic, name: site.name, logo: logoNode(site) };
}

function clinicNode(site: SiteConfig): MedicalClinic {
  const url = (path: string) => absoluteUrl(path, site.url);
  return {
    '@type': 'MedicalClinic',
    '@id': ids(site).clinic,
    name: site.name,
    slogan: site.tagline,
    url: url('/'),
    logo: logoNode(site),
    image: url(paths.shareImage('site')),
    telephone: site.phone.e164,
    email: site.email,
    address: {
      '@type': 'PostalAddress',
      streetAddress: site.address.street,
      addressLocality: site.address.locality,
      addressRegion: site.address.region,
      postalCode: site.address.postalCode,
      addressCountry: site.address.country,
    },
    ...(site.hours && {
      openingHoursSpecification: site.hours.map((h) => ({
        '@type': 'OpeningHoursSpecification' as const,
        dayOfWeek: h.days,
        opens: h.opens,
        closes: h.closes,
      })),
    }),
    sameAs: site.social.map((s) => s.url),
    publishingPrinciples: url(paths.page(EDITORIAL_POLICY_PAGE)),
    potentialAction: { '@type': 'ReserveAction', target: site.bookingUrl, name: ui(site.lang).consult.book },
  };
}

function websiteNode(site: SiteConfig): WebSite {
  return {
    '@type': 'WebSite',
    '@id': ids(site).website,
    url: absoluteUrl('/', site.url),
    name: site.name,
    description: site.description,
    inLanguage: site.lang,
    publisher: ref(ids(site).clinic),
  };
}

function breadcrumbNode(page: Page, site: SiteConfig): BreadcrumbList {
  return {
    '@type': 'BreadcrumbList',
    '@id': ids(site).breadcrumb(page.path),
    itemListElement: page.crumbs.map((crumb, index): ListItem => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.path, site.url),
    })),
  };
}

function authorNode(author: AuthorFacts, site: SiteConfig): Person | Organization {
  const base = {
    '@id': ids(site).author(author.id),
    name: author.name,
    url: absoluteUrl(paths.author(author.id), site.url),
  };
  if (author.kind === 'Organization') {
    return { '@type': 'Organization', ...base, parentOrganization: ref(ids(site).clinic) };
  }
  const person: Person = {
    '@type': 'Person',
    ...base,
    jobTitle: author.role,
    worksFor: ref(ids(site).clinic),
  };
  if (author.credentials) person.honorificSuffix = author.credentials;
  return person;
}

/** A trail needs at least two steps; the home page has none. */
const hasTrail = (page: Page) => page.crumbs.length >= 2;

function pageNode(page: Page, site: SiteConfig): WebPage | ProfilePage | MedicalWebPage {
  const id = ids(site);
  const base = {
    '@id': id.page(page.path),
    url: absoluteUrl(page.path, site.url),
    name: page.title,
    description: page.description,
    inLanguage: page.lang,
    isPartOf: ref(id.website),
    ...(hasTrail(page) && { breadcrumb: ref(id.breadcrumb(page.path)) }),
    primaryImageOfPage: { '@type': 'ImageObject' as const, url: absoluteUrl(page.image.path, site.url) },
  };
  switch (page.kind) {
    case 'author':
      return {
        '@type': 'ProfilePage',
        ...base,
        mainEntity: authorNode(page.profile, site),
      } satisfies ProfilePage;
    case 'article': {
      const { article } = page;
      const medical: MedicalWebPage = {
        '@type': 'MedicalWebPage',
        ...base,
        audience: { '@type': 'PeopleAudience', audienceType: 'Patient' },
      };
      if (article.condition) {
        const condition: MedicalCondition = { '@type': 'MedicalCondition', name: article.condition };
        medical.about = condition;
      }
      if (article.reviewer) medical.reviewedBy = ref(id.author(article.reviewer.id));
      if (article.lastReviewed) medical.lastReviewed = isoDate(article.lastReviewed);
      return medical;
    }
    default:
      return { '@type': 'WebPage', ...base } satisfies WebPage;
  }
}

function articleNode(page: ArticlePage, site: SiteConfig): BlogPosting {
  const id = ids(site);
  const { article } = page;
  return {
    '@type': 'BlogPosting',
    '@id': id.article(page.path),
    headline: page.title,
    description: page.description,
    image: articleImagePaths(article.id).map((path) => absoluteUrl(path, site.url)),
    datePublished: isoDate(article.published),
    dateModified: isoDate(article.modified),
    author: authorNode(article.author, site),
    publisher: publisherRef(site),
    mainEntityOfPage: ref(id.page(page.path)),
    isPartOf: ref(id.website),
    inLanguage: page.lang,
    keywords: article.tags.map((tag) => tag.name).join(', '),
    articleSection: article.section,
    wordCount: article.wordCount,
    ...(article.citations.length > 0 && { citation: article.citations.map(scholarlyArticleNode) }),
    ...(article.corrections.length > 0 && { correction: article.corrections.map(correctionNode) }),
  };
}

/** A cited work: its DOI as the identifier and, as a URL, the same work elsewhere; its PubMed record too. */
function scholarlyArticleNode({ citation, doi, pmid }: CitedWork): ScholarlyArticle {
  return {
    '@type': 'ScholarlyArticle',
    name: citation,
    identifier: [
      { '@type': 'PropertyValue', propertyID: 'DOI', value: doi },
      ...(pmid ? [{ '@type': 'PropertyValue' as const, propertyID: 'PMID', value: pmid }] : []),
    ],
    sameAs: [doiUrl(doi), ...(pmid ? [pubmedUrl(pmid)] : [])],
  };
}

/** schema.org's own property for a correction: what changed, and when. */
function correctionNode({ date, note }: { date: Date; note: string }): CorrectionComment {
  return { '@type': 'CorrectionComment', text: note, datePublished: isoDate(date) };
}

/** A reviewer who is not also the author gets a node of their own, for the page's reviewedBy to point at. */
function reviewerNodes(page: Page, site: SiteConfig): Thing[] {
  if (page.kind !== 'article') return [];
  const { author, reviewer } = page.article;
  return reviewer && reviewer.id !== author.id ? [authorNode(reviewer, site)] : [];
}

export function pageGraph(page: Page, site: SiteConfig): Graph {
  const nodes: Thing[] = [
    websiteNode(site),
    clinicNode(site),
    pageNode(page, site),
    ...(hasTrail(page) ? [breadcrumbNode(page, site)] : []),
    ...(page.kind === 'article' ? [articleNode(page, site)] : []),
    ...reviewerNodes(page, site),
  ];
  return { '@context': 'https://schema.org', '@graph': nodes };
}

/** Safe inside <script>: no "</script>" or HTML comment can close it early. */
export function serializeGraph(graph: Graph): string {
  return JSON.stringify(graph).replace(/</g, '\\u003c');
}
