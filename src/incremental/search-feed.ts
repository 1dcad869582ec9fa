/**
 * Hands each finished page to the search indexer as the build writes it (src/middleware.ts), so Pagefind
 * indexes on the second core while Astro renders the rest, instead of re-reading every file after the build.
 * The integration that owns the index (src/integrations/search-index.ts) opens the feed when the build starts
 * and closes it when the build is done; outside a build (dev server) there is no feed. Astro loads the config
 * and the pages through different module graphs, so the feed lives on a global symbol.
 */
const key = Symbol.for('folio.search-feed');

/** Receives a page's site path (base path included) and its complete HTML. */
export type SearchFeed = (pathname: string, html: string) => void;
type Holder = { [key]?: SearchFeed | undefined };

export function openSearchFeed(feed: SearchFeed): void {
  (globalThis as Holder)[key] = feed;
}

export function closeSearchFeed(): void {
  (globalThis as Holder)[key] = undefined;
}

export function searchFeed(): SearchFeed | undefined {
  return (globalThis as Holder)[key];
}
