/**
 * Every page must be buildable at its URL: its file name must make a path a URL can hold, and the page must not
 * land on a file the site already has, or inside one as if it were a folder (content/manual/index.html.md would
 * need manual/index.html, the manual folder's index, to be a folder). The build could not write such a page, or its links
 * would not reach it; the check says so first.
 */
import type { ContentGraph } from '../content-graph/graph.ts';
import { error, type Problem } from '../problems.ts';
import { outputCollision } from '../site-outputs.ts';
import { plannedSiteFiles } from './planned-site.ts';

/**
 * Characters a file name cannot carry into a URL path: "#" and "?" end the path (the rest becomes the fragment
 * or the query, and the link gives 404), "%" starts an escape, "\" is a separator to some hosts, control
 * characters are not allowed at all.
 */
const unsafeInUrl = /[#?%\\\u0000-\u001f\u007f]/;

export function checkOutputPaths(graph: ContentGraph): Problem[] {
  const problems: Problem[] = [];
  const site = plannedSiteFiles(graph);
  for (const page of [...graph.pages, ...graph.drafts]) {
    const bad = unsafeInUrl.exec(page.slug)?.[0];
    if (bad !== undefined) {
      problems.push(
        error(
          page.file,
          1,
          1,
          `the file name holds ${JSON.stringify(bad)}, which a URL path cannot carry: links to the page would not reach it`,
          'rename the file (git mv) using letters, digits, "-" and "_"',
        ),
      );
      continue;
    }
    // The home page is the generated page at /; glossary terms are sections of their folder's page.
    if (page.kind === 'home' || page.hash || page.draft) continue;
    const collision = outputCollision(page.path, site, page.file);
    if (collision)
      problems.push(
        error(
          page.file,
          1,
          1,
          `the page's URL ${page.path} cannot be built: ${collision}`,
          'rename the file (git mv); if it had another URL before, list that in redirect_from',
        ),
      );
  }
  return problems;
}
