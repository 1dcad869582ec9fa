/**
 * Astro's view of content/: one collection per folder, validated by the shared strict schemas.
 * An entry's id is its path inside the collection folder without the extension, which is also its URL slug.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collectionGlobs } from './lib/content-layout.ts';
import { collectionSchemas, type CollectionName } from './schemas/index.ts';

function collection<Name extends CollectionName>(name: Name) {
  return defineCollection({
    loader: glob({
      ...collectionGlobs[name],
      generateId: ({ entry }) => entry.replace(/\.md$/, ''),
    }),
    schema: collectionSchemas[name],
  });
}

export const collections = {
  essays: collection('essays'),
  guides: collection('guides'),
  checklists: collection('checklists'),
  glossary: collection('glossary'),
  home: collection('home'),
};
