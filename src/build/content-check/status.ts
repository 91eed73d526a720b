export type { ArticleStatus } from '../../lib/publishing.ts';
