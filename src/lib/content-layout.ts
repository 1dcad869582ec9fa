/**
 * Where content lives and what URL it gets. A file's collection is its top folder under content/; its slug is
 * its path inside that folder without the extension (content/guides/a/b.md -> guides, "a/b").
 */
import type { CollectionName } from '../schemas/index.ts';

export const contentDir = 'content';

export interface ContentLocation {
  collection: CollectionName;
  /** Path inside the collection folder without extension; "" for the home page. */
  slug: string;
}

const folderCollections = new Set<CollectionName>(['essays', 'guides', 'checklists', 'glossary']);

/** Maps a path relative to content/ (forward slashes) to its collection, or undefined if it belongs to none. */
export function locateContent(relativePath: string): ContentLocation | undefined {
  if (!relativePath.endsWith('.md')) return undefined;
  if (relativePath === 'home.md') return { collection: 'home', slug: '' };
  const [folder, ...rest] = relativePath.split('/');
  if (!folder || rest.length === 0 || !folderCollections.has(folder as CollectionName)) return undefined;
  return { collection: folder as CollectionName, slug: rest.join('/').replace(/\.md$/, '') };
}
