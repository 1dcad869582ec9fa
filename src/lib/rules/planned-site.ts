/** The files the build will write, as the check knows them from the graph (src/lib/site-outputs.ts). */
import type { ContentGraph } from '../content-graph/graph.ts';
import { redirectsOf } from '../redirects.ts';
import { siteFiles, type SiteFiles } from '../site-outputs.ts';

/**
 * The folder pages the site generates: a folder holding pages gets a listing at its URL unless a page of its own
 * (its README/index) stands there; the glossary folder gets the glossary page.
 */
function folderPages(graph: ContentGraph): { path: string; writer: string }[] {
  const taken = new Set(graph.pages.filter((page) => !page.hash).map((page) => page.path));
  const folders = new Set<string>();
  for (const page of graph.pages) {
    if (page.kind === 'home') continue;
    const parts = [page.collection, ...page.slug.split('/').filter(Boolean)].filter(Boolean);
    // A page's own folder and every folder above it, up to its section.
    const depth = page.isIndex || page.kind === 'term' ? parts.length : parts.length - 1;
    for (let end = 1; end <= depth; end++) folders.add(`/${parts.slice(0, end).join('/')}/`);
  }
  return [...folders]
    .filter((path) => !taken.has(path))
    .map((path) => ({ path, writer: `the listing of the folder ${path} the site generates` }));
}

export function plannedSiteFiles(graph: ContentGraph): SiteFiles {
  const pages = [
    ...graph.pages.filter((page) => !page.hash).map((page) => ({ path: page.path, writer: page.file })),
    ...folderPages(graph),
  ];
  const tags = new Set(graph.pages.flatMap((page) => page.tags.map((tag) => tag.slug)));
  return siteFiles(graph.publicFiles, [
    ...pages,
    ...[...tags].map((tag) => ({ path: `/tags/${tag}/`, writer: `the page of the tag "${tag}"` })),
    ...redirectsOf(graph.pages).map(({ from, to }) => ({ path: from, writer: `redirect_from of ${to.file}` })),
  ]);
}
