/**
 * A page no other page links to can only be found by search: warn, so a new page gets linked from somewhere. A
 * chapter of an mdBook SUMMARY.md is linked from the book's table of contents, which is not a page but is where
 * its readers find it.
 */
import { join } from 'node:path';
import type { ContentGraph } from '../content-graph/graph.ts';
import { readSummaries } from '../navigation/summary-files.ts';
import { summaryChapters } from '../navigation/summary.ts';
import { warning, type Problem } from '../problems.ts';

export function checkOrphans(graph: ContentGraph): Problem[] {
  const inSummary = new Set(
    readSummaries(graph.layout).flatMap(({ folder, summary }) =>
      summaryChapters(summary).flatMap((chapter) =>
        chapter.file === undefined ? [] : [join(graph.layout.docsDir, folder, chapter.file)],
      ),
    ),
  );
  return graph.pages
    .filter(
      (page) => page.kind !== 'home' && !inSummary.has(page.absPath) && !graph.backlinks.get(page.absPath)?.length,
    )
    .map((page) =>
      warning(page.file, 1, 1, 'no other page links to this page', 'link to it from a related page or the home page'),
    );
}
