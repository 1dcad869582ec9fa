/**
 * One build's search index. `addPublished` has Pagefind read the pages a rebuild takes unchanged from the
 * published site, from there, as soon as the build knows them (Pagefind works in its own processes while the
 * build goes on). `finish`,
 * once every page is written, has Pagefind read the pages this build rendered straight from the built site
 * (each index in its own process, in parallel), checks that every searchable page got in, adds the glossary terms
 * to the primary index, writes every index and copies the shards a rebuild reuses. `abort` closes every Pagefind
 * service after a failure elsewhere; `finish` closes them either way.
 *
 * Why not hand each page over as it is rendered: every page then travels as base64 inside JSON over a pipe,
 * encoded on the thread that renders the pages, and Pagefind's processes take CPU from that thread while it
 * renders. Read from disk at the end, the same pages cost the rendering thread nothing, and Pagefind reads and
 * parses them on every core (`npm run bench`: a 1000-page build's pages render in half the time; the index
 * takes about a second longer at the end).
 */
import { searchableHtml } from './searchable-html.ts';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { indexFolder, type SearchIndexBuild, type SearchShards } from '../../incremental/index.ts';
import { outputFileOf } from '../../lib/urls.ts';
import { fail, openPagefindIndex, type OpenIndex, type PagefindLoader } from './pagefind.ts';
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
  /** Pages read from the published site (a rebuild's reused pages); the rest are read from the built site. */
  const added = new Set<string>();
  return {
    addPublished(siteDir, paths) {
      const files = new Map<number, string[]>();
      for (const path of paths) {
        const shard = shards.shardOf(path);
        if (shard === undefined) continue; // Not a search result (no data-pagefind-body).
        const outputFile = outputFileOf(path, base);
        if (!byShard.has(shard)) {
          pending.push(Promise.resolve([`${outputFile}: handed over, but its search shard is copied unchanged`]));
          continue;
        }
        added.add(path);
        const list = files.get(shard) ?? [];
        list.push(outputFile);
        files.set(shard, list);
      }
      for (const target of indexes) {
        const list = files.get(target.shard);
        if (list) pending.push(indexBuiltPages(target, siteDir, list));
      }
    },
    async finish(dir) {
      try {
        const pageErrors = (await Promise.all(pending)).flat();
        if (pageErrors.length) fail('addDirectory', pageErrors);
        // Every other searchable page of an index written this time was rendered by this build.
        const built = shards.paths.filter((path) => !reusedShards.has(shards.shardOf(path) ?? 0) && !added.has(path));
        const missing = built.filter((path) => !existsSync(join(dir, outputFileOf(path, base))));
        if (missing.length)
          fail('addDirectory', [
            `${missing.length} of ${shards.paths.length} searchable pages are not in the built site: ${missing.slice(0, 5).join(', ')}`,
          ]);
        const builtErrors = await Promise.all(
          indexes.map((target) =>
            indexBuiltPages(
              target,
              dir,
              built.filter((path) => shards.shardOf(path) === target.shard).map((path) => outputFileOf(path, base)),
            ),
          ),
        );
        if (builtErrors.flat().length) fail('addDirectory', builtErrors.flat());
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
        const pages = added.size + built.length;
        return { pages, terms: terms.length, written: indexes.length, reused: reusedShards.size };
      } finally {
        await closeAll();
      }
    },
    abort: closeAll,
  };
}

/** Characters a glob gives a meaning to: a page whose file name holds one is handed over by its content instead. */
const globSyntax = /[\\{}[\]*?,!]/;
/** Files per `addDirectory` call, so no glob grows without bound. */
const filesPerGlob = 500;

/**
 * Has Pagefind read these built pages (paths relative to the site folder) from the site folder itself, as its
 * command line would, by a glob naming exactly them; resolves to the errors, each naming what it was about.
 */
async function indexBuiltPages(target: OpenIndex, dir: string, files: readonly string[]): Promise<string[]> {
  const errors: string[] = [];
  const named = files.filter((file) => !globSyntax.test(file));
  for (let start = 0; start < named.length; start += filesPerGlob) {
    const batch = named.slice(start, start + filesPerGlob);
    const glob = batch.length === 1 ? batch[0]! : `{${batch.join(',')}}`;
    const result = await target.index.addDirectory({ path: dir, glob });
    errors.push(...result.errors.map((error) => `${indexFolder(target.shard)}: ${error}`));
    if (result.errors.length === 0 && result.page_count !== batch.length)
      errors.push(
        `${indexFolder(target.shard)}: Pagefind indexed ${result.page_count} of the ${batch.length} pages it was given (${batch.slice(0, 3).join(', ')}, ...)`,
      );
  }
  for (const file of files.filter((file) => globSyntax.test(file))) {
    const result = await target.index.addHTMLFile({
      sourcePath: file,
      content: searchableHtml(readFileSync(join(dir, file), 'utf8')),
    });
    errors.push(...result.errors.map((error) => `${file}: ${error}`));
  }
  return errors;
}
