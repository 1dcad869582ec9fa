/**
 * How the search index is split. A site of up to `pagesPerShard` content pages gets one Pagefind index
 * (pagefind/), as Pagefind would build it. A larger site gets several, merged in the browser by Pagefind's
 * mergeIndex (which searches them all with the primary's WebAssembly and merges results and filter counts):
 * the primary (pagefind/) holds the glossary terms, and content shards (pagefind-1/,
 * pagefind-2/, ...) hold the pages. Each also holds the site's vocabulary (below), so none is ever empty.
 *
 * Why: Pagefind has no incremental mode, so a one-page edit would index every page again (3.4 s of one core
 * for 1000 pages). Split, a rebuild indexes only the shard the edited page is in and copies the others
 * (src/incremental/page-reuse.ts decides), and a full build writes the shards in parallel. Pages are dealt to the
 * shards in path order, so no shard is empty; adding or removing a page moves pages between shards, but it
 * also changes every page's navigation, so such a build renders and indexes everything anyway.
 */
import type { PageNode } from '../lib/content-graph/graph.ts';
import { joinBase } from '../lib/urls.ts';

export interface SearchShards {
  /** How many indexes besides the primary (0: a single index holds everything). */
  count: number;
  /** URL paths (base included) of the pages the search index holds. */
  paths: readonly string[];
  /** The index a page goes to, by URL path with the base; undefined for a page that is not searchable. */
  shardOf: (path: string) => number | undefined;
  /**
   * Every word of the site, sorted; empty for a single index. Each index of a split one gets them all in a
   * record of its own (src/incremental/vocabulary.ts says why).
   */
  vocabulary: readonly string[];
}

/** The words search can index from a page (src/incremental/vocabulary.ts), from the build's rendered content. */
export type WordsOf = (page: PageNode) => readonly string[] | undefined;

/** Every word of what the index holds: the searchable pages and the glossary terms (records of their own). */
export function siteVocabulary(pages: readonly PageNode[], wordsOf: WordsOf): string[] {
  const words = new Set<string>();
  for (const page of pages)
    if (isSearchable(page) || (page.kind === 'term' && !page.draft))
      for (const word of wordsOf(page) ?? []) words.add(word);
  return [...words].sort();
}

/** The output folder of an index, relative to the site: pagefind/ for the primary, pagefind-N/ for shards. */
export function indexFolder(shard: number): string {
  return shard === 0 ? 'pagefind' : `pagefind-${shard}`;
}

/**
 * The pages a language's index holds (the default language's unless `locale` says): content pages (not the home
 * page or glossary terms), rendered with data-pagefind-body. Each language has its own index
 * (src/integrations/search-index/).
 */
export function isSearchable(page: PageNode, locale = ''): boolean {
  return page.kind === 'page' && !page.draft && (page.locale ?? '') === locale;
}

export function planSearchShards(
  pages: readonly PageNode[],
  base: string,
  pagesPerShard: number,
  wordsOf: WordsOf,
  /** The language whose pages the index holds: "" for the default. */
  locale = '',
): SearchShards {
  const paths = pages
    .filter((page) => isSearchable(page, locale))
    .map((page) => joinBase(base, page.path))
    .sort();
  const needed = shardCount(paths.length, pagesPerShard);
  if (needed === 0) {
    const all = new Set(paths);
    return { count: 0, paths, shardOf: (path) => (all.has(path) ? 0 : undefined), vocabulary: [] };
  }
  const shard = new Map(paths.map((path, i) => [path, 1 + (i % needed)]));
  return {
    count: needed,
    paths,
    shardOf: (path) => shard.get(path),
    vocabulary: siteVocabulary(pages, wordsOf),
  };
}

const mergedFolders = new WeakMap<readonly PageNode[], string>();

/** The content shards 1..count: they hold pages only, so a rebuild may copy one whose pages did not change. */
export function contentShards(shards: Pick<SearchShards, 'count'>): number[] {
  return Array.from({ length: shards.count }, (_, i) => i + 1);
}

/** How many content shards a site of `searchable` pages gets (0: one index for everything). */
function shardCount(searchable: number, pagesPerShard: number): number {
  return searchable > pagesPerShard ? Math.ceil(searchable / pagesPerShard) : 0;
}

/**
 * The folders (relative to the base, space-separated) of the indexes the search UI merges into the primary
 * one, for the pages of a build: "" for a single index. Every page carries it; worked out once per build.
 */
export function mergedIndexFolders(pages: readonly PageNode[], pagesPerShard: number): string {
  let folders = mergedFolders.get(pages);
  if (folders === undefined) {
    const count = shardCount(pages.filter((page) => isSearchable(page)).length, pagesPerShard);
    folders = Array.from({ length: count }, (_, i) => `${indexFolder(i + 1)}/`).join(' ');
    mergedFolders.set(pages, folders);
  }
  return folders;
}
