/**
 * What the site publishes that readers can link to: each page's URL with the ids on it (headings, checklist items,
 * raw HTML anchors, retired anchors kept by moved_anchors), and the glossary page with every term's ids. Drafts
 * are not published, so they are not part of it.
 */
import type { ContentGraph, PageNode } from '../content-graph/graph.ts';

export interface SurfacePage {
  /** The files whose ids make up the page: one, or every term of a glossary. */
  pages: PageNode[];
  ids: Set<string>;
}

export function publicSurface(graph: ContentGraph): Map<string, SurfacePage> {
  const surface = new Map<string, SurfacePage>();
  for (const page of graph.pages) {
    const entry = surface.get(page.path) ?? { pages: [], ids: new Set<string>() };
    entry.pages.push(page);
    // A glossary term is one part of its folder's page, where its own id is its file name.
    if (page.hash) entry.ids.add(page.hash);
    for (const id of page.ids) entry.ids.add(id);
    surface.set(page.path, entry);
  }
  return surface;
}

/** Old URL -> the page that redirects from it (redirect_from, aliases, .html permalinks). */
export function redirectSources(graph: ContentGraph): Map<string, PageNode> {
  const sources = new Map<string, PageNode>();
  for (const page of graph.pages) for (const from of page.redirects) sources.set(from, page);
  return sources;
}
