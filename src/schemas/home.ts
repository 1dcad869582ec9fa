import { z } from 'astro/zod';
import { description, title } from './fields.ts';

/** One or two sentences saying what a section is for. */
const purpose = z.string().trim().min(1, 'say in a sentence what the section is for').max(200);

/** The landing page (content/home.md). Its body holds the entry points; see CONTRIBUTING.md. */
export const homeSchema = z.strictObject({
  /** Heading of the home page. */
  title,
  /** Meta description of the site; also the line under the home page's heading. */
  description,
  /**
   * What each section is for, shown on the home page and at the top of the section's own index (and as that
   * index's description). Required, one entry per section.
   */
  sections: z.strictObject({
    essays: purpose,
    guides: purpose,
    checklists: purpose,
    glossary: purpose,
  }),
});
