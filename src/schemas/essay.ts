import { z } from 'astro/zod';
import { pageFields, source } from './fields.ts';

/** An essay: the story and the reasoning behind a topic, retold from an original text it credits. */
export const essaySchema = z.strictObject({
  ...pageFields,
  /** The original essay this page retells. Required: every essay credits its source. */
  source,
  /** Other texts the essay draws on, credited after the original. Default: none. */
  sources: z.array(source).default([]),
});
