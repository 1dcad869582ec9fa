/**
 * Content never runs script, navigates or submits by itself, restyles the page, or loads from outside the site.
 * Raw HTML is judged on the whole page as a browser parses it (src/lib/html-policy/: an allow-list of elements
 * and attributes, every element closed, the layout left alone); Markdown links and images are judged by their
 * URL as a browser reads it (src/lib/url-safety.ts).
 */
import type { ContentGraph } from '../content-graph/graph.ts';
import { error, warning, type Problem } from '../problems.ts';
import { linkUrlProblem, resourceUrlProblem } from '../url-safety.ts';

export function checkUnsafeHtml(graph: ContentGraph): Problem[] {
  const problems: Problem[] = [];
  for (const page of graph.pages) {
    for (const { line, column, message, hint, severity } of page.markdown.rawHtml.problems)
      if (severity === undefined) problems.push(error(page.file, line, column, message, hint));
    for (const link of page.markdown.links) {
      const problem = linkUrlProblem(link.url);
      if (problem)
        problems.push(
          error(
            page.file,
            link.line,
            link.column,
            `link ${problem}`,
            'link to an https: page, a mailto: address or a page of this site',
          ),
        );
    }
    for (const image of page.markdown.images) {
      const problem = resourceUrlProblem(image.url);
      if (problem)
        problems.push(
          error(
            page.file,
            image.line,
            image.column,
            `image ${problem}`,
            'put the image in public/ and use its site path, e.g. /images/diagram.png',
          ),
        );
    }
  }
  return problems;
}

/** Raw HTML the page leaves out because it only changes looks (a class, a style, an unknown element's tags). */
export function checkHtmlStyle(graph: ContentGraph): Problem[] {
  return graph.pages.flatMap((page) =>
    page.markdown.rawHtml.problems
      .filter((problem) => problem.severity === 'warning')
      .map(({ line, column, message, hint }) => warning(page.file, line, column, message, hint)),
  );
}
