/** Every image in content must exist: next to the Markdown file, or under public/ for site-absolute paths. */
import type { ContentGraph } from '../content-graph/graph.ts';
import { error, type Problem } from '../problems.ts';

export function checkImages(graph: ContentGraph): Problem[] {
  const problems: Problem[] = [];
  for (const page of graph.pages) {
    for (const image of page.markdown.images) {
      const target = graph.resolve(page, image.url);
      if (target.kind === 'asset' || target.kind === 'external') continue;
      const message =
        target.kind === 'page'
          ? `image "${image.url}" points at a page, not an image file`
          : `missing image "${image.url}"`;
      problems.push(
        error(
          page.file,
          image.line,
          image.column,
          message,
          'put the image next to the page and link it relatively, e.g. ./diagram.png',
        ),
      );
    }
  }
  return problems;
}
