/**
 * Writing a finished index: every part this build filled, in parallel (each has its own Pagefind service), and
 * the parts a rebuild takes unchanged from the published site (src/incremental/page-reuse.ts), copied.
 */
import { join } from 'node:path';
import { copyPublishedFolder, indexFolder } from '../../incremental/index.ts';
import { fail, type OpenIndex } from './pagefind.ts';

export async function writeShards(indexes: readonly OpenIndex[], dir: string, root = ''): Promise<void> {
  const written = await Promise.all(
    indexes.map(({ index, shard }) => index.writeFiles({ outputPath: join(dir, root, indexFolder(shard)) })),
  );
  const errors = written.flatMap((result) => result.errors);
  if (errors.length) fail('writeFiles', errors);
}

export function copyReusedShards(shards: ReadonlySet<number>, previousDir: string | undefined, dir: string): void {
  for (const shard of shards) {
    if (!previousDir) throw new Error('Search index: a shard is reused but no published site is known');
    copyPublishedFolder(previousDir, indexFolder(shard), dir);
  }
}
