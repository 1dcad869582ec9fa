/**
 * The collections and their schemas, shared by Astro's content config and by `npm run check`, so both enforce
 * exactly the same rules.
 */
import { checklistSchema } from './checklist.ts';
import { essaySchema } from './essay.ts';
import { glossaryTermSchema } from './glossary-term.ts';
import { guideSchema } from './guide.ts';
import { homeSchema } from './home.ts';

export const collectionSchemas = {
  essays: essaySchema,
  guides: guideSchema,
  checklists: checklistSchema,
  glossary: glossaryTermSchema,
  home: homeSchema,
} as const;

export type CollectionName = keyof typeof collectionSchemas;

/** Collections whose entries are pages of their own (glossary terms share one page; home is `/`). */
export const sectionCollections = ['essays', 'guides', 'checklists'] as const;
export type SectionCollection = (typeof sectionCollections)[number];

/** Reader-facing names of the sections, in navigation order. */
export const sectionLabels: Record<SectionCollection | 'glossary', string> = {
  essays: 'Essays',
  guides: 'Guides',
  checklists: 'Checklists',
  glossary: 'Glossary',
};
