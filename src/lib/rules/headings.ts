/**
 * The page title is a page's only level-1 heading (the layout renders it), so a `#` heading in the body is a
 * second <h1>: it breaks the outline screen readers and the table of contents rely on. A page without a title
 * in its front matter takes it from its first heading when that is a level-1 heading; only the others count.
 */
import type { ContentGraph } from '../content-graph/graph.ts';
import { warning, type Problem } from '../problems.ts';

export function checkHeadings(graph: ContentGraph): Problem[] {
  // A file without valid front matter has its own error first: its "# heading" may be meant as the title.
  return graph.pages.flatMap((page) => {
    if (page.data === undefined) return [];
    const titleInFrontMatter = typeof page.data['title'] === 'string';
    return page.markdown.headings
      .filter((heading, index) => heading.depth === 1 && (titleInFrontMatter || index > 0))
      .map((heading) =>
        warning(
          page.file,
          heading.line,
          heading.column,
          titleInFrontMatter
            ? `a second level-1 heading "# ${heading.text}": the title in the front matter is the page's only one`
            : `a second level-1 heading "# ${heading.text}": the first one is the page's title`,
          `start sections at level 2: "## ${heading.text}"`,
        ),
      );
  });
}
