import { z } from 'astro/zod';
import { description, draft, source, tags, title } from './fields.ts';

/** One glossary term; all terms render together on /glossary/, each at /glossary/#<file-slug>. */
export const glossaryTermSchema = z.strictObject({
  /** The term as displayed, e.g. "NVR (name-version-release)". Default: the file's first H1, else its name. */
  title: title.optional(),
  /** The one-sentence definition, shown in link previews. Default: the first paragraph. At most 160 characters. */
  description: description.optional(),
  tags,
  draft,
  /** Texts the definition draws on. Default: none. */
  sources: z.array(source).default([]),
});
