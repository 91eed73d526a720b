/**
 * The components an article may use in its MDX body, without importing them. The content check rejects any other
 * capitalised tag, and `src/components/mdx.ts` must provide exactly these.
 */
export const MDX_COMPONENT_NAMES = ['ConsultCta', 'ResearchSummary', 'Cite'] as const;
export type MdxComponentName = (typeof MDX_COMPONENT_NAMES)[number];
