/**
 * `:::name` blocks must be a known callout or `:::cards` (anything else would show up as literal ::: text), and
 * their fence lines must hold nothing the page would not show.
 */
import { calloutNames, cardsDirective } from '../directive-names.ts';
import type { ContentGraph } from '../content-graph/graph.ts';
import { closest, error, type Problem } from '../problems.ts';

export function checkDirectives(graph: ContentGraph): Problem[] {
  const known: string[] = [...calloutNames, cardsDirective];
  return graph.pages.flatMap((page) => [
    ...page.markdown.directives
      .filter((d) => d.kind === 'containerDirective' && !known.includes(d.name))
      .map((d) => {
        const near = closest(d.name, known);
        return error(
          page.file,
          d.line,
          d.column,
          `unknown callout ":::${d.name}"`,
          `${near ? `did you mean ":::${near}"? ` : ''}blocks are ${known.map((k) => `:::${k}`).join(', ')}`,
        );
      }),
    ...page.markdown.fenceText.map((f) =>
      f.fence === 'opening'
        ? error(
            page.file,
            f.line,
            f.column,
            `"${f.text}" after ":::${f.name}" is not shown on the page`,
            `a title goes in brackets right after the name (":::${f.name}[Title]"); other text goes on the next line`,
          )
        : error(
            page.file,
            f.line,
            f.column,
            `"${f.text}" after the closing ":::" of ":::${f.name}" is not shown on the page`,
            'leave the closing line as ":::" alone and put the text on a line of its own',
          ),
    ),
  ]);
}
