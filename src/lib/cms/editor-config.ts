/**
 * The browser editor's configuration (Sveltia CMS, served as /admin/config.yml), generated from the content
 * schema: every schema field has a widget, required exactly when the schema requires it. A schema field without
 * a widget (or a widget for a field the schema does not have) stops the build, named.
 */
import { z } from 'astro/zod';
import { authorSchema, blogSchema, pageSchema, referenceSchema } from '../content-schema';
import { schemaFields, type SchemaField } from './schema-fields';
import {
  articleWidgets,
  authorWidgets,
  pageWidgets,
  referenceWidgets,
  type TagChoice,
  type Widget,
} from './widgets';

/** WebP (the only format the editor encodes to), no wider than a photo on the widest page needs. */
const PHOTO_ENCODING = { format: 'webp', quality: 85, width: 2400 } as const;

/** Block components the article body may use (public/admin/components.js registers them). */
const EDITOR_COMPONENTS = ['consult-cta', 'research-summary', 'cite'] as const;

export interface EditorSettings {
  repo: string;
  branch: string;
  authEndpointUrl?: string | undefined;
}

/** The article schema with every id accepted: the editor's fields do not depend on which authors exist. */
export const articleSchemaForEditor = blogSchema({
  image: () => z.string(),
  authorIds: [],
  referenceIds: [],
  tagIds: [],
});

/**
 * Widgets with `required` taken from the schema. Throws, naming the collection and field, when the two
 * disagree on which fields exist.
 */
export function withSchemaRules(collection: string, schema: z.ZodType, widgets: readonly Widget[]): Widget[] {
  const problems: string[] = [];
  const merge = (fields: readonly SchemaField[], widgets: readonly Widget[], path: string): Widget[] => {
    const names = new Set(fields.map((field) => field.name));
    for (const field of fields) {
      if (!widgets.some((widget) => widget.name === field.name)) {
        problems.push(`the schema field ${path}${field.name} has no widget in the editor`);
      }
    }
    for (const widget of widgets) {
      if (!names.has(widget.name))
        problems.push(`the editor's field ${path}${widget.name} is not in the schema`);
    }
    return widgets.map((widget) => {
      const field = fields.find(({ name }) => name === widget.name);
      if (!field) return widget;
      const nested =
        field.fields && widget.fields
          ? merge(field.fields, widget.fields, `${path}${field.name}.`)
          : undefined;
      if (field.fields && !widget.fields)
        problems.push(`the editor's field ${path}${field.name} has no sub-fields`);
      return { ...widget, required: field.required, ...(nested && { fields: nested }) };
    });
  };
  const merged = merge(schemaFields(schema), widgets, '');
  if (problems.length) {
    throw new Error(
      `The browser editor and the content schema disagree in "${collection}" (src/lib/cms/widgets.ts, src/lib/content-schema.ts):\n${problems.join('\n')}`,
    );
  }
  return merged;
}

const body = (editorComponents?: readonly string[]): Widget => ({
  name: 'body',
  label: 'Text',
  widget: 'markdown',
  ...(editorComponents && { editor_components: [...editorComponents] }),
});

export function editorConfig({
  tags,
  editor,
}: {
  tags: readonly TagChoice[];
  editor?: EditorSettings | undefined;
}) {
  const folderCollection = { create: true, slug: '{{slug}}' };
  return {
    // Unset (see src/config/site.ts, `editor`): only "Work with Local Repository" can work, and signing in
    // with GitHub says which setting is missing.
    backend: {
      name: 'github',
      ...(editor && { repo: editor.repo, branch: editor.branch }),
      ...(editor?.authEndpointUrl && { base_url: editor.authEndpointUrl }),
    },
    // Every change is a pull request; the tests run on it and the host builds only the main branch.
    publish_mode: 'editorial_workflow',
    app_title: 'Clinic editor',
    show_preview_links: false,
    // Required by the editor, used by no collection here: articles keep their photos next to them (below).
    media_folder: 'public/images',
    public_folder: '/images',
    output: { omit_empty_optional_fields: true },
    media_libraries: {
      // Photos are re-encoded in the browser before they are saved: that drops what the phone wrote into the
      // file (where and when it was taken, the phone's owner) and keeps them small enough for the repository.
      default: {
        config: {
          slugify_filename: true,
          transformations: { jpeg: PHOTO_ENCODING, png: PHOTO_ENCODING },
        },
      },
      // Stock photo sites are other origins (the page may not reach them) with their own licences.
      stock_assets: false,
    },
    collections: [
      {
        name: 'blog',
        label: 'Articles',
        label_singular: 'Article',
        folder: 'content/blog',
        extension: 'mdx',
        format: 'frontmatter',
        ...folderCollection,
        identifier_field: 'title',
        // Title only: Sveltia 0.221 shows `{{draft | ternary(…)}}` as the raw value ("…true").
        summary: '{{title}}',
        sortable_fields: {
          fields: ['published', 'title'],
          default: { field: 'published', direction: 'descending' },
        },
        // Photos next to the article, written as ./photo.jpg (what the schema's image() reads).
        media_folder: '',
        public_folder: './',
        fields: [
          ...withSchemaRules('blog', articleSchemaForEditor, articleWidgets(tags)),
          body(EDITOR_COMPONENTS),
        ],
      },
      {
        name: 'authors',
        label: 'Authors',
        label_singular: 'Author',
        folder: 'content/authors',
        extension: 'yaml',
        format: 'yaml',
        ...folderCollection,
        identifier_field: 'name',
        fields: withSchemaRules('authors', authorSchema, authorWidgets),
      },
      {
        name: 'references',
        label: 'Sources',
        label_singular: 'Source',
        folder: 'content/references',
        extension: 'yaml',
        format: 'yaml',
        ...folderCollection,
        identifier_field: 'citation',
        fields: withSchemaRules('references', referenceSchema, referenceWidgets),
      },
      {
        name: 'pages',
        label: 'Pages',
        label_singular: 'Page',
        folder: 'content/pages',
        extension: 'mdx',
        format: 'frontmatter',
        create: false,
        delete: false,
        identifier_field: 'title',
        fields: [...withSchemaRules('pages', pageSchema, pageWidgets), body()],
      },
    ],
  };
}
