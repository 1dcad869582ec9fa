/**
 * One group of search results under its own heading ("Pages", "Glossary"), shown a few at a time: a
 * "Show more" button loads the next ones on demand (Pagefind loads each result's data only when asked) and
 * moves the focus to the first new result, so keyboard and screen-reader users continue where the list grew.
 */
import { format } from '../../config/ui-strings.ts';
import type { PagefindResultData } from './render.ts';

export interface PagefindResult {
  data(): Promise<PagefindResultData>;
}

export interface GroupOptions {
  id: string;
  heading: string;
  /** The button's text: "Show more results ({shown} of {total} shown)" in the site's words. */
  moreText: string;
  results: readonly PagefindResult[];
  pageSize: number;
  render: (data: PagefindResultData) => HTMLLIElement;
  /** Runs a step that changes what is on screen, marking the search busy until it is done. */
  busyWhile: (step: () => Promise<void>) => Promise<void>;
  /** False once a newer search has replaced this one: its late answers are dropped. */
  isCurrent: () => boolean;
}

export interface ResultGroup {
  element: HTMLElement;
  /** The data of the results on screen, in order. */
  shown: PagefindResultData[];
}

/** Builds the group with its first results loaded; undefined when it has none (or a newer search started). */
export async function resultGroup(options: GroupOptions): Promise<ResultGroup | undefined> {
  const { id, heading, moreText, results, pageSize, render, busyWhile, isCurrent } = options;
  if (results.length === 0) return undefined;
  const shown: PagefindResultData[] = [];
  const section = document.createElement('section');
  section.className = 'search-group';
  section.setAttribute('aria-labelledby', `${id}-heading`);
  const title = document.createElement('h2');
  title.className = 'search-group-title';
  title.id = `${id}-heading`;
  title.textContent = `${heading} (${results.length})`;
  const list = document.createElement('ol');
  list.className = 'search-results';
  const more = document.createElement('button');
  more.type = 'button';
  more.className = 'search-more';

  /** Loads and shows the next results; false when a newer search made them stale. */
  const showNext = async (): Promise<boolean> => {
    const next = await Promise.all(results.slice(shown.length, shown.length + pageSize).map((result) => result.data()));
    if (!isCurrent()) return false;
    shown.push(...next);
    const items = next.map(render);
    list.append(...items);
    more.textContent = format(moreText, { shown: shown.length, total: results.length });
    more.hidden = shown.length >= results.length;
    return items.length > 0;
  };
  more.addEventListener('click', () => {
    void busyWhile(async () => {
      const before = list.children.length;
      if (await showNext()) list.children[before]?.querySelector<HTMLElement>('a')?.focus();
    });
  });
  if (!(await showNext())) return undefined;
  section.append(title, list, more);
  return { element: section, shown };
}
