/**
 * The search form's markup, built with DOM calls (no HTML strings), shared by the dialog and the search page.
 */
import { maxQueryLength } from '../../lib/search-state.ts';
import type { UiText } from '../ui-text.ts';

export interface SearchElements {
  /** Prefix of the ids inside, so two search forms on a page (dialog and page) never share one. */
  idPrefix: string;
  root: HTMLElement;
  input: HTMLInputElement;
  filters: HTMLElement;
  status: HTMLElement;
  /** Holds the groups of results (src/scripts/search/result-group.ts). */
  results: HTMLElement;
  /** The search's words, from the data-ui of the element that hosts it. */
  text: UiText;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  attrs: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  return node;
}

export function buildSearchSkeleton(idPrefix: string, text: UiText): SearchElements {
  // aria-busy stays true until the first answer is on screen; ui.ts keeps it current (assistive technology
  // waits for it, and so do the end-to-end tests instead of guessing how long a search takes).
  const root = el('div', { className: 'search' }, { 'aria-busy': 'true' });
  const form = el('form', { className: 'search-form' }, { role: 'search', action: '' });
  const label = el('label', { htmlFor: `${idPrefix}-input`, textContent: text.t('search.label') });
  const input = el(
    'input',
    {
      id: `${idPrefix}-input`,
      type: 'search',
      name: 'q',
      autocomplete: 'off',
      spellcheck: false,
      maxLength: maxQueryLength,
    },
    { 'aria-describedby': `${idPrefix}-status`, enterkeyhint: 'search' },
  );
  form.append(label, input);
  form.addEventListener('submit', (event) => event.preventDefault());
  const filters = el('div', { className: 'search-filters' });
  const status = el(
    'p',
    { id: `${idPrefix}-status`, className: 'search-status' },
    { role: 'status', 'aria-live': 'polite' },
  );
  const results = el('div', { className: 'search-output' });
  root.append(form, filters, status, results);
  return { idPrefix, root, input, filters, status, results, text };
}
