import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { stringify } from 'yaml';
import { site } from '../../config/site';
import { editorConfig } from '../../lib/cms/editor-config';

/** The browser editor's configuration, generated from the content schema (src/lib/cms/editor-config.ts). */
export const GET: APIRoute = async () => {
  const tags = (await getCollection('tags')).map(({ id, data }) => ({ id, name: data.name }));
  const config = editorConfig({ tags, editor: site.editor });
  const header =
    '# Generated from src/lib/content-schema.ts by src/lib/cms/editor-config.ts: edit those, not this.\n';
  return new Response(header + stringify(config, { lineWidth: 0 }), {
    headers: { 'Content-Type': 'text/yaml; charset=utf-8' },
  });
};
