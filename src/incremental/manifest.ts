/**
 * The record of what a published site was built from (src/incremental/page-reuse.ts decides with it which pages a
 * rebuild may take unchanged): where it is kept, and reading and writing it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../lib/write-atomic.ts';

/** What a published site was built from: the shared digest and each reusable page's own digest by URL path. */
export interface PageManifest {
  version: 1;
  /**
   * The build folder (src/lib/output/site-folders.ts) the record describes: a record is only read for the build
   * the published link points to, so a record left from another build is never taken for this one's.
   */
  site?: string;
  shared: string;
  pages: Record<string, string>;
  /**
   * Modification time of each page's file once published, so a file rewritten by anything else (a plain
   * `astro build`, a hand edit) is never taken for the page the manifest describes.
   */
  files?: Record<string, number>;
  /** Digest of each content shard of the search index, by folder: its pages and their own digests. */
  search?: Record<string, string>;
  /** Modification time of each shard's pagefind-entry.json once published. */
  searchFiles?: Record<string, number>;
  /** The site's vocabulary each shard was given (src/incremental/vocabulary.ts). */
  vocabulary?: readonly string[];
}

/** The manifest of a site folder lives in Astro's cacheDir (cleared with Astro's caches), one per folder. */
export function manifestFileFor(astroCacheDir: string, siteDir: string): string {
  const id = createHash('sha256').update(siteDir).digest('hex').slice(0, 16);
  return join(astroCacheDir, `folio-pages-${id}.json`);
}

export function readManifest(file: string): PageManifest | undefined {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as PageManifest;
  } catch {
    return undefined; // A damaged manifest only means nothing is reused.
  }
}

export function writeManifest(file: string, manifest: PageManifest): void {
  writeFileAtomic(file, JSON.stringify(manifest));
}
