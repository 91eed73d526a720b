// Placeholder with the signature of issue 12's plan, until the body check (owned by the body helper) lands.
import type { ArticleStatus } from './status.ts';
import type { Problem } from './problem.ts';

export interface BodyInput {
  file: string;
  body: string;
  bodyLine: number;
  status: ArticleStatus;
}
export interface BodyContext {
  resolvePath(path: string): 'public' | 'unpublished' | 'missing';
  readingGradeMax: number;
}
export interface BodyImage {
  src: string;
  alt: string;
  line: number;
  column: number;
}
export interface BodyReport {
  problems: Problem[];
  images: BodyImage[];
}
export function checkBody(input: BodyInput, context: BodyContext): BodyReport {
  void input;
  void context;
  return { problems: [], images: [] };
}
