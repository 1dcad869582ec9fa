import { z } from 'astro/zod';
import { pageFields, source } from './fields.ts';

/** A checklist: GFM task lists under headings, rendered as a tool that remembers progress. */
export const checklistSchema = z.strictObject({
  ...pageFields,
  /** Texts this checklist draws on, credited on the page. Default: none. */
  sources: z.array(source).default([]),
});
