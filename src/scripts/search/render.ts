/**
 * Renders Pagefind results as list items, with DOM calls only: a page with its section badge, an excerpt with
 * the matched words marked, and its best-matching sections or checklist items as sub-results; a glossary term
 * with its excerpt. Nothing from the index reaches the page as markup.
 */
import { bestSubResults, type SubResult } from '../../lib/search-ranking.ts';

/** The part of Pagefind's result data the UI renders. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: SubResult[];
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

function excerpt(html: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.className = 'search-excerpt';
  p.append(...excerptNodes(html));
  return p;
}

function subResult(sub: SubResult): HTMLLIElement {
  const li = document.createElement('li');
  li.append(link(sub.url, 'search-subresult-link', sub.title));
  // A checklist item's title is its whole text, and a heading followed by items has no text of its own: an
  // excerpt that would only repeat the title is left out.
  const text = excerpt(sub.excerpt);
  const words = (value: string) => value.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  if (sub.anchor?.element !== 'li' && words(text.textContent ?? '') !== words(sub.title)) li.append(text);
  return li;
}

/** A page: title and section badge, then its three best-matching sections or checklist items, or an excerpt. */
export function renderPage(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const title = document.createElement('span');
  title.className = 'search-result-title';
  title.textContent = data.meta['title'] ?? data.url;
  const section = document.createElement('span');
  section.className = 'badge';
  section.textContent = data.meta['section'] ?? '';
  item.append(link(data.url, 'search-result-link', title, ' ', section));
  const subs = bestSubResults(data.url, data.sub_results);
  // The sections' excerpts say where the words are; the page's own excerpt would repeat the best of them.
  if (subs.length === 0) item.append(excerpt(data.excerpt));
  else {
    const list = document.createElement('ul');
    list.className = 'search-subresults';
    list.append(...subs.map(subResult));
    item.append(list);
  }
  return item;
}

/** A glossary term: its name and the part of its definition that matched. */
export function renderTerm(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result search-term';
  const title = document.createElement('span');
  title.className = 'search-result-title';
  title.textContent = data.meta['title'] ?? data.url;
  item.append(link(data.url, 'search-result-link', title), excerpt(data.excerpt));
  return item;
}
