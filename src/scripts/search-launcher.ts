/**
 * On every page: opens the search dialog from the header button, "/" or Ctrl/Cmd+K, and highlights searched
 * words when the reader arrives from a result. It is tiny; the search UI and Pagefind load only when search
 * is first opened, and the highlighter only when the URL asks for it.
 */
import { buildSearchSkeleton, type SearchElements } from './search/skeleton.ts';
import { uiText } from './ui-text.ts';

const base = document.documentElement.dataset['base'] ?? '/';
const link = document.querySelector<HTMLAnchorElement>('.search-link');
const button = document.querySelector<HTMLButtonElement>('.search-button');
let dialog: HTMLDialogElement | undefined;
let elements: SearchElements | undefined;
let opener: Element | null = null;

function open(): void {
  // On the search page, the page's own field is the search.
  const pageInput = document.querySelector<HTMLInputElement>('#search-page-input');
  if (pageInput) {
    pageInput.focus();
    pageInput.select();
    return;
  }
  opener = document.activeElement;
  if (!dialog || !elements) {
    dialog = document.createElement('dialog');
    dialog.className = 'search-dialog';
    // The words ride on the header's search button (src/components/Header.astro).
    const text = uiText(button);
    dialog.setAttribute('aria-label', text.t('search.label'));
    elements = buildSearchSkeleton('search-dialog', text);
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'search-close';
    close.textContent = text.t('search.close');
    close.addEventListener('click', () => dialog?.close());
    dialog.append(close, elements.root);
    // Clicking the backdrop (outside the panel) closes the dialog.
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) dialog.close();
    });
    dialog.addEventListener('close', () => {
      if (opener instanceof HTMLElement) opener.focus();
    });
    document.body.append(dialog);
    const current = elements;
    void import('./search/ui.ts').then(({ mountSearch }) =>
      mountSearch({ base, elements: current, initial: { query: '', sections: [], tags: [] } }),
    );
  }
  dialog.showModal();
  elements.input.focus();
  elements.input.select();
}

if (link && button) {
  link.hidden = true;
  button.hidden = false;
  button.addEventListener('click', open);
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    // "/" is a character in text fields; elsewhere (including on a checkbox) it opens search.
    const typing =
      target.closest(
        'input:not([type="checkbox"], [type="radio"], [type="button"], [type="submit"]), textarea, select, [contenteditable=""], [contenteditable="true"]',
      ) !== null;
    if ((event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      open();
    } else if (event.key === '/' && !typing && !event.altKey && !event.ctrlKey && !event.metaKey && !dialog?.open) {
      event.preventDefault();
      open();
    }
  });
}

const highlight = new URLSearchParams(location.search).get('highlight');
if (highlight) void import('./search/highlight.ts').then(({ highlightInMain }) => highlightInMain(highlight));
