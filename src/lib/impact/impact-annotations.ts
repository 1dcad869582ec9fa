/**
 * The impact report's problems as GitHub Actions workflow commands (`::error file=...,line=...,col=...::`), so
 * each shows on the changed line of the pull request's diff. Only what is at a line of the working tree can be
 * annotated: a removed page has no file left to point at, and is in the job summary instead.
 */
import { formatProblem, warning, type Problem } from '../problems.ts';
import { resetCause, type Impact } from './compare-sites.ts';

/** Everything the report would annotate, as problems at a line of the working tree. */
export function impactProblems(impact: Impact): Problem[] {
  const resets = impact.checklistResets.map((reset) =>
    warning(
      reset.file,
      reset.line,
      reset.column,
      `checklist item "${reset.text}" (#${reset.id}): readers' saved tick is lost, because ${resetCause[reset.reason]}`,
      reset.reason === 'id-changed' ? `to keep readers' ticks, end the item's text with {#${reset.id}}` : undefined,
    ),
  );
  // A reset checklist item is annotated once, as a reset, not again as a removed id.
  const resetIds = new Set(impact.checklistResets.map((reset) => `${reset.file}#${reset.id}`));
  // An id the anchor lock knows is reported by its rule already, at the line where the fix goes.
  const lockErrors = impact.newProblems.filter((problem) => problem.rule === 'anchor-lock');
  const reported = (file: string, id: string) =>
    resetIds.has(`${file}#${id}`) ||
    lockErrors.some((problem) => problem.file === file && problem.message.includes(`"${id}"`));
  const removedIds = impact.ids
    .map((change) => ({ ...change, removed: change.removed.filter((id) => !reported(change.file, id)) }))
    .filter((change) => change.removed.length > 0)
    .map((change) =>
      warning(
        change.file,
        1,
        1,
        `section ids removed: ${change.removed.map((id) => `#${id}`).join(', ')}; pasted links to them land at the top of the page`,
        `if a section was renamed, add to the front matter: moved_anchors: { ${change.removed[0]}: new-id }`,
      ),
    );
  const unredirected = impact.pages
    .filter((change) => change.kind === 'moved' && !change.redirected && change.before)
    .map((change) =>
      warning(
        change.page.file,
        1,
        1,
        `this page moved from ${change.before!.url} to ${change.page.url} without a redirect: links pasted to the old URL break`,
        `add to the front matter: redirect_from: [${change.before!.url}]`,
      ),
    );
  return [
    ...impact.links.broken,
    ...impact.undefinedTerms.map((term) => term.problem),
    ...impact.newProblems,
    ...resets,
    ...removedIds,
    ...unredirected,
  ];
}

export function impactAnnotations(impact: Impact): string[] {
  return impactProblems(impact).map((problem) => formatProblem(problem, { github: true }));
}
