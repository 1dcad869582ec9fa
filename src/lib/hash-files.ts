/**
 * Feeds the files under a folder into a hash, in a stable order, with their paths: the one walk behind every
 * "has any of this code changed" digest (the content cache, src/lib/content-graph/load-content.ts; page reuse,
 * src/incremental/page-reuse.ts).
 */
import type { Hash } from 'node:crypto';
import { readdirSync, readFileSync, type Dirent } from 'node:fs';
import { join } from 'node:path';

/** `keep` decides for each folder (whether to enter it) and each file (whether to hash it). */
export function hashFiles(hash: Hash, dir: string, keep: (entry: Dirent, path: string) => boolean): Hash {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (!keep(entry, path)) continue;
    if (entry.isDirectory()) hashFiles(hash, path, keep);
    else if (entry.isFile()) hash.update(path).update(readFileSync(path));
  }
  return hash;
}
