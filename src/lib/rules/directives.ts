/** `:::name` blocks must be a known callout; anything else would show up as literal ::: text. */
import { calloutKinds } from '../../markdown/remark-callouts.ts';
import type { ContentGraph } from '../content-graph/graph.ts';
import { closest, error, type Problem } from '../problems.ts';

export function checkDirectives(graph: ContentGraph): Problem[] {
  const known = Object.keys(calloutKinds);
  return graph.pages.flatMap((page) =>
    page.markdown.directives
      .filter((d) => d.kind === 'containerDirective' && !known.includes(d.name))
      .map((d) => {
        const near = closest(d.name, known);
        return error(
          page.file,
          d.line,
          d.column,
          `unknown callout ":::${d.name}"`,
          `${near ? `did you mean ":::${near}"? ` : ''}callouts are ${known.map((k) => `:::${k}`).join(', ')}`,
        );
      }),
  );
}
