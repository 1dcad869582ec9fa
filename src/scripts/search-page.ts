/** The /search/ page: mounts the search UI in the page, starting from (and keeping in sync with) the URL. */
import { parseSearchState, searchStateQuery } from '../lib/search-state.ts';
import { buildSearchSkeleton } from './search/skeleton.ts';
import { mountSearch } from './search/ui.ts';
import { uiText } from './ui-text.ts';

const container = document.getElementById('search-page');
if (container) {
  const elements = buildSearchSkeleton('search-page', uiText(container));
  container.append(elements.root);
  const initial = parseSearchState(location.search);
  elements.input.value = initial.query;
  elements.input.focus();
  void mountSearch({
    base: document.documentElement.dataset['base'] ?? '/',
    elements,
    initial,
    onState: (state) => history.replaceState(null, '', `${location.pathname}${searchStateQuery(state)}`),
  });
}
