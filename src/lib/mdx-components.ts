export const MDX_COMPONENT_NAMES = ['ConsultCta', 'ResearchSummary'] as const;
export type MdxComponentName = (typeof MDX_COMPONENT_NAMES)[number];
