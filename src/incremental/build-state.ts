/**
 * What `npm run build` (src/cli/build.ts) and the integrations tell each other about the published site a build
 * replaces, so unchanged pages can be taken from it (src/incremental/page-reuse.ts). Only src/cli/build.ts sets it, in
 * the build's site context (src/context/site-context.ts): a plain `astro build` or the dev server renders
 * everything.
 */
import { constants, copyFileSync, existsSync, linkSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { SearchIndexBuild } from './search-feed.ts';
import type { PageManifest } from './manifest.ts';
import type { SearchShards } from './search-shards.ts';
import { outputFileOf } from '../lib/urls.ts';

export interface BuildState {
  /** The published site this build will replace (it may not exist yet). */
  previousDir: string;
  /** Where this build writes before it is published. */
  outDir?: string;
  /** Folders that hold built sites (the published link and the builds beside it): not code that shapes pages. */
  outputs?: readonly string[];
  /** Where the manifest of that site is kept. */
  manifestFile: string;
  /** Settles once content is loaded, the reuse is planned and the reused pages are handed to the search index. */
  ready?: Promise<void>;
  /** This build's manifest and the URL paths it takes from previousDir. */
  manifest?: PageManifest;
  reused?: ReadonlySet<string>;
  /** How the search index is split, and the content shards taken from previousDir (src/incremental/search-shards.ts). */
  searchShards?: SearchShards;
  reusedShards?: ReadonlySet<number>;
  /** The search index, opened early and already holding the reused pages. */
  searchIndex?: SearchIndexBuild;
}

/** Whether this build takes the page at a URL path (base included) unchanged from the published site. */
export function isReused(state: BuildState | undefined, path: string): boolean {
  return state?.reused?.has(path) ?? false;
}

/** A page's Markdown twin, beside its index.html (src/lib/twins/markdown-twin.ts); other files have none. */
const twinFileOf = (htmlFile: string) =>
  /(^|\/)index\.html$/.test(htmlFile) ? htmlFile.replace(/index\.html$/, 'index.md') : undefined;

/**
 * Whether this build takes a page's Markdown twin from the published site too: the page is reused and the site
 * has its twin (one built before twins existed has none, and the twin is made again).
 */
export function reusesTwin(state: BuildState | undefined, path: string, base: string): boolean {
  const twin = twinFileOf(outputFileOf(path, base));
  return (
    isReused(state, path) && state !== undefined && twin !== undefined && existsSync(join(state.previousDir, twin))
  );
}

/**
 * Puts the pages this build takes unchanged from the published site into the new one; returns how many. Hard
 * links where possible (the new site is built beside the old one, on the same disk), which writes no data; the
 * old site's folder is set aside once the new one is in place, where nothing writes to it, and the next build
 * deletes it. Copies otherwise.
 */
export function copyReusedPages(state: BuildState | undefined, outDir: string, base: string): number {
  if (!state?.reused) return 0;
  let placed = 0;
  for (const path of state.reused) {
    const file = outputFileOf(path, base);
    if (placeFile(join(state.previousDir, file), join(outDir, file))) placed++;
    // With its Markdown twin, when the published site has it (reusesTwin: the twin route left it out).
    const twin = twinFileOf(file);
    if (twin && existsSync(join(state.previousDir, twin))) placeFile(join(state.previousDir, twin), join(outDir, twin));
  }
  return placed;
}

/** Hard-links (or copies) a file into the new site; never replaces a file this build wrote itself. */
function placeFile(from: string, to: string): boolean {
  mkdirSync(dirname(to), { recursive: true });
  try {
    linkSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    copyFileSync(from, to, constants.COPYFILE_EXCL);
  }
  return true;
}

/** Places every file of a folder of the published site (a search index shard) into the new site. */
export function copyPublishedFolder(previousDir: string, folder: string, outDir: string): void {
  const from = join(previousDir, folder);
  for (const entry of readdirSync(from, { recursive: true, withFileTypes: true }))
    if (entry.isFile()) {
      const file = join(entry.parentPath, entry.name);
      placeFile(file, join(outDir, folder, file.slice(from.length + 1)));
    }
}

/** Full URLs of the pages this build takes unchanged from the published site (for the sitemap). */
export function reusedUrls(state: BuildState | undefined, origin: string): string[] {
  return [...(state?.reused ?? [])].map((path) => new URL(path, origin).href);
}
