/**
 * The part of a page Pagefind reads, to hand it over instead of the whole page: the `<html>` tag (its `lang`
 * chooses the index's language) and the element marked `data-pagefind-body` (the layout's `<main>`, which holds
 * the title, the text, the filters and the meta: src/layouts/DocLayout.astro). The header, navigation, table of
 * contents and footer are a quarter of a page, and every byte goes to Pagefind as base64 inside JSON over a pipe,
 * on the thread that renders the pages.
 *
 * Hand-written string search, not a parser: the layout writes one `<main>`, and parsing every page again would
 * cost more than the bytes it saves. A page of another shape is handed over whole.
 */
export function searchableHtml(html: string): string {
  const htmlTag = /<html\b[^>]*>/i.exec(html);
  const start = html.search(/<main\b[^>]*\bdata-pagefind-body\b/i);
  const end = html.lastIndexOf('</main>');
  if (!htmlTag || start === -1 || end < start || html.indexOf('<main', start + 1) !== -1) return html;
  return `<!doctype html>${htmlTag[0]}<head><meta charset="utf-8"></head><body>${html.slice(start, end + '</main>'.length)}</body></html>`;
}
