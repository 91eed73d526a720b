/** The components an article can use in MDX without importing them: one for each name the content check allows. */
import type { MdxComponentName } from '../lib/mdx-components';
import ConsultCta from './ArticleConsultCta.astro';
import Cite from './article/Cite.astro';
import ResearchSummary from './article/ResearchSummary.astro';

export const mdxComponents = { ConsultCta, ResearchSummary, Cite } satisfies Record<
  MdxComponentName,
  unknown
>;
