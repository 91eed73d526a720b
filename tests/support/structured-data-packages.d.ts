/** Types for the two untyped packages that validate a page's structured data (tests only). */

declare module '@marbec/web-auto-extractor' {
  export interface ExtractorError {
    message: string;
    format: string;
    source?: string;
    sourceCodeLocation?: { startOffset?: number; endOffset?: number };
  }
  /** Root items keyed by their @type: a JSON-LD @graph is split into its nodes. */
  export interface Extracted {
    jsonld: Record<string, Record<string, unknown>[]>;
    microdata: Record<string, Record<string, unknown>[]>;
    rdfa: Record<string, Record<string, unknown>[]>;
    errors: ExtractorError[];
  }
  export default class WebAutoExtractor {
    constructor(options?: { addLocation?: boolean; embedSource?: boolean | string[] });
    parse(html: string): Extracted;
  }
}

declare module '@adobe/structured-data-validator' {
  import type { Extracted } from '@marbec/web-auto-extractor';

  export interface PathStep {
    type?: string | string[];
    index?: number;
    length?: number;
    property?: string;
  }
  export interface ValidationIssue {
    issueMessage: string;
    severity: 'ERROR' | 'WARNING';
    rootType: string;
    dataFormat: string;
    path?: PathStep[];
    fieldNames?: string[];
    location?: string;
    source?: string;
    errorType?: string;
  }
  /** What a handler gets: it is built once per typed node and returns that node's issues. */
  export interface HandlerOptions {
    dataFormat: string;
    path: PathStep[];
    type: string;
    schemaOrgJson?: object;
  }
  export type Handler = () => Promise<{
    default: new (options: HandlerOptions) => { validate(data: Record<string, unknown>): unknown[] };
  }>;
  export default class Validator {
    /** The schema.org vocabulary as JSON-LD: nodes typed rdfs:Class and rdf:Property in an @graph. */
    constructor(schemaOrgJson?: object);
    registeredHandlers: Record<string, Handler[]>;
    validate(extracted: Extracted): Promise<ValidationIssue[]>;
  }
}

declare module '@adobe/structured-data-validator/src/types/base.js' {
  import type { HandlerOptions, PathStep } from '@adobe/structured-data-validator';

  type Condition = (data: Record<string, unknown>) => unknown;
  export default class BaseValidator {
    constructor(options: HandlerOptions);
    path: PathStep[];
    getConditions(data: Record<string, unknown>): Condition[];
    validate(data: Record<string, unknown>): unknown[];
    required(name: string, type?: string, ...options: unknown[]): Condition;
    recommended(name: string, type?: string, ...options: unknown[]): Condition;
  }
}
