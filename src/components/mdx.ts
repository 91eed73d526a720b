/** The components an article can use in MDX without importing them. */
import ConsultCta from './ConsultCta.astro';
import ResearchSummary from './article/ResearchSummary.astro';

export const mdxComponents = { ConsultCta, ResearchSummary };
