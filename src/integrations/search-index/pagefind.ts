/**
 * The calls into Pagefind's Node API: loading one API per index, opening an index with the site's settings, and
 * the one way a Pagefind error is reported (it fails the build).
 */

/** The subset of Pagefind's Node API we use, so tests can pass a fake. */
export interface PagefindApi {
  createIndex(config?: object): Promise<{ errors: string[]; index?: PagefindIndexApi }>;
  close(): Promise<unknown>;
}
export interface PagefindIndexApi {
  addHTMLFile(file: { sourcePath: string; content: string }): Promise<{ errors: string[] }>;
  addDirectory(dir: { path: string; glob?: string }): Promise<{ errors: string[]; page_count: number }>;
  addCustomRecord(record: PagefindRecord): Promise<{ errors: string[] }>;
  writeFiles(options: { outputPath: string }): Promise<{ errors: string[]; outputPath: string }>;
}
export interface PagefindRecord {
  url: string;
  content: string;
  language: string;
  meta?: Record<string, string>;
  filters?: Record<string, string[]>;
}

/**
 * The selectors Pagefind leaves out of the text it indexes: section self-links, their copy buttons and "View
 * source" links (otherwise every section would be found by "source"). Their descendants are named too: Pagefind
 * leaves an excluded element's own text out of a section's title but not the text of elements inside it, so a
 * heading's "Source (external site)" would otherwise end every section title in the results.
 */
export const excludedControls = ['.heading-link', '.copy-link', '.source-link', '.report-link', '.copy-section'];
export const excludeSelectors = [...excludedControls, ...excludedControls.map((selector) => `${selector} *`)];

/**
 * Loads a Pagefind Node API of its own for one index. Pagefind runs one service process per module instance
 * and handles its messages one at a time, so each index of a split site (src/incremental/search-shards.ts) gets its
 * own instance (a query string makes Node load the module again): the shards are indexed and written in
 * parallel, on both cores.
 */
export type PagefindLoader = (index: number) => Promise<PagefindApi>;

export const loadPagefind: PagefindLoader = (index) =>
  import(/* @vite-ignore */ `${import.meta.resolve('pagefind')}?index=${index}`) as Promise<PagefindApi>;

export function fail(step: string, errors: string[]): never {
  throw new Error(`Search index: ${step} failed:\n${errors.join('\n')}`);
}

/** One index (shard) with its own Pagefind service. */
export interface OpenIndex {
  pagefind: PagefindApi;
  index: PagefindIndexApi;
  shard: number;
}

export async function openPagefindIndex(load: PagefindLoader, shard: number, lang: string): Promise<OpenIndex> {
  const pagefind = await load(shard);
  const { errors, index } = await pagefind.createIndex({
    forceLanguage: lang,
    // Section self-links and their copy buttons are decoration, not text.
    excludeSelectors,
  });
  if (!index || errors.length) {
    await pagefind.close();
    fail('createIndex', errors);
  }
  return { pagefind, index, shard };
}
