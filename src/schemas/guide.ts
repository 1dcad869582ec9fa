import { z } from 'astro/zod';
import { pageFields, source } from './fields.ts';

/** A guide: how to do something, step by step, with real commands. */
export const guideSchema = z.strictObject({
  ...pageFields,
  /** Texts this guide draws on, credited on the page. Default: none. */
  sources: z.array(source).default([]),
});
