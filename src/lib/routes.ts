/**
 * Every page the site has besides the home page, as routes: content pages, a generated listing for each folder
 * without a README/index, and the glossary page of the folder the config names. Routes render what this
 * hands them.
 */
import type { PageNode } from './content-graph/load-page.ts';
import { groupAt, type NavGroupNode, type NavTree } from './navigation/tree.ts';
import type { SiteSection } from './sections.ts';

export interface FolderEntry {
  title: string;
  description: string;
  path: string;
}

export type Route =
  | { kind: 'page'; page: PageNode }
  | {
      kind: 'folder';
      section: SiteSection;
      /** Folder path inside the section ("" for the section itself). */
      folder: string;
      title: string;
      description: string;
      entries: FolderEntry[];
    }
  | { kind: 'glossary'; section: SiteSection; intro: PageNode | undefined; terms: PageNode[] };

/** "a/b/c" -> ["a", "a/b", "a/b/c"] */
function ancestors(folder: string): string[] {
  const parts = folder.split('/').filter(Boolean);
  return parts.map((_, index) => parts.slice(0, index + 1).join('/'));
}

const folderOf = (page: PageNode) => (page.isIndex ? page.slug : page.slug.split('/').slice(0, -1).join('/'));

/**
 * What a folder lists: its pages (other than its own index) and its subfolders (by their index page, or their
 * generated listing), in the navigation's order, so the listing and the sidebar agree.
 */
export function folderEntries(group: NavGroupNode, byPath: ReadonlyMap<string, PageNode>): FolderEntry[] {
  return group.children.map((child) =>
    child.kind === 'page'
      ? { title: child.title, description: byPath.get(child.path)?.description ?? '', path: child.path }
      : {
          title: child.index?.title ?? child.label,
          description: (child.index && byPath.get(child.index.path)?.description) || '',
          path: child.path,
        },
  );
}

export function siteRoutes(pages: readonly PageNode[], sections: readonly SiteSection[], tree: NavTree): Route[] {
  const routes: Route[] = [];
  const byPath = new Map(pages.filter((page) => page.kind !== 'term').map((page) => [page.path, page]));
  for (const section of sections) {
    const inSection = pages.filter((page) => page.collection === section.key);
    if (section.glossary) {
      const terms = inSection
        .filter((page) => page.kind === 'term')
        .sort((a, b) => a.title.localeCompare(b.title, 'en', { sensitivity: 'base' }));
      routes.push({ kind: 'glossary', section, intro: section.index, terms });
      continue;
    }
    const folders = new Set<string>(['']);
    for (const page of inSection) for (const folder of ancestors(folderOf(page))) folders.add(folder);
    for (const folder of folders) {
      if (inSection.some((page) => page.isIndex && page.slug === folder)) continue;
      const group = groupAt(tree, folder ? `${section.key}/${folder}` : section.key);
      if (!group) throw new Error(`the navigation has no folder ${section.key}/${folder}`);
      routes.push({
        kind: 'folder',
        section,
        folder,
        title: folder === '' ? section.label : group.label,
        description: folder === '' ? section.description : '',
        entries: folderEntries(group, byPath),
      });
    }
  }
  for (const page of pages) {
    if (page.kind !== 'page') continue;
    const section = sections.find((candidate) => candidate.key === page.collection);
    // The glossary folder's own index introduces the glossary page instead of being a page of its own.
    if (section?.glossary && page.isIndex && page.slug === '') continue;
    routes.push({ kind: 'page', page });
  }
  return routes;
}

/** The site path of a route, without base. */
export function routePath(route: Route): string {
  if (route.kind === 'page') return route.page.path;
  if (route.kind === 'glossary') return route.section.path;
  return route.folder ? `${route.section.path}${route.folder}/` : route.section.path;
}
