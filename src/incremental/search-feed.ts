/**
 * Hands each finished page to the search indexer as the build writes it (src/middleware.ts), so Pagefind
 * indexes on the second core while Astro renders the rest, instead of re-reading every file after the build.
 * The integration that owns the index (src/integrations/search-index/index.ts) opens the feed in the build's
 * site context (src/context/site-context.ts) when the build starts and closes it when the build is done; outside
 * a build (dev server) there is no feed.
 */

/** Receives a page's site path (base path included) and its complete HTML. */
export type SearchFeed = (pathname: string, html: string) => void;

/**
 * The search index of one build as the rest of the build sees it (src/integrations/search-index/session.ts):
 * pages go in as they are rendered (or, for a rebuild, as soon as the reused ones are known), and it is written
 * once the site is complete.
 */
export interface SearchIndexBuild {
  /** A page by its URL path (base included, not percent-encoded). Pages that are not searchable are skipped. */
  addPage(path: string, html: string): void;
  finish(dir: string): Promise<{ pages: number; terms: number; written: number; reused: number }>;
  abort(): Promise<void>;
}
