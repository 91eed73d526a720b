/**
 * The fields of a content schema as the editor needs them: each key, whether it must be filled in, and the
 * fields of an object (or of each item of a list of objects). Read from the zod schema itself, so a field added
 * to src/lib/content-schema.ts shows up here without anyone listing it.
 */
import type { z } from 'astro/zod';

export interface SchemaField {
  name: string;
  /** False when the schema accepts the field left out (optional, or with a default). */
  required: boolean;
  /** For an object, or a list of objects: their fields. */
  fields?: SchemaField[];
}

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The object schema inside wrappers (optional, default, transform, array items), or undefined. */
function objectShape(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  const def = defOf(schema);
  if (def.type === 'object') return def.shape;
  const inner = def.innerType ?? def.in ?? def.element;
  return inner ? objectShape(inner) : undefined;
}

export function schemaFields(schema: z.ZodType): SchemaField[] {
  const shape = objectShape(schema);
  if (!shape) throw new Error('schemaFields: the schema is not an object');
  return Object.entries(shape).map(([name, field]) => {
    const nested = objectShape(field);
    return {
      name,
      required: !field.safeParse(undefined).success,
      ...(nested && { fields: schemaFields(field) }),
    };
  });
}
