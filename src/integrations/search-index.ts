/**
 * Astro integration: indexes the finished pages with Pagefind's Node API, so every build has a search index
 * and there is no separate step to forget. The index opens in `astro:build:start` (or earlier, under
 * `npm run build`, holding the pages a rebuild reuses: indexReusedPages); src/middleware.ts hands it each page
 * as soon as it is rendered (Pagefind parses it in its own process while Astro renders the next);
 * `astro:build:done` waits for the last page and writes the index (a large site's in parts, in parallel:
 * src/incremental/search-shards.ts). Content pages mark their <main> with
 * data-pagefind-body and `kind:page`. Glossary terms are added on top as records of `kind:term`, each a result
 * of its own with a deep link (/glossary/#term, read from the built glossary page). Checklist items need no
 * records: each is a titled anchor of its page (src/markdown/remark-checklists.ts), so Pagefind lists it as a
 * sub-result. Any Pagefind error fails the build.
 */
import type { AstroIntegration } from 'astro';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { matches } from 'hast-util-select';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { visit } from 'unist-util-visit';
import { buildState, copyPublishedFolder, type BuildState } from '../incremental/build-state.ts';
import { currentGraph, currentHtml } from '../lib/content-graph/current.ts';
import { closeSearchFeed, openSearchFeed } from '../incremental/search-feed.ts';
import { indexFolder, planSearchShards, type SearchShards } from '../incremental/search-shards.ts';
import { kindFilter, vocabularyFilter } from '../lib/search-state.ts';
import { outputFileOf, siteFile } from '../lib/urls.ts';
import { recordSpan } from './build-timings.ts';

/** The subset of Pagefind's Node API we use, so tests can pass a fake. */
export interface PagefindApi {
  createIndex(config?: object): Promise<{ errors: string[]; index?: PagefindIndexApi }>;
  close(): Promise<unknown>;
}
interface PagefindIndexApi {
  addHTMLFile(file: { sourcePath: string; content: string }): Promise<{ errors: string[] }>;
  addCustomRecord(record: {
    url: string;
    content: string;
    language: string;
    meta?: Record<string, string>;
    filters?: Record<string, string[]>;
  }): Promise<{ errors: string[] }>;
  writeFiles(options: { outputPath: string }): Promise<{ errors: string[]; outputPath: string }>;
}

export interface GlossaryRecord {
  id: string;
  title: string;
  text: string;
}

/** The selectors Pagefind leaves out of the text it indexes: section self-links and their copy buttons. */
const excludeSelectors = ['.heading-link', '.copy-link'];

/**
 * An element's text as Pagefind would index it: without what it excludes and without what the page marks
 * data-pagefind-ignore (a term's "Used in" list names other pages, whose words say nothing about the term).
 */
const skippedText = [...excludeSelectors, '[data-pagefind-ignore]'].join(', ');
const blockElements = new Set(['p', 'div', 'pre', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'tr', 'blockquote']);

function indexedText(node: Element): string {
  return node.children
    .map((child) => {
      if (child.type === 'text') return child.value;
      if (child.type !== 'element' || matches(skippedText, child)) return '';
      // Paragraphs and other blocks end a word even when no whitespace separates them in the HTML.
      return blockElements.has(child.tagName) ? ` ${indexedText(child)} ` : indexedText(child);
    })
    .join('');
}

/** Reads the terms from the built glossary page: each <dt id> and the indexed text of the <dd> after it. */
export function glossaryRecords(html: string): GlossaryRecord[] {
  const records: GlossaryRecord[] = [];
  visit(fromHtml(html), 'element', (node: Element) => {
    if (node.tagName !== 'dl') return;
    const items = node.children.filter((child): child is Element => child.type === 'element');
    items.forEach((item, index) => {
      const next = items[index + 1];
      const id = item.properties['id'];
      if (item.tagName !== 'dt' || typeof id !== 'string' || next?.tagName !== 'dd') return;
      const title = indexedText(item).replace(/\s+/g, ' ').trim();
      records.push({ id, title, text: `${title}. ${indexedText(next).replace(/\s+/g, ' ').trim()}` });
    });
  });
  return records;
}

function fail(step: string, errors: string[]): never {
  throw new Error(`Search index: ${step} failed:\n${errors.join('\n')}`);
}

/**
 * Loads a Pagefind Node API of its own for one index. Pagefind runs one service process per module instance
 * and handles its messages one at a time, so each index of a split site (src/incremental/search-shards.ts) gets its
 * own instance (a query string makes Node load the module again): the shards are indexed and written in
 * parallel, on both cores.
 */
export type PagefindLoader = (index: number) => Promise<PagefindApi>;

export const loadPagefind: PagefindLoader = (index) =>
  import(/* @vite-ignore */ `${import.meta.resolve('pagefind')}?index=${index}`) as Promise<PagefindApi>;

export interface SearchIndexOptions {
  base: string;
  /**
   * The site's language (config `lang`). Every page and record goes into one index in this language, also a page
   * whose own `lang` differs: Pagefind would otherwise write one index per language, and the search page (in the
   * site's language) would load only its own and never find those pages. Such a page's words are then matched
   * without its language's stemming, but whole words are found.
   */
  lang: string;
  shards: SearchShards;
  /** Content shards taken unchanged from the published site, and that site's folder. */
  reusedShards?: ReadonlySet<number> | undefined;
  previousDir?: string | undefined;
}

/**
 * A search index filled while the build renders: `addPage` hands a finished page to Pagefind (which parses it
 * in its own process, on the other core) and returns at once; `finish` waits for every page, checks that every
 * searchable page arrived, adds the glossary terms to the primary index, writes every index
 * and copies the shards a rebuild reuses. `abort` closes every Pagefind service after a failure elsewhere;
 * `finish` closes them either way.
 */
export interface SearchIndexBuild {
  /** A page by its URL path (base included, not percent-encoded). Pages that are not searchable are skipped. */
  addPage(path: string, html: string): void;
  finish(dir: string): Promise<{ pages: number; terms: number; written: number; reused: number }>;
  abort(): Promise<void>;
}

interface OpenIndex {
  pagefind: PagefindApi;
  index: PagefindIndexApi;
  shard: number;
}

async function openOne(load: PagefindLoader, shard: number, lang: string): Promise<OpenIndex> {
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

export async function openSearchIndex(load: PagefindLoader, options: SearchIndexOptions): Promise<SearchIndexBuild> {
  const { base, shards, lang, reusedShards = new Set<number>() } = options;
  for (const shard of reusedShards)
    if (shard === 0) throw new Error('Search index: the primary index holds records; it is never reused');
  const settled = await Promise.allSettled(
    Array.from({ length: shards.count + 1 }, (_, shard) => shard)
      .filter((shard) => !reusedShards.has(shard))
      .map((shard) => openOne(load, shard, lang)),
  );
  const indexes = settled.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  const closeAll = async () => {
    await Promise.all(indexes.map(({ pagefind }) => pagefind.close()));
  };
  const failed = settled.find((result) => result.status === 'rejected');
  if (failed) {
    await closeAll();
    throw failed.reason;
  }
  const byShard = new Map(indexes.map((open) => [open.shard, open]));
  const pending: Promise<string[]>[] = [];
  // A split index: each part gets the whole site's vocabulary, so each knows every word (src/incremental/vocabulary.ts).
  if (shards.count > 0)
    for (const { index, shard } of indexes)
      pending.push(
        index
          .addCustomRecord({
            url: '/search/#vocabulary',
            content: shards.vocabulary.join(' '),
            language: lang,
            filters: { [vocabularyFilter]: ['site'] },
          })
          .then(
            (result) => result.errors.map((e) => `${indexFolder(shard)} vocabulary: ${e}`),
            (error: unknown) => [`${indexFolder(shard)} vocabulary: ${String(error)}`],
          ),
      );
  const primary = byShard.get(0);
  const added = new Set<string>();
  return {
    addPage(path, html) {
      const shard = shards.shardOf(path);
      if (shard === undefined) return; // Not a search result (no data-pagefind-body).
      const outputFile = outputFileOf(path, base);
      const target = byShard.get(shard);
      if (!target) {
        pending.push(Promise.resolve([`${outputFile}: rendered again, but its search shard was copied unchanged`]));
        return;
      }
      added.add(path);
      pending.push(
        target.index.addHTMLFile({ sourcePath: outputFile, content: html }).then(
          (result) => result.errors.map((e) => `${outputFile}: ${e}`),
          (error: unknown) => [`${outputFile}: ${String(error)}`],
        ),
      );
    },
    async finish(dir) {
      try {
        const pageErrors = (await Promise.all(pending)).flat();
        if (pageErrors.length) fail('addHTMLFile', pageErrors);
        // Every searchable page of an index written this time must have reached it.
        const missing = shards.paths.filter((path) => !reusedShards.has(shards.shardOf(path) ?? 0) && !added.has(path));
        if (missing.length)
          fail('addHTMLFile', [
            `${missing.length} of ${shards.paths.length} pages never reached the index (is src/middleware.ts in place?): ${missing.slice(0, 5).join(', ')}`,
          ]);
        const glossaryFile = join(dir, 'glossary', 'index.html');
        const terms = existsSync(glossaryFile) ? glossaryRecords(readFileSync(glossaryFile, 'utf8')) : [];
        if (!primary) throw new Error('Search index: the primary index was not opened');
        for (const term of terms) {
          const record = await primary.index.addCustomRecord({
            url: `/glossary/#${term.id}`,
            content: term.text,
            language: lang,
            meta: { title: term.title, section: 'Glossary' },
            filters: { section: ['Glossary'], [kindFilter]: ['term'] },
          });
          if (record.errors.length) fail(`glossary term ${term.id}`, record.errors);
        }
        // Pagefind's search cannot load an index with nothing in it; a split one has the vocabulary in each part.
        if (shards.count === 0 && shards.paths.length + terms.length === 0)
          fail('writeFiles', ['the search index would be empty: no page and no glossary term']);
        const written = await Promise.all(
          indexes.map(({ index, shard }) => index.writeFiles({ outputPath: join(dir, indexFolder(shard)) })),
        );
        const writeErrors = written.flatMap((result) => result.errors);
        if (writeErrors.length) fail('writeFiles', writeErrors);
        for (const shard of reusedShards) {
          if (!options.previousDir) throw new Error('Search index: a shard is reused but no published site is known');
          copyPublishedFolder(options.previousDir, indexFolder(shard), dir);
        }
        return {
          pages: added.size,
          terms: terms.length,
          written: indexes.length,
          reused: reusedShards.size,
        };
      } finally {
        await closeAll();
      }
    },
    abort: closeAll,
  };
}

/**
 * For a rebuild (src/cli/build.ts): opens the index as soon as content is loaded and hands it the pages taken
 * unchanged from the published site (those of the shards it does not reuse whole), so Pagefind parses them
 * while Astro is still starting, not at the end.
 */
export async function indexReusedPages(state: BuildState, base: string, lang: string): Promise<SearchIndexBuild> {
  const shards = state.searchShards;
  if (!shards) throw new Error('Search index: the reuse plan has no search shards');
  const index = await openSearchIndex(loadPagefind, {
    base,
    lang,
    shards,
    reusedShards: state.reusedShards,
    previousDir: state.previousDir,
  });
  try {
    for (const path of state.reused ?? []) {
      const shard = shards.shardOf(path);
      if (shard !== undefined && !state.reusedShards?.has(shard))
        index.addPage(path, readFileSync(siteFile(state.previousDir, path, base), 'utf8'));
    }
  } catch (error) {
    await index.abort();
    throw error;
  }
  return index;
}

export default function searchIndex(options: {
  base: string;
  lang: string;
  searchShardPages: number;
}): AstroIntegration {
  const { base, lang } = options;
  let build: SearchIndexBuild | undefined;
  let started = 0;
  const open = async (state: BuildState | undefined) => {
    started = performance.now();
    // `npm run build` planned the split with the reuse of pages already (src/incremental/page-reuse.ts).
    const shards =
      state?.searchShards ??
      planSearchShards(
        currentGraph().pages,
        base,
        options.searchShardPages,
        (page) => currentHtml().get(page.absPath)?.words,
      );
    const opened = state?.searchIndex ?? (await openSearchIndex(loadPagefind, { base, lang, shards }));
    openSearchFeed((pathname, html) => opened.addPage(pathname, html));
    build = opened;
  };
  return {
    name: 'folio:search-index',
    hooks: {
      'astro:build:start': async () => {
        // `npm run build` may have opened the index already, with the pages it reuses (indexReusedPages).
        const state = buildState();
        await state?.ready;
        await open(state);
      },
      'astro:build:done': async ({ dir, logger }) => {
        closeSearchFeed();
        if (!build) throw new Error('Search index: the index was never opened (astro:build:start did not run)');
        const waited = performance.now();
        const { pages, terms, written, reused } = await build.finish(fileURLToPath(dir));
        const ms = Math.round(performance.now() - waited);
        recordSpan('searchIndex', ms);
        const split =
          written + reused > 1
            ? ` into ${written} indexes${reused ? `, ${reused} more unchanged and copied` : ''}`
            : '';
        logger.info(
          `indexed ${pages} HTML pages as they were built, then ${terms} glossary terms${split}; ${ms} ms after the last page (${Math.round(performance.now() - started)} ms in all)`,
        );
      },
    },
  };
}
