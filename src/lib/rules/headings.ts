/**
 * The page title is a page's only level-1 heading (the layout renders it), so a `#` heading in the body is a
 * second <h1>: it breaks the outline screen readers and the table of contents rely on.
 */
import type { ContentGraph } from '../content-graph/graph.ts';
import { error, type Problem } from '../problems.ts';

export function checkHeadings(graph: ContentGraph): Problem[] {
  // A file without valid front matter has its own error first: its "# heading" may be meant as the title.
  return graph.pages.flatMap((page) =>
    page.markdown.headings
      .filter((heading) => heading.depth === 1 && page.data !== undefined)
      .map((heading) =>
        error(
          page.file,
          heading.line,
          heading.column,
          `a second level-1 heading "# ${heading.text}": the title in the front matter is the page's only one`,
          `start sections at level 2: "## ${heading.text}"`,
        ),
      ),
  );
}
