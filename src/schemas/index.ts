/**
 * The front matter schema of each kind of page, shared by the build and by the check, so both enforce exactly
 * the same rules.
 */
import type { z } from 'astro/zod';
import type { PageKind } from '../lib/content-layout.ts';
import { docPageSchema } from './doc-page.ts';
import { glossaryTermSchema } from './glossary-term.ts';

export function schemaFor(kind: PageKind): z.ZodType {
  return kind === 'term' ? glossaryTermSchema : docPageSchema;
}
