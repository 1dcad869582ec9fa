import { z } from 'astro/zod';
import { description, draft, movedAnchors, redirectFrom, source, tags, title } from './fields.ts';

/**
 * Front matter of any page. Every key is optional: the title defaults to the page's first H1 (else its file
 * name), the description to its first paragraph.
 */
export const docPageSchema = z.strictObject({
  title: title.optional(),
  description: description.optional(),
  tags,
  draft,
  redirect_from: redirectFrom,
  moved_anchors: movedAnchors,
  /** The original text this page retells, credited first. Default: none. */
  source: source.optional(),
  /** Other texts the page draws on, credited on the page. Default: none. */
  sources: z.array(source).default([]),
  /**
   * For a checklist: the guide it condenses, as a relative link to its file (`../guides/x.md`). When set, every
   * item must link to a section of that guide, and the check holds the checklist to it. Default: none.
   */
  guide: z.string().trim().min(1).optional(),
});
