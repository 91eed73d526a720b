import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { authorSchema, pageSchema, referenceSchema } from '../../src/lib/content-schema';
import { articleSchemaForEditor, editorConfig, withSchemaRules } from '../../src/lib/cms/editor-config';
import { schemaFields, type SchemaField } from '../../src/lib/cms/schema-fields';
import { MDX_COMPONENT_NAMES } from '../../src/lib/mdx-components';
import { PHOTO_PATTERN, articleWidgets, authorWidgets } from '../../src/lib/cms/widgets';

const config = editorConfig({ tags: [{ id: 'migraine', name: 'Migraine' }] });
const collection = (name: string) => {
  const found = config.collections.find((entry) => entry.name === name);
  if (!found) throw new Error(`no collection ${name}`);
  return found;
};

interface Field {
  name: string;
  required?: boolean;
  fields?: Field[];
}
/** name → required, nested fields as parent.child, for comparing the editor with the schema. */
const rules = (fields: readonly (Field | SchemaField)[], prefix = ''): Record<string, boolean | undefined> =>
  Object.fromEntries(
    fields.flatMap((field) => [
      [`${prefix}${field.name}`, field.required],
      ...Object.entries(field.fields ? rules(field.fields, `${prefix}${field.name}.`) : {}),
    ]),
  );

describe('the browser editor and the content schema', () => {
  it.each([
    ['blog', articleSchemaForEditor],
    ['authors', authorSchema],
    ['references', referenceSchema],
    ['pages', pageSchema],
  ] as const)('agree field by field, required or optional, in %s', (name, schema) => {
    const fields = (collection(name).fields as Field[]).filter((field) => field.name !== 'body');
    expect(rules(fields)).toEqual(rules(schemaFields(schema)));
    expect(Object.keys(rules(fields)).length).toBeGreaterThan(1);
  });

  it('knows which article fields are required', () => {
    const blog = rules(collection('blog').fields as Field[]);
    expect(blog).toMatchObject({
      title: true,
      description: true,
      published: true,
      tags: true,
      'image.alt': true,
    });
    // Left out, the schema supplies a default: the editor must not insist on them.
    expect(blog).toMatchObject({
      author: false,
      sources: false,
      draft: false,
      shortTitle: false,
      image: false,
    });
  });

  it('fails, naming the field, when the schema has a field the editor lacks', () => {
    const grown = authorSchema.extend({ pronouns: z.string() });
    expect(() => withSchemaRules('authors', grown, authorWidgets)).toThrow(
      /"authors"[\s\S]*the schema field pronouns has no widget/,
    );
    const nested = articleSchemaForEditor.safeExtend({
      image: z.object({ src: z.string(), alt: z.string(), credit: z.string() }).optional(),
    });
    expect(() => withSchemaRules('blog', nested, articleWidgets([]))).toThrow(
      /the schema field image\.credit has no widget/,
    );
  });

  it('fails when the editor has a field the schema does not', () => {
    expect(() =>
      withSchemaRules('authors', authorSchema, [
        ...authorWidgets,
        { name: 'twitter', label: 'X', widget: 'string' },
      ]),
    ).toThrow(/the editor's field twitter is not in the schema/);
  });

  it('writes dates the schema accepts, never a default draft, and no empty optional fields', () => {
    const blog = collection('blog').fields as (Field & Record<string, unknown>)[];
    const published = blog.find((field) => field.name === 'published');
    expect(published).toMatchObject({ widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' });
    expect(blog.find((field) => field.name === 'draft')).not.toHaveProperty('default');
    expect(config.output).toEqual({ omit_empty_optional_fields: true });
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(blog.find((field) => field.name === 'tags')).toMatchObject({
      widget: 'select',
      options: [{ label: 'Migraine', value: 'migraine' }],
    });
  });

  it('names the repository only when the site configures one', () => {
    expect(config.backend).toEqual({ name: 'github' });
    expect(
      editorConfig({
        tags: [],
        editor: { repo: 'clinic/site', branch: 'main', authEndpointUrl: 'https://auth.example.org' },
      }).backend,
    ).toEqual({ name: 'github', repo: 'clinic/site', branch: 'main', base_url: 'https://auth.example.org' });
  });

  it('keeps photos next to the article, re-encoded without the phone’s data, and never from another site', () => {
    const blog = collection('blog');
    expect(blog).toMatchObject({ media_folder: '', public_folder: './' });
    const photo = (blog.fields as (Field & Record<string, unknown>)[])
      .find((field) => field.name === 'image')
      ?.fields?.find((field) => field.name === 'src');
    expect(photo).toMatchObject({ widget: 'image', choose_url: false, required: true });
    expect(config.media_libraries.stock_assets).toBe(false);
    const { transformations } = config.media_libraries.default.config;
    expect(transformations.jpeg).toMatchObject({ format: 'webp' });
    expect(transformations.png).toMatchObject({ format: 'webp' });
  });

  it('refuses photo names the site cannot build, such as an iPhone’s HEIC, with the way to convert them', () => {
    const [source, message] = PHOTO_PATTERN;
    const accepts = (name: string) => new RegExp(source).test(name);
    for (const name of ['./img_2041.webp', './IMG_2041.JPG', './photo.jpeg', './chart.png', './a.avif'])
      expect(accepts(name), name).toBe(true);
    for (const name of [
      './IMG_2041.HEIC',
      './img.heic',
      './img.heif',
      './scan.tiff',
      './raw.dng',
      './photo.jpg.txt',
    ])
      expect(accepts(name), name).toBe(false);
    expect(message).toMatch(/JPEG/);
    expect(message).toMatch(/Preview/);
  });

  it('offers every component an article may use as a block, each registered by public/admin/components.js', () => {
    const body = (collection('blog').fields as (Field & Record<string, unknown>)[]).find(
      (field) => field.name === 'body',
    );
    const kebab = (name: string) => name.replace(/(?<!^)([A-Z])/g, '-$1').toLowerCase();
    expect(body?.['editor_components']).toEqual(MDX_COMPONENT_NAMES.map(kebab));
    const script = readFileSync(new URL('../../public/admin/components.js', import.meta.url), 'utf8');
    const registered = [...script.matchAll(/registerEditorComponent\(\{\s*id: '([a-z-]+)'/g)].map(
      (m) => m[1],
    );
    expect(registered.sort()).toEqual(MDX_COMPONENT_NAMES.map(kebab).sort());
  });
});
