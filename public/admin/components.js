// The article components as blocks of the browser editor (Sveltia CMS), written back exactly as the MDX the site
// reads (src/lib/mdx-components.ts, AUTHORING.md "Components"). A classic script: it runs right after
// sveltia-cms.js, before the editor starts.
/* global CMS */
const attr = (value) => String(value).replaceAll('&', '&amp;').replaceAll('"', '&quot;');
const unattr = (value) => String(value).replaceAll('&quot;', '"').replaceAll('&amp;', '&');

// <ConsultCta />, <ConsultCta heading="…" />, <ConsultCta>words</ConsultCta>, or the words on their own lines
// between blank lines. `layout` remembers which, so saving an article leaves the block as it was written.
CMS.registerEditorComponent({
  id: 'consult-cta',
  label: 'Call to action (consult)',
  icon: 'campaign',
  fields: [
    {
      name: 'heading',
      label: 'Heading (leave empty for "Consult a provider")',
      widget: 'string',
      required: false,
    },
    {
      name: 'text',
      label: 'Your words (leave empty for the standard words)',
      widget: 'text',
      required: false,
    },
    { name: 'layout', widget: 'hidden', default: 'block' },
  ],
  pattern:
    /^<ConsultCta(?: heading="(?<heading>[^"]*)")?(?: \/>|>(?<open>\n\n)?(?<text>[\s\S]*?)(?:\n\n)?<\/ConsultCta>)$/m,
  fromBlock: (match) => ({
    heading: match.groups?.heading ? unattr(match.groups.heading) : '',
    text: match.groups?.text ?? '',
    layout: match.groups?.open || match.groups?.text === undefined ? 'block' : 'inline',
  }),
  toBlock: ({ heading, text, layout }) => {
    const open = heading ? `<ConsultCta heading="${attr(heading)}"` : '<ConsultCta';
    const words = (text ?? '').trim();
    if (!words) return `${open} />`;
    return layout === 'inline' && !words.includes('\n')
      ? `${open}>${words}</ConsultCta>`
      : `${open}>\n\n${words}\n\n</ConsultCta>`;
  },
  toPreview: ({ heading, text }) =>
    `<aside><strong>${heading || 'Consult a provider'}</strong><p>${text || '(the standard words)'}</p></aside>`,
});

CMS.registerEditorComponent({
  id: 'research-summary',
  label: 'Research box',
  icon: 'science',
  fields: [{ name: 'body', label: 'What the research says', widget: 'markdown' }],
  pattern: /^<ResearchSummary>\n\n(?<body>[\s\S]*?)\n\n<\/ResearchSummary>$/m,
  fromBlock: (match) => ({ body: match.groups?.body ?? '' }),
  toBlock: ({ body }) => `<ResearchSummary>\n\n${(body ?? '').trim()}\n\n</ResearchSummary>`,
  toPreview: ({ body }) => `<aside>${body ?? ''}</aside>`,
});

// A citation sits inside a sentence: the pattern has no anchors, so it is found mid-paragraph.
CMS.registerEditorComponent({
  id: 'cite',
  label: 'Citation',
  icon: 'format_quote',
  fields: [
    {
      name: 'id',
      label: 'Source',
      widget: 'relation',
      collection: 'references',
      value_field: '{{slug}}',
      search_fields: ['citation'],
      display_fields: ['citation'],
    },
  ],
  pattern: /<Cite id="(?<id>[a-z0-9-]+)" \/>/,
  fromBlock: (match) => ({ id: match.groups?.id ?? '' }),
  toBlock: ({ id }) => `<Cite id="${id}" />`,
  toPreview: ({ id }) => `<sup>[${id}]</sup>`,
});

// New articles start as drafts. (A `default: true` on the field would also be written into every existing
// article without a draft line when it is saved, unpublishing it: so new entries only, here.)
CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }) => {
    if (entry.get('collection') !== 'blog' || !entry.get('newRecord')) return undefined;
    return entry.setIn(['data', 'draft'], true);
  },
});
