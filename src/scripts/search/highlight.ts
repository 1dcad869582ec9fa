/**
 * Highlight on arrival: marks the searched words (from ?highlight=) inside <main> with <mark>, and brings the
 * first one into view unless the URL names a section. Loaded only when the URL asks for it.
 */
import { highlightWords } from '../../lib/search-state.ts';

export function highlightInMain(query: string): number {
  const main = document.querySelector('main');
  const words = highlightWords(query);
  if (!main || words.length === 0) return 0;
  const pattern = new RegExp(`(${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'giu');
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest(
        'script, style, mark, [data-pagefind-ignore], .heading-link, .source-link, .report-link',
      )
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const texts: Text[] = [];
  while (walker.nextNode()) texts.push(walker.currentNode as Text);
  let count = 0;
  for (const text of texts) {
    const parts = text.data.split(pattern);
    if (parts.length < 2) continue;
    const fragment = document.createDocumentFragment();
    parts.forEach((part, index) => {
      if (index % 2 === 1) {
        const mark = document.createElement('mark');
        mark.className = 'search-hit';
        mark.textContent = part;
        fragment.append(mark);
        count++;
      } else if (part) fragment.append(part);
    });
    text.replaceWith(fragment);
  }
  if (!location.hash) main.querySelector('mark.search-hit')?.scrollIntoView({ block: 'center' });
  return count;
}
