/**
 * Incremental building, as the rest of the site sees it: the only module outside this folder imports from here
 * (src/architecture.test.ts holds to that). A rebuild by `folio build` compares what each page was built from
 * with the record of the published site (manifest.ts) and decides (page-reuse.ts):
 *
 * - what may be reused: content pages whose own digest and the site-wide digest are unchanged, and the search
 *   index shards holding only such pages. They are copied from the published site instead of rendered/indexed.
 * - what must be rebuilt: everything else; and everything, when anything one page shows about others changed, or
 *   when the build runs without a plan (a plain `astro build`, the dev server): no build state, nothing reused.
 *
 * The plan travels in the build's site context (`context.build`, src/context/site-context.ts).
 */

// The build's plan and what it reuses.
export type { BuildState } from './build-state.ts';
export { planReuse, publishedManifest, searchEntryFile } from './page-reuse.ts';
export { manifestFileFor, writeManifest } from './manifest.ts';

// What may be reused: asked by the routes (leave a page out), the sitemap, and the integration that copies.
export { copyPublishedFolder, copyReusedPages, isReused, reusedUrls, reusesTwin } from './build-state.ts';

// The search index in parts, so a rebuild re-indexes only the parts whose pages changed.
export { indexFolder, mergedIndexFolders, planSearchShards, type SearchShards } from './search-shards.ts';
export type { SearchIndexBuild } from './search-feed.ts';
