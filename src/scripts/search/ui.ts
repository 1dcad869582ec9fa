/**
 * The search UI on Pagefind's JS API: results as you type (debounced), in two groups, each with its own
 * "Show more" (src/scripts/search/result-group.ts): the pages , each with its
 * best-matching sections or checklist items, and the glossary terms, which come first only when one of them
 * names the query (src/lib/search-ranking.ts). Facets by section and tag with counts; arrow keys move through
 * results. Loaded on first use only, and it loads Pagefind only then.
 */
import { namesQuery, searchRanking } from '../../lib/search-ranking.ts';
import { maxQueryLength, pagefindFilters, type ResultKind, type SearchState } from '../../lib/search-state.ts';
import { renderPage, renderTerm } from './render.ts';
import { resultGroup, type PagefindResult } from './result-group.ts';
import type { SearchElements } from './skeleton.ts';
import type { UiText } from '../ui-text.ts';

type FilterCounts = Record<string, Record<string, number>>;

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(term: string | null, options?: object): Promise<{ results: PagefindResult[]; filters: FilterCounts } | null>;
}

/** Pages shown at first and per "Show more"; terms are short, and a handful is enough to spot the right one. */
const pageSize = 10;
const termPageSize = 5;
const debounceMs = 150;

/**
 * The site's search indexes by language, from the page: its own (`data-search-root`, "" for the default language's,
 * "es/" for es) and every language's (`data-search-languages`: "root:lang" pairs). A site in one language has one.
 */
function searchIndexes(): { root: string; others: { root: string; lang: string }[] } {
  const data = document.documentElement.dataset;
  const root = data['searchRoot'] ?? '';
  const all = (data['searchLanguages'] ?? '').split(' ').filter(Boolean);
  const others = all
    .map((entry) => ({ root: entry.slice(0, entry.lastIndexOf(':')), lang: entry.slice(entry.lastIndexOf(':') + 1) }))
    .filter((index) => index.root !== root);
  return { root, others };
}

/**
 * Loads Pagefind for the page's language; says whether the index is split (src/incremental/search-shards.ts).
 * With `everyLanguage`, a second instance (another module URL, so another Pagefind) merges every other
 * language's index into it, each loaded in its own language.
 */
function loadPagefind(base: string, everyLanguage = false): Promise<{ pagefind: Pagefind; split: boolean }> {
  const { root, others } = searchIndexes();
  const url = `${base}${root}pagefind/pagefind.js${everyLanguage ? '?every-language' : ''}`;
  return import(/* @vite-ignore */ url).then(async (module: Pagefind) => {
    const options = { baseUrl: base, highlightParam: 'highlight', excerptLength: 26, ranking: searchRanking };
    await module.options(options);
    await module.init();
    // A large site's index comes in shards (the default language's only): Pagefind searches them all as one.
    const shards = document.documentElement.dataset['searchShards']?.split(' ').filter(Boolean) ?? [];
    const merged = root === '' || everyLanguage ? shards : [];
    const language = (other: { lang: string }) => (other.lang ? { language: other.lang } : {});
    const defaultLang = others.find((other) => other.root === '');
    await Promise.all([
      ...merged.map((folder) =>
        module.mergeIndex(`${base}${folder}`, { ...options, ...(defaultLang && language(defaultLang)) }),
      ),
      ...(everyLanguage ? others : []).map((other) =>
        module.mergeIndex(`${base}${other.root}pagefind/`, { ...options, ...language(other) }),
      ),
    ]);
    return { pagefind: module, split: merged.length > 0 };
  });
}

/** Adds up the facet counts of searches over disjoint results (pages and terms). */
function sumCounts(...counts: FilterCounts[]): FilterCounts {
  const sum: FilterCounts = {};
  for (const byFacet of counts)
    for (const [facet, values] of Object.entries(byFacet))
      for (const [value, count] of Object.entries(values)) {
        const totals = (sum[facet] ??= {});
        totals[value] = (totals[value] ?? 0) + count;
      }
  return sum;
}

/** The "Search all languages" switch, first among the filters; unchecked: the reader's language only. */
function renderLanguageChoice(container: HTMLElement, text: UiText): HTMLInputElement {
  const label = document.createElement('label');
  label.className = 'search-languages';
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.name = 'languages';
  label.append(box, ` ${text.t('search.allLanguages')}`);
  container.prepend(label);
  return box;
}

function renderFacet(
  container: HTMLElement,
  name: 'section' | 'tag',
  text: UiText,
  counts: Record<string, number>,
  chosen: string[],
  onChange: () => void,
): void {
  const fieldset = document.createElement('fieldset');
  fieldset.className = `search-facet search-facet-${name}`;
  const legend = document.createElement('legend');
  legend.textContent = text.t(name === 'tag' ? 'search.tagFacet' : 'search.sectionFacet');
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
    summary.textContent = text.t('search.filterByTag');
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
  const { idPrefix, root, input, filters, status, results, text } = elements;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let steps = 0;
  // Settled only when no keystroke waits for its search and no search or "Show more" is still loading: an older
  // answer must not look like the latest.
  const settle = () => {
    if (timer === undefined && steps === 0) root.setAttribute('aria-busy', 'false');
  };
  const busyWhile = async (step: () => Promise<void>) => {
    steps++;
    root.setAttribute('aria-busy', 'true');
    try {
      await step();
    } finally {
      steps--;
      settle();
    }
  };
  input.value = initial.query || input.value;
  let pagefind: Pagefind;
  let split: boolean;
  try {
    ({ pagefind, split } = await loadPagefind(base));
  } catch {
    status.textContent = text.t('search.unavailable');
    status.classList.add('search-error');
    settle();
    return;
  }
  // One language's index by default; "Search all languages" switches to an instance holding every language's.
  const own = { pagefind, split };
  let everyLanguage: Promise<{ pagefind: Pagefind; split: boolean }> | undefined;
  const languageBox = searchIndexes().others.length > 0 ? renderLanguageChoice(filters, text) : undefined;
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
    const isCurrent = () => ticket === run;
    const query = current.query.trim();
    if (!query && current.sections.length + current.tags.length === 0) {
      results.replaceChildren();
      status.textContent = text.t('search.prompt');
      onState?.(current);
      return;
    }
    let engine = own;
    if (languageBox?.checked) {
      everyLanguage ??= loadPagefind(base, true);
      try {
        engine = await everyLanguage;
      } catch {
        everyLanguage = undefined; // The other languages' indexes could not be loaded: search this one.
      }
    }
    // Pages and terms are searched apart, so dozens of short term records never push the pages down.
    const search = (kind: ResultKind) =>
      engine.pagefind.search(query || null, { filters: pagefindFilters(current, engine.split, kind) });
    const [pages, terms] = await Promise.all([search('page'), search('term')]);
    if (!pages || !terms || !isCurrent()) return;
    const [pageGroup, termGroup] = await Promise.all([
      resultGroup({
        id: `${idPrefix}-pages`,
        heading: text.t('search.pagesHeading'),
        moreText: text.t('search.morePages'),
        results: pages.results,
        pageSize,
        render: renderPage,
        busyWhile,
        isCurrent,
      }),
      resultGroup({
        id: `${idPrefix}-terms`,
        heading: text.t('search.termsHeading'),
        moreText: text.t('search.moreTerms'),
        results: terms.results,
        pageSize: termPageSize,
        render: renderTerm,
        busyWhile,
        isCurrent,
      }),
    ]);
    if (!isCurrent()) return;
    // A term that names the query ("naked ping", "delorean") is its definition: shown above the pages.
    const definitionFirst = namesQuery(termGroup?.shown[0]?.meta['title'] ?? '', query);
    const groups = definitionFirst ? [termGroup, pageGroup] : [pageGroup, termGroup];
    results.replaceChildren(...groups.flatMap((group) => (group ? [group.element] : [])));
    const counts = sumCounts(pages.filters, terms.filters);
    for (const count of filters.querySelectorAll<HTMLElement>('.search-count')) {
      const facet = count.closest('fieldset')?.classList.contains('search-facet-tag') ? 'tag' : 'section';
      // Pagefind counts a facet over the page's own language only: across languages a count would mislead.
      count.textContent = engine === own ? `(${counts[facet]?.[count.dataset['value'] ?? ''] ?? 0})` : '';
    }
    const total = pages.results.length + terms.results.length;
    status.textContent =
      total === 0
        ? text.t(query ? 'search.noResultsFor' : 'search.noResults', { query })
        : text.t(query ? 'search.summaryFor' : 'search.summary', {
            query,
            results: text.tn('search.results', total),
            pages: text.tn('search.pages', pages.results.length),
            terms: text.tn('search.terms', terms.results.length),
          });
    onState?.(current);
  };
  const schedule = () => {
    // Busy from the keystroke on, so nobody reads the previous query's results as this one's.
    root.setAttribute('aria-busy', 'true');
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      void busyWhile(update);
    }, debounceMs);
  };
  renderFacet(filters, 'section', text, facetCounts['section'] ?? {}, initial.sections, schedule);
  renderFacet(filters, 'tag', text, facetCounts['tag'] ?? {}, initial.tags, schedule);
  languageBox?.addEventListener('change', schedule);
  input.addEventListener('input', schedule);
  elements.root.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const targets = [...results.querySelectorAll<HTMLElement>('a, button:not([hidden])')];
    if (targets.length === 0) return;
    const at = targets.indexOf(document.activeElement as HTMLElement);
    if (event.target === input && event.key === 'ArrowDown') targets[0]?.focus();
    else if (at >= 0 && event.key === 'ArrowDown') targets[Math.min(at + 1, targets.length - 1)]?.focus();
    else if (at > 0) targets[at - 1]?.focus();
    else if (at === 0) input.focus();
    else return;
    event.preventDefault();
  });
  await busyWhile(update);
}
