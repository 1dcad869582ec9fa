/**
 * Every image in content must exist under public/ and be linked by its site path (/images/x.png): files under
 * content/ are not published, so an image beside the Markdown would be missing from the site.
 */
import type { ContentGraph } from '../content-graph/graph.ts';
import { error, type Problem } from '../problems.ts';

export function checkImages(graph: ContentGraph): Problem[] {
  const problems: Problem[] = [];
  for (const page of graph.pages) {
    for (const image of page.markdown.images) {
      const target = graph.resolve(page, image.url);
      if ((target.kind === 'asset' && target.href !== undefined) || target.kind === 'external') continue;
      const message =
        target.kind === 'page'
          ? `image "${image.url}" points at a page, not an image file`
          : target.kind === 'asset'
            ? `image "${image.url}" is under content/, which is not published`
            : `missing image "${image.url}"`;
      problems.push(
        error(
          page.file,
          image.line,
          image.column,
          message,
          'put the image in public/images/ and link it by its site path, e.g. /images/diagram.png',
        ),
      );
    }
  }
  return problems;
}
