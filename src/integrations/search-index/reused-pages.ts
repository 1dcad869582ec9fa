/**
 * For a rebuild (src/cli/build.ts): opens the index as soon as content is loaded and has Pagefind read the pages
 * taken unchanged from the published site (those of the shards it does not reuse whole), so it parses them while
 * Astro is still starting, not at the end.
 */
import type { BuildState, SearchIndexBuild } from '../../incremental/index.ts';
import { loadPagefind } from './pagefind.ts';
import type { GlossaryPlace } from './records.ts';
import { openSearchIndex } from './session.ts';

export async function indexReusedPages(
  state: BuildState,
  base: string,
  lang: string,
  glossary: GlossaryPlace | undefined,
): Promise<SearchIndexBuild> {
  const shards = state.searchShards;
  if (!shards) throw new Error('Search index: the reuse plan has no search shards');
  const index = await openSearchIndex(loadPagefind, {
    base,
    lang,
    glossary,
    shards,
    reusedShards: state.reusedShards,
    previousDir: state.previousDir,
  });
  const paths = [...(state.reused ?? [])].filter((path) => {
    const shard = shards.shardOf(path);
    return shard !== undefined && !state.reusedShards?.has(shard);
  });
  index.addPublished(state.previousDir, paths);
  return index;
}
