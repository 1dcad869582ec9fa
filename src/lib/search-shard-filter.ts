/**
 * Makes a split search index (src/lib/search-shards.ts) answer a query as one index would. Pagefind leaves out
 * a query word its index does not contain; merged, each shard decides that alone, so a shard without "naked"
 * would answer "naked ping" with its pages about "ping". Every index carries a `shard` filter (given in the
 * browser: options' and mergeIndex's mergeFilter); this looks each word up on its own and
 * keeps only the shards holding every word the site holds at all (a word no index has is left out, as
 * Pagefind does). Runs in the browser, in the search UI; a single index needs none of it.
 */

/** The part of a Pagefind search response this needs: result counts per filter value. */
export type CountFilters = (word: string) => Promise<Record<string, Record<string, number>> | undefined>;

/** Filter value that no record has, to say "no shard can answer". */
export const noShard = 'none';

/** The shard filter for a query over `shards` (their filter values), or undefined when every shard may answer. */
export async function shardsHoldingEveryWord(
  query: string,
  shards: readonly string[],
  countFilters: CountFilters,
): Promise<{ any: string[] } | undefined> {
  const words = [...new Set(query.replace(/"/g, ' ').split(/\s+/).filter(Boolean))];
  if (shards.length < 2 || words.length < 2) return undefined;
  let holding = [...shards];
  for (const word of words) {
    const counts = (await countFilters(word))?.['shard'] ?? {};
    const having = shards.filter((shard) => (counts[shard] ?? 0) > 0);
    if (having.length > 0) holding = holding.filter((shard) => having.includes(shard));
  }
  if (holding.length === shards.length) return undefined;
  return { any: holding.length > 0 ? holding : [noShard] };
}
