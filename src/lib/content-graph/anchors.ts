/**
 * Finds the id a link's #fragment means on a page, the way GitHub finds it in a file view: case-insensitively,
 * and by the id GitHub gives each heading's text. The two differ from the page's ids where a heading is pinned
 * with `{#id}` (GitHub shows the marker as text: `## Logs {#logs}` is #logs-logs there, #logs here) and for the
 * title heading, which the layout shows as the page's <h1> (a link to it lands at the top of the page).
 */
import GithubSlugger from 'github-slugger';
import type { HeadingId } from '../heading-ids.ts';

/** What anchor lookup reads of a page. */
export interface AnchorFacts {
  ids: ReadonlySet<string>;
  titleFromHeading: boolean;
  markdown: {
    titleText: string | undefined;
    headings: readonly Pick<HeadingId, 'id' | 'text' | 'pinned'>[];
  };
}

const tables = new WeakMap<AnchorFacts, Map<string, string>>();

/** Lower-cased anchors GitHub accepts -> the page's id ("" for the title heading: the top of the page). */
function githubAnchors(page: AnchorFacts): Map<string, string> {
  let table = tables.get(page);
  if (table) return table;
  table = new Map();
  for (const id of page.ids) if (!table.has(id.toLowerCase())) table.set(id.toLowerCase(), id);
  // GitHub numbers repeated headings over the whole file, the title heading included, as the page does.
  const slugger = new GithubSlugger();
  const add = (slug: string, id: string) => {
    if (!table.has(slug)) table.set(slug, id);
  };
  if (page.titleFromHeading && page.markdown.titleText !== undefined) add(slugger.slug(page.markdown.titleText), '');
  for (const heading of page.markdown.headings)
    add(slugger.slug(heading.pinned ? `${heading.text} {#${heading.id}}` : heading.text), heading.id);
  tables.set(page, table);
  return table;
}

/**
 * The page's id for a written anchor (itself when the page has it), "" when it names the title heading, or
 * undefined when the page has nothing by that name.
 */
export function findAnchor(page: AnchorFacts, written: string): string | undefined {
  if (page.ids.has(written)) return written;
  return githubAnchors(page).get(written.toLowerCase());
}

/** Whether a page carries the facts anchor lookup needs (the worker's link table has file names only). */
export function hasAnchorFacts(page: object): page is AnchorFacts {
  return 'ids' in page && 'markdown' in page;
}
