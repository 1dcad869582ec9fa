/**
 * `npm run check`: validates all content without building the site. Reads the content graph once, runs every
 * rule, prints every problem as path:line:column (GitHub annotations when CI=true) and exits non-zero on error.
 */
import { buildContentGraph } from '../src/lib/content-graph/graph.ts';
import { formatProblem } from '../src/lib/problems.ts';
import { validateContent } from '../src/lib/rules/index.ts';
import { site } from '../src/site.config.ts';

const started = performance.now();
const root = process.cwd();
const graph = buildContentGraph(root, { includeDrafts: process.argv.includes('--drafts'), layout: site.layout });
const problems = validateContent(graph);
// GitHub Actions turns these lines into annotations on the pull request's changed lines.
const github = process.env['CI'] === 'true';
for (const problem of problems) {
  console.log(formatProblem(problem));
  if (github) console.log(formatProblem(problem, { github }));
}
const errors = problems.filter((p) => p.severity === 'error').length;
const warnings = problems.length - errors;
const ms = Math.round(performance.now() - started);
console.log(
  `${graph.pages.length} pages checked in ${ms} ms: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`,
);
// A strict site (the handbook) treats warnings as errors.
process.exitCode = errors > 0 || (site.strict && warnings > 0) ? 1 : 0;
