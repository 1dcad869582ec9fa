/**
 * Astro's view of content/: one collection per folder, validated by the shared strict schemas. The loader
 * hands over pages the build already parsed and rendered once (see src/lib/content-loader.ts). An entry's id
 * is its path inside the collection folder without the extension, which is also its URL slug.
 */
import { defineCollection } from 'astro:content';
import { handbookLoader as loader } from './lib/content-loader.ts';
import { checklistSchema } from './schemas/checklist.ts';
import { essaySchema } from './schemas/essay.ts';
import { glossaryTermSchema } from './schemas/glossary-term.ts';
import { guideSchema } from './schemas/guide.ts';
import { homeSchema } from './schemas/home.ts';

export const collections = {
  essays: defineCollection({ loader: loader('essays'), schema: essaySchema }),
  guides: defineCollection({ loader: loader('guides'), schema: guideSchema }),
  checklists: defineCollection({ loader: loader('checklists'), schema: checklistSchema }),
  glossary: defineCollection({ loader: loader('glossary'), schema: glossaryTermSchema }),
  home: defineCollection({ loader: loader('home'), schema: homeSchema }),
};
