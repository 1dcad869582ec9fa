/**
 * mdBook's `{{#...}}` helpers (src/markdown/mdbook-includes.ts): an include that cannot be read breaks the page (its
 * code block would be missing), so it is an error of the `includes` rule; a helper Folio does not run is shown as
 * written, a warning of the `template-helpers` rule.
 */
import type { ContentGraph } from '../content-graph/graph.ts';
import { error, warning, type Problem } from '../problems.ts';

function findings(graph: ContentGraph, severity: 'error' | 'warning'): Problem[] {
  return graph.pages.flatMap((page) =>
    page.markdown.includes.findings
      .filter((finding) => finding.severity === severity)
      .map(({ line, column, message, hint }) =>
        (severity === 'error' ? error : warning)(page.file, line, column, message, hint),
      ),
  );
}

export const checkIncludes = (graph: ContentGraph): Problem[] => findings(graph, 'error');
export const checkTemplateHelpers = (graph: ContentGraph): Problem[] => findings(graph, 'warning');
