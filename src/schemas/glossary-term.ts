import { z } from 'astro/zod';
import { description, draft, source, tags, title } from './fields.ts';

/** One glossary term; all terms render together on /glossary/, each at /glossary/#<file-slug>. */
export const glossaryTermSchema = z.strictObject({
  /** The term as displayed, e.g. "NVR (name-version-release)". */
  title,
  /** The one-sentence definition, shown in link previews. At most 160 characters. */
  description,
  tags,
  draft,
  /** Texts the definition draws on. Default: none. */
  sources: z.array(source).default([]),
});
