/**
 * Mermaid diagrams, as the renderer found them (src/markdown/remark-mermaid.ts), read once for two rules
 * (src/lib/rules/index.ts keeps each its own level):
 *
 * - `diagrams` (error): Mermaid rejects the diagram, so GitHub would show an error box and the site only its
 *   source; reported where Mermaid points, with its message;
 * - `diagram-kinds` (warning): valid Mermaid of a kind the build cannot draw (a pie, a Gantt chart), which the
 *   page shows as its source.
 */
import type { ContentGraph } from '../content-graph/graph.ts';
import { error, warning, type Problem } from '../problems.ts';

/** beautiful-mermaid's kinds, in Mermaid's words, for the warning's hint. */
const drawnKinds = 'flowchart (graph), sequenceDiagram, stateDiagram, classDiagram, erDiagram, xychart-beta';

export function checkDiagrams(graph: ContentGraph): Problem[] {
  return graph.pages.flatMap((page) =>
    page.markdown.diagrams.flatMap((diagram) => {
      if (diagram.error)
        return [
          error(
            page.file,
            diagram.error.line,
            diagram.error.column,
            `Mermaid cannot read this diagram: ${diagram.error.message}`,
            'fix the diagram where Mermaid points (https://mermaid.js.org/intro/syntax-reference.html); try it at https://mermaid.live',
          ),
        ];
      if (diagram.unsupported)
        return [
          warning(
            page.file,
            diagram.line,
            diagram.column,
            `a Mermaid ${diagram.diagramType ?? ''} diagram cannot be drawn at build time; the page shows its source`,
            `the build draws ${drawnKinds}: redraw it as one of those, or show an image of it, kept beside the page`,
          ),
        ];
      return [];
    }),
  );
}
