/**
 * The state of a search (query and facet choices) and its shareable URL, /search/?q=naked+ping&section=Guides.
 * Pure, so the search page, the dialog and the tests agree.
 */
export interface SearchState {
  query: string;
  sections: string[];
  tags: string[];
}

/**
 * The longest query searched for, from a link's ?q= or from the search field: nobody types more, and Pagefind
 * takes time in proportion to the query, so a pasted page of text would keep search busy for the rest of the
 * visit.
 */
export const maxQueryLength = 200;

export function parseSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  return {
    query: (params.get('q') ?? '').slice(0, maxQueryLength),
    sections: params.getAll('section').filter(Boolean),
    tags: params.getAll('tag').filter(Boolean),
  };
}

export function searchStateQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set('q', state.query.trim());
  for (const section of state.sections) params.append('section', section);
  for (const tag of state.tags) params.append('tag', tag);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * The filter on the one record in each part of a split search index that holds the site's vocabulary
 * (src/incremental/vocabulary.ts); searches leave it out.
 */
export const vocabularyFilter = 'vocabulary';

/**
 * The filter that tells the two kinds of result apart: content pages (content pages, marked in
 * src/layouts/DocLayout.astro) and glossary terms (records added by src/integrations/search-index/records.ts). The
 * search UI asks for each kind separately, so short term records never crowd out the pages.
 */
export const kindFilter = 'kind';
export type ResultKind = 'page' | 'term';

/**
 * Pagefind's filter object for the chosen facets: any of the sections, any of the tags; only results of `kind`
 * when given; for a split index, never a vocabulary record.
 */
export function pagefindFilters(
  state: SearchState,
  split = false,
  kind?: ResultKind,
): Record<string, { any: string[] } | { none: string[] }> {
  const filters: Record<string, { any: string[] } | { none: string[] }> = {};
  if (state.sections.length) filters['section'] = { any: state.sections };
  if (state.tags.length) filters['tag'] = { any: state.tags };
  if (kind) filters[kindFilter] = { any: [kind] };
  if (split) filters[vocabularyFilter] = { none: ['site'] };
  return filters;
}

/** Words of the query worth highlighting on the target page (no operators, no one-letter words). */
export function highlightWords(query: string): string[] {
  return [
    ...new Set(
      query
        .toLowerCase()
        .split(/[^\p{L}\p{N}._-]+/u)
        .filter((word) => word.length > 1),
    ),
  ].slice(0, 8);
}
