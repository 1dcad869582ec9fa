/**
 * Reusing unchanged pages between builds. A rebuild after editing one page's text renders that page again and
 * copies every other essay, guide and checklist page from the site it replaces (they are left out of the content
 * route, src/pages/[section]/[...slug].astro), and the search index gets those pages as soon as content is loaded.
 * Decided per page by two digests:
 *
 * - the shared digest: everything one page shows about other pages (titles, descriptions, front matter, headings,
 *   links, checklist items: navigation, "Linked from", previous/next, tags) plus the glossary's definitions (link
 *   tooltips), the site's code (all of src/, the config, package-lock.json) and SITE_URL and BASE_PATH. When it
 *   changes, nothing is reused.
 * - the page's own digest: its rendered body (which covers its file, the Markdown pipeline and the base path) and
 *   its last-updated date.
 *
 * Only content pages are reused; index, tag, glossary and other pages are always rendered. The manifest of a
 * site is written by `folio build` (src/cli/build.ts) once the new site is in place, with each page file's modification time, so
 * neither a failed build nor a file changed by hand is ever taken for a page it is not.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { BuildState } from './build-state.ts';
import { readManifest, type PageManifest } from './manifest.ts';
import type { PageNode } from '../lib/content-graph/graph.ts';
import type { LoadedContent, RenderedHtml } from '../lib/content-graph/load-content.ts';
import { hashFiles } from '../lib/hash-files.ts';
import { localePages, originalOf } from '../lib/locales/locale-pages.ts';
import { readSummaries, type SummaryFile } from '../lib/navigation/summary-files.ts';
import { createLastUpdated } from '../lib/last-updated.ts';
import { contentShards, indexFolder, isSearchable, planSearchShards, type SearchShards } from './search-shards.ts';
import { joinBase, siteFile } from '../lib/urls.ts';

/** Pages from the one content route can be reused: the same pages the search index holds. */
export const isReusable = (page: PageNode) => isSearchable(page);

/** Top-level folders that do not shape the pages: content (digested page by page), installs, outputs, caches. */
const notCode = (name: string) => name === 'content' || name === 'node_modules' || name.startsWith('dist');

/**
 * A digest of everything besides content that can shape a page: every file of the project (src/, public/, the
 * config files at the top, .env files, package.json and the lockfile, ...) except content/, installed packages,
 * build outputs and hidden folders (.git, caches); what npm actually installed (node_modules/.package-lock.json);
 * and the Node.js version with its ICU data, which format dates and order titles.
 */
export function siteCodeDigest(root: string, outputs: readonly string[] = []): string {
  const hash = createHash('sha256').update(`${process.version} ${process.versions.icu ?? ''}`);
  const skip = new Set(outputs);
  hashFiles(hash, root, (entry, path) => {
    const top = entry.parentPath === root;
    if (entry.isDirectory()) return !skip.has(path) && !(top && (notCode(entry.name) || entry.name.startsWith('.')));
    return !(top && entry.name === '.vitest-results.json');
  });
  const installed = join(root, 'node_modules', '.package-lock.json');
  if (existsSync(installed)) hash.update(readFileSync(installed));
  return hash.digest('hex');
}

/** Everything a page can show about the other pages, without positions or word counts (those stay on the page). */
function outline(page: PageNode): unknown {
  return [
    page.file,
    page.path,
    page.hash,
    page.title,
    page.description,
    page.draft,
    page.data ?? null,
    page.markdown.headings.map((h) => [h.id, h.depth, h.text]),
    page.markdown.links.map((l) => [l.url, l.section?.id ?? null]),
    page.markdown.checklistItems.map((item) => [item.id, item.text]),
  ];
}

export interface BuildInputs {
  pages: readonly PageNode[];
  html: ReadonlyMap<string, RenderedHtml>;
  codeDigest: string;
  base: string;
  siteUrl: string;
  lastUpdated: (absPath: string) => Date;
  /** How the search index is split (every page shows the number of shards to the search UI). */
  searchShards: SearchShards;
  /** The SUMMARY.md files, which order every page's navigation and previous/next (src/lib/navigation/). */
  summaries?: readonly Pick<SummaryFile, 'folder' | 'summary'>[];
  /** The codes of the site's other languages, whose translations and fallback pages are reused too. */
  locales?: readonly string[] | undefined;
}

/** The digests of this build: the shared one, and each reusable page's own by its URL path (base included). */
export function pageManifest(inputs: BuildInputs): PageManifest {
  const shared = createHash('sha256').update(
    JSON.stringify([
      inputs.codeDigest,
      inputs.base,
      inputs.siteUrl,
      inputs.searchShards.count,
      inputs.pages.map(outline),
      (inputs.summaries ?? []).map(({ folder, summary }) => [folder, summary]),
    ]),
  );
  // Glossary definitions show in the tooltip of every link to a term.
  for (const page of inputs.pages)
    if (page.kind === 'term') shared.update(inputs.html.get(page.absPath)?.digest ?? page.absPath);
  const pages: Record<string, string> = {};
  for (const page of inputs.pages) {
    const body = inputs.html.get(page.absPath);
    if (!isReusable(page) || !body) continue;
    pages[joinBase(inputs.base, page.path)] = createHash('sha256')
      .update(body.digest)
      .update(inputs.lastUpdated(page.absPath).toISOString())
      .digest('hex');
  }
  Object.assign(pages, localePageDigests(inputs));
  return {
    version: 1,
    shared: shared.digest('hex'),
    pages,
    search: shardDigests(pages, inputs.searchShards),
    vocabulary: inputs.searchShards.vocabulary,
  };
}

/**
 * The digests of each other language's content pages: a translation is its text, its last change and its
 * original's (which decides whether it says it has fallen behind); a fallback is its original's text and last
 * change, in that language. What they show of other pages is in the shared digest, as for any page.
 */
function localePageDigests(inputs: BuildInputs): Record<string, string> {
  const digests: Record<string, string> = {};
  for (const code of inputs.locales ?? [])
    for (const page of localePages(inputs.pages, code)) {
      if (page.kind !== 'page' || page.draft) continue;
      const original = originalOf(page, inputs.pages);
      const body = inputs.html.get(page.absPath);
      if (!body) continue;
      digests[joinBase(inputs.base, page.path)] = createHash('sha256')
        .update(page.fallbackOf ? `fallback\0${code}` : 'translation')
        .update(body.digest)
        .update(inputs.lastUpdated(page.absPath).toISOString())
        .update(original && original !== page ? inputs.lastUpdated(original.absPath).toISOString() : '')
        .digest('hex');
    }
  return digests;
}

/** A shard's digest covers which pages it holds and what each of them is. */
function shardDigests(pages: Record<string, string>, shards: SearchShards): Record<string, string> {
  const members = new Map<number, string[]>(contentShards(shards).map((shard) => [shard, []]));
  for (const path of shards.paths) members.get(shards.shardOf(path) ?? -1)?.push(path, pages[path] ?? '');
  const digests: Record<string, string> = {};
  for (const [shard, list] of members)
    digests[indexFolder(shard)] = createHash('sha256').update(JSON.stringify(list)).digest('hex');
  return digests;
}

/**
 * Content shards of the search index the published site already holds as this build would write them: same
 * shared digest, same pages with the same digests, every one of them reused, and the very files published. And
 * the vocabulary they were given must hold every word of the site as it is now: an edit that brings a new word
 * indexes every shard again, so each still knows every word.
 */
export function reusableShards(
  previous: PageManifest | undefined,
  current: PageManifest,
  reused: ReadonlySet<string>,
  shards: SearchShards,
  entryFileOf: (folder: string) => string,
): Set<number> {
  const reusable = new Set<number>();
  if (previous?.version !== 1 || previous.shared !== current.shared) return reusable;
  const known = new Set(previous.vocabulary ?? []);
  if (!(current.vocabulary ?? []).every((word) => known.has(word))) return reusable;
  const changed = new Set(shards.paths.filter((path) => !reused.has(path)).map((path) => shards.shardOf(path)));
  for (const shard of contentShards(shards)) {
    const folder = indexFolder(shard);
    const digest = current.search?.[folder];
    const published = previous.searchFiles?.[folder];
    if (changed.has(shard) || digest === undefined || previous.search?.[folder] !== digest) continue;
    if (published !== undefined && modified(entryFileOf(folder)) === published) reusable.add(shard);
  }
  return reusable;
}

const modified = (file: string) => statSync(file, { throwIfNoEntry: false })?.mtimeMs;

/**
 * URL paths whose page the published site already holds exactly as this build would render it: same shared
 * digest, same own digest, and the very file that build published.
 */
export function reusablePaths(
  previous: PageManifest | undefined,
  current: PageManifest,
  fileOf: (path: string) => string,
): Set<string> {
  const reusable = new Set<string>();
  if (previous?.version !== 1 || previous.shared !== current.shared || !previous.files) return reusable;
  for (const [path, digest] of Object.entries(current.pages)) {
    const published = previous.files[path];
    if (previous.pages[path] === digest && published !== undefined && modified(fileOf(path)) === published)
      reusable.add(path);
  }
  return reusable;
}

/** The manifest of a site just published, with the modification time of each of its page and shard files. */
export function publishedManifest(
  manifest: PageManifest,
  site: string,
  fileOf: (path: string) => string,
  entryFileOf: (folder: string) => string,
): PageManifest {
  const files: Record<string, number> = {};
  for (const path of Object.keys(manifest.pages)) {
    const time = modified(fileOf(path));
    if (time !== undefined) files[path] = time;
  }
  const searchFiles: Record<string, number> = {};
  for (const folder of Object.keys(manifest.search ?? {})) {
    const time = modified(entryFileOf(folder));
    if (time !== undefined) searchFiles[folder] = time;
  }
  return { ...manifest, site, files, searchFiles };
}

/** Decides, for a build about to replace `state.previousDir`, which pages it takes from there (sets state). */
export function planReuse(
  state: BuildState,
  root: string,
  content: LoadedContent,
  site: { base: string; url: string; searchShardPages: number; docsDir: string; locales?: readonly string[] },
): void {
  const searchShards = planSearchShards(
    content.graph.pages,
    site.base,
    site.searchShardPages,
    (page) => content.html.get(page.absPath)?.words,
  );
  const manifest = pageManifest({
    pages: content.graph.pages,
    html: content.html,
    codeDigest: siteCodeDigest(root, [
      state.previousDir,
      ...(state.outDir ? [state.outDir] : []),
      ...(state.outputs ?? []),
    ]),
    base: site.base,
    siteUrl: site.url,
    lastUpdated: createLastUpdated(site.docsDir),
    searchShards,
    summaries: readSummaries({ docsDir: site.docsDir, displayRoot: root }),
    locales: site.locales,
  });
  const recorded = readManifest(state.manifestFile);
  const previous = recorded?.site === basename(state.previousDir) ? recorded : undefined;
  state.manifest = manifest;
  state.searchShards = searchShards;
  state.reused = reusablePaths(previous, manifest, (path) => siteFile(state.previousDir, path, site.base));
  state.reusedShards = reusableShards(previous, manifest, state.reused, searchShards, (folder) =>
    searchEntryFile(state.previousDir, folder),
  );
  // The shards copied hold the vocabulary they were written with, which has every word of the site now and
  // maybe some it lost; the indexes written now get the same, so all of them know the same words.
  if (state.reusedShards.size > 0 && previous?.vocabulary) {
    state.searchShards = { ...searchShards, vocabulary: previous.vocabulary };
    manifest.vocabulary = previous.vocabulary;
  }
}

/** The file that identifies a written Pagefind index in a site folder. */
export function searchEntryFile(siteDir: string, folder: string): string {
  return join(siteDir, folder, 'pagefind-entry.json');
}
