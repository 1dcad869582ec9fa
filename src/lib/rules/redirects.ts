/**
 * A redirect must not hide a real page, and one old path cannot lead to two pages.
 */
import type { ContentGraph } from '../content-graph/graph.ts';
import { error, type Problem } from '../problems.ts';
import { redirectsOf } from '../redirects.ts';

/** Paths the site generates besides content pages. */
const builtInPaths = new Set(['/', '/essays/', '/guides/', '/checklists/', '/glossary/', '/tags/', '/search/']);

export function checkRedirects(graph: ContentGraph): Problem[] {
  const problems: Problem[] = [];
  const pagePaths = new Map(graph.pages.filter((page) => !page.hash).map((page) => [page.path, page]));
  const claimed = new Map<string, string>();
  for (const redirect of redirectsOf(graph.pages)) {
    const { line, column } = redirect.to.positions.get(`redirect_from.${redirect.index}`) ?? { line: 1, column: 1 };
    const report = (message: string, hint: string) =>
      problems.push(error(redirect.to.file, line, column, message, hint));
    const real = pagePaths.get(redirect.from);
    if (real)
      report(
        `redirect_from "${redirect.from}" is the URL of an existing page (${real.file})`,
        'remove it from redirect_from, or move that page first',
      );
    else if (builtInPaths.has(redirect.from) || redirect.from.startsWith('/tags/'))
      report(`redirect_from "${redirect.from}" is a page the site generates`, 'remove it from redirect_from');
    const other = claimed.get(redirect.from);
    if (other && other !== redirect.to.file)
      report(`redirect_from "${redirect.from}" is also claimed by ${other}`, 'keep it in only one page');
    claimed.set(redirect.from, redirect.to.file);
  }
  return problems;
}
