/**
 * The search UI on Pagefind's JS API: results as you type (debounced), with title, section, an excerpt with the
 * matched words marked, and sub-results linking to the matching section; facets by section and tag with counts;
 * arrow keys move through results. Loaded on first use only, and it loads Pagefind only then.
 */
import { maxQueryLength, pagefindFilters, type SearchState } from '../../lib/search-state.ts';
import type { SearchElements } from './skeleton.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: { title: string; url: string; excerpt: string; anchor?: { id?: string } }[];
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    term: string | null,
    options?: object,
  ): Promise<{
    results: { data(): Promise<PagefindResultData> }[];
    filters: Record<string, Record<string, number>>;
  } | null>;
}

const pageSize = 10;
const debounceMs = 150;

/** Loads Pagefind; says whether the index is split (src/lib/search-shards.ts). */
function loadPagefind(base: string): Promise<{ pagefind: Pagefind; split: boolean }> {
  return import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (module: Pagefind) => {
    const options = { baseUrl: base, highlightParam: 'highlight', excerptLength: 26 };
    await module.options(options);
    await module.init();
    // A large site's index comes in shards: Pagefind searches them all as one.
    const folders = document.documentElement.dataset['searchShards']?.split(' ').filter(Boolean) ?? [];
    await Promise.all(folders.map((folder) => module.mergeIndex(`${base}${folder}`, options)));
    return { pagefind: module, split: folders.length > 0 };
  });
}

/** Copies Pagefind's excerpt keeping only text and <mark>, so no markup from the index can reach the page. */
function excerptNodes(html: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html').body.firstElementChild;
  const nodes: Node[] = [];
  for (const child of parsed?.childNodes ?? []) {
    if (child.nodeType === Node.TEXT_NODE) nodes.push(document.createTextNode(child.textContent ?? ''));
    else if (child instanceof HTMLElement) {
      const copy = document.createElement(child.tagName === 'MARK' ? 'mark' : 'span');
      copy.textContent = child.textContent;
      nodes.push(copy);
    }
  }
  return nodes;
}

function link(href: string, className: string, ...children: (Node | string)[]): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  a.className = className;
  a.append(...children);
  return a;
}

function renderResult(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const title = document.createElement('span');
  title.className = 'search-result-title';
  title.textContent = data.meta['title'] ?? data.url;
  const section = document.createElement('span');
  section.className = 'badge';
  section.textContent = data.meta['section'] ?? '';
  const excerpt = document.createElement('p');
  excerpt.className = 'search-excerpt';
  excerpt.append(...excerptNodes(data.excerpt));
  item.append(link(data.url, 'search-result-link', title, ' ', section), excerpt);
  const subs = data.sub_results.filter((sub) => sub.anchor?.id && sub.url !== data.url).slice(0, 3);
  if (subs.length) {
    const list = document.createElement('ul');
    list.className = 'search-subresults';
    for (const sub of subs) {
      const li = document.createElement('li');
      const subExcerpt = document.createElement('p');
      subExcerpt.className = 'search-excerpt';
      subExcerpt.append(...excerptNodes(sub.excerpt));
      li.append(link(sub.url, 'search-subresult-link', sub.title), subExcerpt);
      list.append(li);
    }
    item.append(list);
  }
  return item;
}

function renderFacet(
  container: HTMLElement,
  name: 'section' | 'tag',
  label: string,
  counts: Record<string, number>,
  chosen: string[],
  onChange: () => void,
): void {
  const fieldset = document.createElement('fieldset');
  fieldset.className = `search-facet search-facet-${name}`;
  const legend = document.createElement('legend');
  legend.textContent = label;
  fieldset.append(legend);
  for (const [value, count] of Object.entries(counts).sort(([a], [b]) => a.localeCompare(b))) {
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.name = name;
    box.value = value;
    box.checked = chosen.includes(value);
    box.addEventListener('change', onChange);
    const text = document.createElement('label');
    text.className = 'search-facet-option';
    const countText = document.createElement('span');
    countText.className = 'search-count';
    countText.dataset['value'] = value;
    countText.textContent = `(${count})`;
    text.append(box, ` ${name === 'tag' ? `#${value}` : value} `, countText);
    fieldset.append(text);
  }
  if (name === 'tag') {
    const details = document.createElement('details');
    const summary = document.createElement('summary');
    summary.textContent = 'Filter by tag';
    details.open = chosen.length > 0;
    details.append(summary, fieldset);
    container.append(details);
  } else container.append(fieldset);
}

export interface MountOptions {
  base: string;
  elements: SearchElements;
  initial: SearchState;
  /** Called after each search with the state, e.g. to update the shareable URL. */
  onState?: (state: SearchState) => void;
}

export async function mountSearch({ base, elements, initial, onState }: MountOptions): Promise<void> {
  const { root, input, filters, status, results } = elements;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Settled only when no keystroke is waiting for its search: an older answer must not look like the latest.
  const settle = () => {
    if (timer === undefined) root.setAttribute('aria-busy', 'false');
  };
  input.value = initial.query || input.value;
  let pagefind: Pagefind;
  let split: boolean;
  try {
    ({ pagefind, split } = await loadPagefind(base));
  } catch {
    status.textContent =
      'Search is unavailable: the search index could not be loaded. Try again later, or browse the sections.';
    status.classList.add('search-error');
    settle();
    return;
  }
  const facetCounts = await pagefind.filters();
  const state = (): SearchState => ({
    // The field's maxlength limits typing and pasting, not a script setting its value.
    query: input.value.slice(0, maxQueryLength),
    sections: [...filters.querySelectorAll<HTMLInputElement>('input[name="section"]:checked')].map((b) => b.value),
    tags: [...filters.querySelectorAll<HTMLInputElement>('input[name="tag"]:checked')].map((b) => b.value),
  });
  let run = 0;
  const update = async () => {
    const current = state();
    const ticket = ++run;
    const hasFilters = current.sections.length + current.tags.length > 0;
    if (!current.query.trim() && !hasFilters) {
      results.replaceChildren();
      status.textContent = 'Type to search the essays, guides, checklists and glossary.';
      onState?.(current);
      settle();
      return;
    }
    const search = await pagefind.search(current.query.trim() || null, { filters: pagefindFilters(current, split) });
    if (!search || ticket !== run) return;
    const data = await Promise.all(search.results.slice(0, pageSize).map((result) => result.data()));
    if (ticket !== run) return;
    results.replaceChildren(...data.map(renderResult));
    for (const count of filters.querySelectorAll<HTMLElement>('.search-count')) {
      const facet = count.closest('fieldset')?.classList.contains('search-facet-tag') ? 'tag' : 'section';
      count.textContent = `(${search.filters[facet]?.[count.dataset['value'] ?? ''] ?? 0})`;
    }
    const total = search.results.length;
    const label = current.query.trim() ? ` for “${current.query.trim()}”` : '';
    status.textContent =
      total === 0
        ? `No results${label}. Try fewer or different words, or remove a filter.`
        : `${total} result${total === 1 ? '' : 's'}${label}${total > pageSize ? `, showing the first ${pageSize}` : ''}.`;
    onState?.(current);
    settle();
  };
  const schedule = () => {
    // Busy from the keystroke on, so nobody reads the previous query's results as this one's.
    root.setAttribute('aria-busy', 'true');
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      void update();
    }, debounceMs);
  };
  renderFacet(filters, 'section', 'Section', facetCounts['section'] ?? {}, initial.sections, schedule);
  renderFacet(filters, 'tag', 'Tag', facetCounts['tag'] ?? {}, initial.tags, schedule);
  input.addEventListener('input', schedule);
  elements.root.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...results.querySelectorAll<HTMLAnchorElement>('a')];
    if (links.length === 0) return;
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.target === input && event.key === 'ArrowDown') links[0]?.focus();
    else if (at >= 0 && event.key === 'ArrowDown') links[Math.min(at + 1, links.length - 1)]?.focus();
    else if (at > 0) links[at - 1]?.focus();
    else if (at === 0) input.focus();
    else return;
    event.preventDefault();
  });
  await update();
}
