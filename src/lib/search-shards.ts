/**
 * How the search index is split. A site of up to `pagesPerShard` content pages gets one Pagefind index
 * (pagefind/), as Pagefind would build it. A larger site gets a primary index (pagefind/: the glossary terms
 * and checklist items) and content shards (pagefind-1/, pagefind-2/, ...), each holding the pages whose URL
 * path hashes to it; the search UI merges them in the browser with Pagefind's mergeIndex, which searches all
 * of them with the primary's WebAssembly and merges results and filter counts.
 *
 * Why: Pagefind has no incremental mode, so a one-page edit would index every page again (3.4 s of one core
 * for 1000 pages). Split, a rebuild indexes only the shard the edited page is in and copies the others
 * (src/lib/page-reuse.ts decides), and a full build writes the shards in parallel. A shard is chosen by a
 * hash of the path, not by section, so shards stay even and a page never moves unless the count changes.
 */
import { createHash } from 'node:crypto';
import { sectionCollections } from '../schemas/index.ts';
import type { PageNode } from './content-graph/graph.ts';
import { joinBase } from './urls.ts';

/** Content pages per shard when the environment does not say (SEARCH_SHARD_PAGES). */
export const defaultPagesPerShard = 500;

export interface SearchShards {
  /** How many content shards (0: a single index holds everything). Index 0 is always the primary. */
  count: number;
  /** Index a page goes to, by URL path with the base (0 for pages that are not content pages). */
  shardOf(path: string): number;
}

/** The output folder of an index, relative to the site: pagefind/ for the primary, pagefind-N/ for shards. */
export function indexFolder(shard: number): string {
  return shard === 0 ? 'pagefind' : `pagefind-${shard}`;
}

const sections: readonly string[] = sectionCollections;

/** The pages the index holds: essays, guides and checklists, the ones rendered with data-pagefind-body. */
export function isSearchable(page: PageNode): boolean {
  return sections.includes(page.collection) && !page.draft;
}

export function searchablePaths(pages: readonly PageNode[], base: string): string[] {
  return pages.filter(isSearchable).map((page) => joinBase(base, page.path));
}

/** How many content shards a site of `pages` searchable pages gets (0: one index for everything). */
export function shardCount(pages: number, pagesPerShard: number): number {
  return pages > pagesPerShard ? Math.ceil(pages / pagesPerShard) : 0;
}

export function planSearchShards(paths: readonly string[], pagesPerShard: number): SearchShards {
  const count = shardCount(paths.length, pagesPerShard);
  if (count === 0) return { count, shardOf: () => 0 };
  const shard = new Map(
    paths.map((path) => [path, 1 + (createHash('sha1').update(path).digest().readUInt32BE(0) % count)]),
  );
  return { count, shardOf: (path) => shard.get(path) ?? 0 };
}

const mergedFolders = new WeakMap<readonly PageNode[], string>();

/**
 * The folders (relative to the base, space-separated) of the indexes the search UI merges into the primary
 * one, for the pages of a build: "" for a single index. Every page carries it; worked out once per build.
 */
export function mergedIndexFolders(pages: readonly PageNode[], pagesPerShard: number): string {
  let folders = mergedFolders.get(pages);
  if (folders === undefined) {
    const count = shardCount(pages.filter(isSearchable).length, pagesPerShard);
    folders = Array.from({ length: count }, (_, i) => `${indexFolder(i + 1)}/`).join(' ');
    mergedFolders.set(pages, folders);
  }
  return folders;
}
