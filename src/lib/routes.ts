/**
 * Every page the site has besides the home page, as routes: content pages, a generated listing for each folder
 * without a README/index, and the glossary page of the folder the config names. Routes render what this
 * hands them.
 */
import type { PageNode } from './content-graph/load-page.ts';
import { sortPages } from './navigation.ts';
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
const parentOf = (folder: string) => folder.split('/').slice(0, -1).join('/');

/**
 * What a folder lists: its pages (other than its own index) and its subfolders (by their index page, or their
 * generated listing), in reading order.
 */
export function folderEntries(pages: readonly PageNode[], section: string, folder: string): FolderEntry[] {
  const inSection = pages.filter((page) => page.collection === section && page.kind === 'page');
  const direct = inSection.filter((page) =>
    page.isIndex ? page.slug !== folder && parentOf(page.slug) === folder : folderOf(page) === folder,
  );
  const listed = new Set(direct.filter((page) => page.isIndex).map((page) => page.slug));
  const subfolders = new Set<string>();
  for (const page of inSection) {
    const pageFolder = folderOf(page);
    for (const sub of ancestors(pageFolder))
      if (parentOf(sub) === folder && !listed.has(sub) && sub !== folder) subfolders.add(sub);
  }
  const generated = [...subfolders].map((sub) => ({
    title: sub.split('/').at(-1)!,
    description: '',
    path: `/${section}/${sub}/`,
    collection: section,
    slug: sub,
  }));
  return sortPages([
    ...direct.map((page) => ({
      title: page.title,
      description: page.description,
      path: page.path,
      collection: section,
      slug: page.slug,
    })),
    ...generated,
  ]).map(({ title, description, path }) => ({ title, description, path }));
}

export function siteRoutes(pages: readonly PageNode[], sections: readonly SiteSection[]): Route[] {
  const routes: Route[] = [];
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
      routes.push({
        kind: 'folder',
        section,
        folder,
        title: folder === '' ? section.label : folder.split('/').at(-1)!,
        description: folder === '' ? section.description : '',
        entries: folderEntries(pages, section.key, folder),
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
