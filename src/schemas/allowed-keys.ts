/**
 * The keys a schema allows at a path of the front matter: top-level keys at [], a source's keys at
 * ["sources", 0]. So an unknown nested key (`sources.0.urll`) gets a hint from its own object's keys.
 */
import type { z } from 'astro/zod';

/** Steps through wrappers (optional, default, nullable) to the schema that shapes the value. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  while ('innerType' in current.def && current.def.innerType) current = current.def.innerType as z.ZodType;
  return current;
}

export function allowedKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current = unwrap(schema);
  for (const segment of path) {
    const def = current.def as { type: string; element?: z.ZodType; shape?: Record<string, z.ZodType> };
    const next =
      def.type === 'array' && typeof segment === 'number'
        ? def.element
        : def.type === 'object' && typeof segment === 'string'
          ? def.shape?.[segment]
          : undefined;
    if (!next) return [];
    current = unwrap(next);
  }
  const def = current.def as { type: string; shape?: Record<string, z.ZodType> };
  return def.type === 'object' ? Object.keys(def.shape ?? {}) : [];
}
