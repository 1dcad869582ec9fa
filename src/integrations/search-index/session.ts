/**
 * One build's search index, filled while the build renders: `addPage` hands a finished page to Pagefind (which
 * parses it in its own process, on the other core) and returns at once; `finish` waits for every page, checks
 * that every searchable page arrived, adds the glossary terms to the primary index, writes every index and
 * copies the shards a rebuild reuses. `abort` closes every Pagefind service after a failure elsewhere; `finish`
 * closes them either way.
 */
import { searchableHtml } from './searchable-html.ts';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { indexFolder, type SearchIndexBuild, type SearchShards } from '../../incremental/index.ts';
import { outputFileOf } from '../../lib/urls.ts';
import { fail, openPagefindIndex, type PagefindLoader } from './pagefind.ts';
import { glossaryRecords, termRecord, vocabularyRecord, type GlossaryPlace } from './records.ts';
import { copyReusedShards, writeShards } from './write-shards.ts';

export interface SearchIndexOptions {
  base: string;
  /**
   * The site's language (config `lang`). Every page and record goes into one index in this language, also a page
   * whose own `lang` differs: Pagefind would otherwise write one index per language, and the search page (in the
   * site's language) would load only its own and never find those pages. Such a page's words are then matched
   * without its language's stemming, but whole words are found.
   */
  lang: string;
  /** The site's glossary, whose terms are records of their own; none when the site has no glossary. */
  glossary?: GlossaryPlace | undefined;
  shards: SearchShards;
  /** Content shards taken unchanged from the published site, and that site's folder. */
  reusedShards?: ReadonlySet<number> | undefined;
  previousDir?: string | undefined;
  /** The folder the index is written under, relative to the site: "" for the default language, "es/" for es. */
  indexRoot?: string | undefined;
}

/** Resolves to the messages of a Pagefind call's errors, prefixed with what it was about. */
function errorsOf(what: string, call: Promise<{ errors: string[] }>): Promise<string[]> {
  return call.then(
    (result) => result.errors.map((e) => `${what}: ${e}`),
    (error: unknown) => [`${what}: ${String(error)}`],
  );
}

export async function openSearchIndex(load: PagefindLoader, options: SearchIndexOptions): Promise<SearchIndexBuild> {
  const { base, shards, lang, glossary, reusedShards = new Set<number>() } = options;
  for (const shard of reusedShards)
    if (shard === 0) throw new Error('Search index: the primary index holds records; it is never reused');
  const settled = await Promise.allSettled(
    Array.from({ length: shards.count + 1 }, (_, shard) => shard)
      .filter((shard) => !reusedShards.has(shard))
      .map((shard) => openPagefindIndex(load, shard, lang)),
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
        errorsOf(`${indexFolder(shard)} vocabulary`, index.addCustomRecord(vocabularyRecord(shards.vocabulary, lang))),
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
        errorsOf(outputFile, target.index.addHTMLFile({ sourcePath: outputFile, content: searchableHtml(html) })),
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
        const glossaryFile = glossary && join(dir, glossary.folder, 'index.html');
        const terms =
          glossaryFile && existsSync(glossaryFile) ? glossaryRecords(readFileSync(glossaryFile, 'utf8')) : [];
        if (!primary) throw new Error('Search index: the primary index was not opened');
        for (const term of terms) {
          const record = await primary.index.addCustomRecord(termRecord(term, lang, glossary!));
          if (record.errors.length) fail(`glossary term ${term.id}`, record.errors);
        }
        // Pagefind's search cannot load an index with nothing in it; a split one has the vocabulary in each part.
        if (shards.count === 0 && shards.paths.length + terms.length === 0)
          fail('writeFiles', ['the search index would be empty: no page and no glossary term']);
        await writeShards(indexes, dir, options.indexRoot);
        copyReusedShards(reusedShards, options.previousDir, dir);
        return { pages: added.size, terms: terms.length, written: indexes.length, reused: reusedShards.size };
      } finally {
        await closeAll();
      }
    },
    abort: closeAll,
  };
}
