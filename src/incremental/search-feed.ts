/**
 * The search index of one build as the rest of the build sees it (src/integrations/search-index/session.ts):
 * a rebuild hands it the pages it reuses as soon as it knows them; once the site is complete, it reads the
 * pages this build rendered from the built site and is written.
 */
export interface SearchIndexBuild {
  /**
   * Pages a rebuild takes unchanged from the published site, by URL path (base included, not percent-encoded),
   * read from that site's folder. Pages that are not searchable are skipped.
   */
  addPublished(siteDir: string, paths: Iterable<string>): void;
  finish(dir: string): Promise<{ pages: number; terms: number; written: number; reused: number }>;
  abort(): Promise<void>;
}
