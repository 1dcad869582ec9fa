import { z } from 'astro/zod';
import { pageFields, source } from './fields.ts';

/** A checklist: GFM task lists under headings, rendered as a tool that remembers progress. */
export const checklistSchema = z.strictObject({
  ...pageFields,
  /** Texts this checklist draws on, credited on the page. Default: none. */
  sources: z.array(source).default([]),
  /**
   * The guide this checklist condenses, as a relative link to its file (`../guides/x.md`). When set, every item
   * must link to a section of that guide, and `npm run check` holds the checklist to it. Default: none.
   */
  guide: z.string().trim().min(1).optional(),
});
