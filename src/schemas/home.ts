import { z } from 'astro/zod';
import { description, title } from './fields.ts';

/** The landing page (content/home.md). */
export const homeSchema = z.strictObject({
  /** Heading of the home page. */
  title,
  /** Meta description of the site. */
  description,
});
