/** A page no other page links to can only be found by search: warn, so a new page gets linked from somewhere. */
import type { ContentGraph } from '../content-graph/graph.ts';
import { warning, type Problem } from '../problems.ts';

export function checkOrphans(graph: ContentGraph): Problem[] {
  return graph.pages
    .filter((page) => page.kind !== 'home' && !graph.backlinks.get(page.absPath)?.length)
    .map((page) =>
      warning(
        page.file,
        1,
        1,
        'no other page links to this page',
        'link to it from a related guide, checklist or the home page',
      ),
    );
}
