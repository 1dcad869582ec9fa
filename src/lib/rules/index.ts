/** Every content rule, run over the graph. Adding a rule is adding a file and a line here. */
import type { ContentGraph } from '../content-graph/graph.ts';
import { sortProblems, type Problem } from '../problems.ts';
import { checkCaseCollisions } from './case-collisions.ts';
import { checkChecklistGuides } from './checklist-guide.ts';
import { checkCodeLanguages } from './code-languages.ts';
import { checkDirectives } from './directives.ts';
import { checkDuplicateIds } from './duplicate-ids.ts';
import { checkHeadings } from './headings.ts';
import { checkImages } from './images.ts';
import { checkLinks } from './links.ts';
import { checkOrphans } from './orphans.ts';
import { checkOutputPaths } from './output-paths.ts';
import { checkPlaceholders } from './placeholders.ts';
import { checkRedirects } from './redirects.ts';
import { checkSummaries } from './summary.ts';
import { checkUnsafeHtml } from './unsafe-html.ts';

const rules: ((graph: ContentGraph) => Problem[])[] = [
  checkLinks,
  checkImages,
  checkDuplicateIds,
  checkOrphans,
  checkRedirects,
  checkOutputPaths,
  checkCodeLanguages,
  checkUnsafeHtml,
  checkDirectives,
  checkCaseCollisions,
  checkPlaceholders,
  checkHeadings,
  checkChecklistGuides,
  checkSummaries,
];

export function validateContent(graph: ContentGraph): Problem[] {
  return sortProblems([...graph.problems, ...rules.flatMap((rule) => rule(graph))]);
}
