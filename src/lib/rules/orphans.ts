/**
 * A page no other page links to can only be found by search: warn, so a new page gets linked from somewhere. A
 * chapter of an mdBook SUMMARY.md is linked from the book's table of contents, which is not a page but is where
 * its readers find it.
 */
import { join } from 'node:path';
import type { ContentGraph, PageNode } from '../content-graph/graph.ts';
import { translationIn } from '../content-graph/resolve-link.ts';
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
  const linked = (page: PageNode) => Boolean(graph.backlinks.get(page.absPath)?.length);
  // A translation stands where its original does: the original's links reach it through that language's pages.
  const originalLinked = (page: PageNode) => {
    const original = page.locale ? translationIn(graph, page, '') : undefined;
    return original !== undefined && linked(original);
  };
  return graph.pages
    .filter((page) => page.kind !== 'home' && !inSummary.has(page.absPath) && !linked(page) && !originalLinked(page))
    .map((page) =>
      warning(page.file, 1, 1, 'no other page links to this page', 'link to it from a related page or the home page'),
    );
}
