/**
 * A redirect must not hide a real page, one old path cannot lead to two pages, and the redirect page must be
 * buildable: not on a file the site has (/rss.xml/ would need rss.xml to be a folder), nor in a folder the build
 * fills itself (/_astro/, /pagefind/), and without "." or ".." segments (a browser resolves them before asking,
 * so the redirect page would never be reached, or the build would write it outside its folder).
 */
import type { ContentGraph } from '../content-graph/graph.ts';
import { error, type Problem } from '../problems.ts';
import { redirectsOf } from '../redirects.ts';
import { isGeneratedPage, outputCollision } from '../site-outputs.ts';
import { plannedSiteFiles } from './planned-site.ts';

export function checkRedirects(graph: ContentGraph): Problem[] {
  const problems: Problem[] = [];
  const pagePaths = new Map(graph.pages.filter((page) => !page.hash).map((page) => [page.path, page]));
  const claimed = new Map<string, string>();
  const site = plannedSiteFiles(graph);
  for (const redirect of redirectsOf(graph.pages)) {
    const { line, column } = redirect.at;
    const report = (message: string, hint: string) =>
      problems.push(error(redirect.to.file, line, column, message, hint));
    const real = pagePaths.get(redirect.from);
    const other = claimed.get(redirect.from);
    const collision = outputCollision(redirect.from, site, `redirect_from of ${redirect.to.file}`);
    if (redirect.from.split('/').some((segment) => segment === '.' || segment === '..'))
      report(
        `redirect_from "${redirect.from}" has a "." or ".." segment, which browsers resolve before asking for it`,
        'write the old URL as the browser shows it, e.g. /manual/old-name/',
      );
    else if (real)
      report(
        `redirect_from "${redirect.from}" is the URL of an existing page (${real.file})`,
        'remove it from redirect_from, or move that page first',
      );
    else if (isGeneratedPage(redirect.from))
      report(`redirect_from "${redirect.from}" is a page the site generates`, 'remove it from redirect_from');
    else if (other && other !== redirect.to.file)
      report(`redirect_from "${redirect.from}" is also claimed by ${other}`, 'keep it in only one page');
    else if (collision)
      report(`redirect_from "${redirect.from}" cannot be built: ${collision}`, 'remove it from redirect_from');
    claimed.set(redirect.from, redirect.to.file);
  }
  return problems;
}
