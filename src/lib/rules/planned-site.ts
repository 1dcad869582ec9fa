/** The files the build will write, as the check knows them from the graph (src/lib/site-outputs.ts). */
import type { ContentGraph } from '../content-graph/graph.ts';
import { redirectsOf } from '../redirects.ts';
import { siteFiles, type SiteFiles } from '../site-outputs.ts';

export function plannedSiteFiles(graph: ContentGraph): SiteFiles {
  const pages = graph.pages.filter((page) => !page.hash).map((page) => ({ path: page.path, writer: page.file }));
  const tags = new Set(graph.pages.flatMap((page) => page.tags.map((tag) => tag.slug)));
  return siteFiles(graph.publicFiles, [
    ...pages,
    ...[...tags].map((tag) => ({ path: `/tags/${tag}/`, writer: `the page of the tag "${tag}"` })),
    ...redirectsOf(graph.pages).map(({ from, to }) => ({ path: from, writer: `redirect_from of ${to.file}` })),
  ]);
}
