import { describe, expect, it } from 'vitest';
import { noShard, shardsHoldingEveryWord, type CountFilters } from './search-shard-filter.ts';

/** Shard filter counts per word, as a Pagefind search for that word alone would report them. */
const index: Record<string, Record<string, number>> = {
  naked: { '0': 1, '1': 2, '3': 1 },
  ping: { '1': 3, '2': 4, '3': 1 },
  virsh: { '2': 5 },
};
const countFilters: CountFilters = (word) => Promise.resolve({ shard: index[word] ?? {}, section: { Guides: 9 } });
const shards = ['0', '1', '2', '3'];

describe('a query over a split search index', () => {
  it('keeps the shards that hold every word', async () => {
    expect(await shardsHoldingEveryWord('naked ping', shards, countFilters)).toEqual({ any: ['1', '3'] });
    expect(await shardsHoldingEveryWord('"naked  ping"', shards, countFilters)).toEqual({ any: ['1', '3'] });
  });

  it('leaves out a word no shard holds, as Pagefind does for one index', async () => {
    expect(await shardsHoldingEveryWord('naked zzzqqq ping', shards, countFilters)).toEqual({ any: ['1', '3'] });
  });

  it('matches nothing when no shard holds every word', async () => {
    expect(await shardsHoldingEveryWord('virsh naked', shards, countFilters)).toEqual({ any: [noShard] });
  });

  it('needs no filter for one word, one index, or words every shard holds', async () => {
    expect(await shardsHoldingEveryWord('naked', shards, countFilters)).toBeUndefined();
    expect(await shardsHoldingEveryWord('naked ping', ['0'], countFilters)).toBeUndefined();
    const everywhere: CountFilters = () => Promise.resolve({ shard: { '0': 1, '1': 1, '2': 1, '3': 1 } });
    expect(await shardsHoldingEveryWord('naked ping', shards, everywhere)).toBeUndefined();
  });
});
