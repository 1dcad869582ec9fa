/**
 * Every content rule, run over the graph. Adding a rule is adding a file, its id in catalog.ts and a line here.
 * Each problem carries the id of the rule that found it, so the config can set its level (levels.ts).
 */
import type { ContentGraph } from '../content-graph/graph.ts';
import { byRule, sortProblems, type Problem } from '../problems.ts';
import { checkAnchorLock, checkAnchorLockUpdate } from './anchor-lock.ts';
import { checkCaseCollisions } from './case-collisions.ts';
import type { RuleId } from './catalog.ts';
import { checkChecklistGuides } from './checklist-guide.ts';
import { checkCodeLanguages } from './code-languages.ts';
import { checkDiagrams } from './diagrams.ts';
import { checkDirectives } from './directives.ts';
import { checkDuplicateIds, checkHeadingAnchors } from './duplicate-ids.ts';
import { checkHeadings } from './headings.ts';
import { checkImages } from './images.ts';
import { applyRuleLevels, type LeveledProblems, type LevelSettings } from './levels.ts';
import { checkIncludes, checkTemplateHelpers } from './includes.ts';
import { checkLinks } from './links.ts';
import { checkOrphans } from './orphans.ts';
import { checkOutputPaths } from './output-paths.ts';
import { checkPlaceholders } from './placeholders.ts';
import { checkRedirects } from './redirects.ts';
import { checkRequiredFrontMatter } from './required-front-matter.ts';
import { checkReviewDates } from './review-dates.ts';
import { checkTranslations } from './translations.ts';
import { checkSummaries } from './summary.ts';
import { checkHtmlStyle, checkUnsafeHtml } from './unsafe-html.ts';

/** The rules whose problems are found while the docs folder is read, not by a check of the graph. */
type ReadingRuleId = 'files' | 'front-matter' | 'front-matter-style' | 'empty-pages';

/** Each rule of the catalog that checks the graph, by id (the type makes sure none is left out). */
const rules: Record<Exclude<RuleId, ReadingRuleId>, (graph: ContentGraph) => Problem[]> = {
  'required-front-matter': checkRequiredFrontMatter,
  'anchor-lock': checkAnchorLock,
  'anchor-lock-update': checkAnchorLockUpdate,
  links: checkLinks,
  images: checkImages,
  'duplicate-ids': checkDuplicateIds,
  'heading-anchors': checkHeadingAnchors,
  orphans: checkOrphans,
  redirects: checkRedirects,
  'output-paths': checkOutputPaths,
  'code-languages': checkCodeLanguages,
  // One reading of the diagrams, two levels: what Mermaid rejects, and what the build cannot draw.
  diagrams: (graph) => checkDiagrams(graph).filter((problem) => problem.severity === 'error'),
  'diagram-kinds': (graph) => checkDiagrams(graph).filter((problem) => problem.severity === 'warning'),
  'unsafe-html': checkUnsafeHtml,
  'html-style': checkHtmlStyle,
  directives: checkDirectives,
  'case-collisions': checkCaseCollisions,
  placeholders: checkPlaceholders,
  headings: checkHeadings,
  'checklist-guides': checkChecklistGuides,
  'review-dates': (graph) => checkReviewDates(graph),
  translations: checkTranslations,
  includes: checkIncludes,
  'template-helpers': checkTemplateHelpers,
  // One reading of SUMMARY.md, two levels: a chapter that leads nowhere breaks the order; the rest is style.
  summary: (graph) => checkSummaries(graph).filter((problem) => problem.severity === 'error'),
  'summary-style': (graph) => checkSummaries(graph).filter((problem) => problem.severity === 'warning'),
};

/**
 * Problems found while reading the docs folder carry their rule when they know it (front matter); the rest
 * are about files that cannot be read or published.
 */
const readingRule: ReadingRuleId = 'files';

/** Every problem in the content, each with its rule id and its rule's default severity. */
export function validateContent(graph: ContentGraph): Problem[] {
  return sortProblems([
    ...graph.problems.map((problem) => (problem.rule === undefined ? byRule(readingRule, problem) : problem)),
    ...Object.entries(rules).flatMap(([id, rule]) => rule(graph).map((problem) => byRule(id, problem))),
  ]);
}

/**
 * What `folio check`, the build and the dev server report: the config's problems, then the content's, at the
 * levels the config and strict give them.
 */
export function checkContent(
  graph: ContentGraph,
  settings: LevelSettings & { configProblems?: readonly Problem[] },
): LeveledProblems {
  return applyRuleLevels([...(settings.configProblems ?? []), ...validateContent(graph)], settings);
}
