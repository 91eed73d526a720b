/**
 * A page's structured data checked offline by @adobe/structured-data-validator: its Google rich-result checks
 * per type (BreadcrumbList, ListItem, Organization, Person, ImageObject, PeopleAudience…) plus schema.org's own
 * check that every @type is a schema.org type (an error) and every property belongs to its type (a warning).
 *
 * The schema.org vocabulary comes from the copy vendored beside this file (vendor/schemaorg-vocabulary.json, a
 * digest of one schema.org release: its licence note is there too), never from the network.
 */
import { readFileSync } from 'node:fs';
import Validator, { type ValidationIssue } from '@adobe/structured-data-validator';
import BaseValidator from '@adobe/structured-data-validator/src/types/base.js';
import WebAutoExtractor from '@marbec/web-auto-extractor';

export type { ValidationIssue };

interface VocabularyDigest {
  release: string;
  /** Each class with its direct superclasses. */
  classes: Record<string, string[]>;
  /** Each property with the classes it is defined on (schema:domainIncludes). */
  properties: Record<string, string[]>;
}

export const vocabulary: VocabularyDigest = JSON.parse(
  readFileSync(new URL('./vendor/schemaorg-vocabulary.json', import.meta.url), 'utf8'),
);

/** The digest back in the shape schema.org publishes and the validator reads. */
function schemaOrgJsonLd() {
  const ref = (name: string) => ({ '@id': `schema:${name}` });
  return {
    '@graph': [
      ...Object.entries(vocabulary.classes).map(([name, parents]) => ({
        '@id': `schema:${name}`,
        '@type': 'rdfs:Class',
        'rdfs:subClassOf': parents.map(ref),
      })),
      ...Object.entries(vocabulary.properties).map(([name, domains]) => ({
        '@id': `schema:${name}`,
        '@type': 'rdf:Property',
        'schema:domainIncludes': domains.map(ref),
      })),
    ],
  };
}

/**
 * The validator has no handler for articles. Google's Article guidance requires nothing and recommends these;
 * every article of this site has them, so here they are required, with the validator's own wording.
 */
class ArticleValidator extends BaseValidator {
  override getConditions() {
    return [
      this.required('headline', 'string'),
      this.required('image'),
      this.required('datePublished', 'date'),
      this.required('dateModified', 'date'),
      this.required('author'),
    ].map((condition) => condition.bind(this));
  }
}

const ARTICLE_TYPES = ['Article', 'NewsArticle', 'BlogPosting'];
const SCHEMA_ORG = schemaOrgJsonLd();

/** The page's JSON-LD root nodes by type (a @graph split into its nodes), and every issue found in them. */
export async function validateStructuredData(
  html: string,
): Promise<{ rootTypes: string[]; issues: ValidationIssue[] }> {
  const extracted = new WebAutoExtractor({ addLocation: true }).parse(html);
  const rootTypes = Object.keys(extracted.jsonld);
  const validator = new Validator(SCHEMA_ORG);
  for (const type of ARTICLE_TYPES) {
    validator.registeredHandlers[type] = [
      ...(validator.registeredHandlers[type] ?? []),
      async () => ({ default: ArticleValidator }),
    ];
  }
  return { rootTypes, issues: await validator.validate(extracted) };
}

/** One line per issue: severity, where (root type, then property: type), message. */
export function describeIssue(issue: ValidationIssue): string {
  const where = (issue.path ?? [{ type: issue.rootType }])
    .map((step) => (step.property ? `${step.property}: ${step.type ?? '?'}` : String(step.type ?? '?')))
    .join(' > ');
  return `${issue.severity} ${where}: ${issue.issueMessage}`;
}

/** The type of the node an issue is about: the last step of its path. */
export function issueType(issue: ValidationIssue): string | undefined {
  const type = issue.path?.at(-1)?.type;
  return Array.isArray(type) ? type.join(',') : type;
}
