/**
 * Astro's view of the docs folder: one collection of every page. Pages were already read, validated and
 * rendered by the build (src/lib/content-graph/load-content.ts); the loader hands Astro their data so the dev
 * server knows when a page changed. An entry's id is the page's file path.
 */
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsLoader } from './lib/content-loader.ts';

export const collections = {
  // Validated by the content graph with the schema of each kind of page (src/schemas/page.ts).
  docs: defineCollection({ loader: docsLoader(), schema: z.record(z.string(), z.unknown()) }),
};
