/**
 * How the editor shows each field of each collection: label, widget and hints, in the order the files write
 * them (Sveltia saves keys in this order, so matching the articles keeps a save's diff small). Whether a field
 * is required is not written here: editor-config.ts takes it from the content schema.
 */

/** A Sveltia field definition (the part this site uses; see @sveltia/cms types/public.d.ts). */
export interface Widget {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  fields?: Widget[];
  [option: string]: unknown;
}

/** Sveltia's date widget, writing an unquoted YYYY-MM-DD that YAML reads as a date (FINDINGS §3). */
const date = (name: string, label: string, hint?: string): Widget => ({
  name,
  label,
  widget: 'datetime',
  type: 'date',
  format: 'YYYY-MM-DD',
  ...(hint && { hint }),
});

const relation = (
  name: string,
  label: string,
  collection: string,
  display: string,
  multiple = false,
): Widget => ({
  name,
  label,
  widget: 'relation',
  collection,
  value_field: '{{slug}}',
  search_fields: [display],
  display_fields: [display],
  ...(multiple && { multiple: true }),
});

/** The tags of content/tags.yaml as choices: that file is an id → name map, which a relation cannot read. */
export interface TagChoice {
  id: string;
  name: string;
}

const HEIC_ADVICE =
  'iPhone photos in HEIC: open them in Preview on a Mac and choose File → Export → JPEG, or set the iPhone to ' +
  'Settings → Camera → Formats → Most Compatible.';

/** What staff need to know before choosing a photo (the content check refuses HEIC with the same advice). */
const PHOTO_HINT =
  'A JPEG or PNG photo (not an iPhone HEIC). It is saved as WebP, without what the phone records in it, ' +
  'such as where it was taken.';

/** Any letter case: photo names keep the case the camera gave them (IMG_0001.JPG). */
const caseless = (text: string) => text.replace(/[a-z]/g, (letter) => `[${letter}${letter.toUpperCase()}]`);

/**
 * Photo names the site can build. The file dialog offers only JPEG and PNG, but a photo dropped on the field
 * (an iPhone's HEIC) is taken as it is: the editor then refuses to save, with this advice.
 */
export const PHOTO_PATTERN: [string, string] = [
  `\\.(${['jpe?g', 'png', 'webp', 'avif', 'gif'].map(caseless).join('|')})$`,
  `The site cannot show this kind of photo: use a JPEG or PNG. ${HEIC_ADVICE}`,
];

export function articleWidgets(tags: readonly TagChoice[]): Widget[] {
  return [
    { name: 'title', label: 'Title', widget: 'string', maxlength: 110 },
    {
      name: 'shortTitle',
      label: 'Short title',
      widget: 'string',
      maxlength: 60,
      hint: 'A few words for the breadcrumbs. Leave empty to use the title.',
    },
    {
      name: 'description',
      label: 'Description',
      widget: 'text',
      minlength: 50,
      maxlength: 160,
      hint: 'The summary shown under the title and in search results: 50 to 160 characters.',
    },
    date('published', 'Published'),
    date('updated', 'Updated', 'Fill in when you change what the article says.'),
    relation('author', 'Author', 'authors', 'name'),
    relation('reviewer', 'Reviewer', 'authors', 'name'),
    date('lastReviewed', 'Last reviewed', 'The day the reviewer checked the article (needs a reviewer).'),
    date('nextReview', 'Next review', 'Needs a reviewer and a last-reviewed date.'),
    { name: 'condition', label: 'Condition', widget: 'string' },
    {
      name: 'tags',
      label: 'Tags',
      widget: 'select',
      multiple: true,
      min: 1,
      options: tags.map(({ id, name }) => ({ label: name, value: id })),
      hint: 'At least one. A new tag is added by the site developer to content/tags.yaml.',
    },
    {
      name: 'closing',
      label: 'Closing words',
      widget: 'text',
      hint: 'Leave empty for the standard closing words.',
    },
    {
      name: 'image',
      label: 'Cover photo',
      widget: 'object',
      fields: [
        {
          name: 'src',
          label: 'Photo',
          widget: 'image',
          accept: 'image/jpeg,image/png',
          // An address elsewhere cannot be built: the site's photos live next to the article.
          choose_url: false,
          pattern: PHOTO_PATTERN,
          hint: PHOTO_HINT,
        },
        {
          name: 'alt',
          label: 'Description of the photo',
          widget: 'string',
          hint: 'For readers who cannot see it.',
        },
      ],
    },
    relation('sources', 'Sources', 'references', 'citation', true),
    {
      name: 'formerAddresses',
      label: 'Former addresses',
      widget: 'list',
      hint: 'Only after renaming an article: its old address, like /blog/old-name/.',
    },
    {
      name: 'corrections',
      label: 'Corrections',
      widget: 'list',
      fields: [date('date', 'Date'), { name: 'note', label: 'What changed', widget: 'string' }],
    },
    {
      name: 'acknowledgedClaims',
      label: 'Acknowledged claims',
      widget: 'list',
      fields: [
        { name: 'phrase', label: 'Phrase', widget: 'string' },
        { name: 'reason', label: 'Reason', widget: 'string', minlength: 10 },
      ],
    },
    // No `default`: a default would be written into existing articles without a draft line when they are saved,
    // unpublishing them. New articles start as drafts through the preSave hook in public/admin/components.js.
    {
      name: 'draft',
      label: 'Draft',
      widget: 'boolean',
      hint: 'A new article starts as a draft. Turn this off to publish it.',
    },
  ];
}

export const authorWidgets: Widget[] = [
  { name: 'name', label: 'Name', widget: 'string' },
  { name: 'kind', label: 'Kind', widget: 'select', options: ['Organization', 'Person'] },
  { name: 'role', label: 'Role', widget: 'string' },
  { name: 'credentials', label: 'Credentials', widget: 'string' },
  { name: 'bio', label: 'About them', widget: 'text' },
];

export const referenceWidgets: Widget[] = [
  { name: 'citation', label: 'Citation', widget: 'text' },
  {
    name: 'doi',
    label: 'DOI',
    widget: 'string',
    pattern: ['^10\\.\\d{4,9}/\\S+$', 'a DOI looks like 10.1234/abcd'],
  },
  { name: 'pmid', label: 'PubMed id', widget: 'string', pattern: ['^\\d+$', 'digits only'] },
  { name: 'finding', label: 'What it found', widget: 'text' },
];

export const pageWidgets: Widget[] = [
  { name: 'title', label: 'Title', widget: 'string', maxlength: 110 },
  { name: 'description', label: 'Description', widget: 'text', minlength: 50, maxlength: 160 },
];
