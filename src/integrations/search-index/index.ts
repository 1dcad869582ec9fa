/**
 * Astro integration: indexes the finished pages with Pagefind's Node API, so every build has a search index
 * and there is no separate step to forget. The index opens in `astro:build:start` (or earlier, under
 * `npm run build`, holding the pages a rebuild reuses: indexReusedPages); `astro:build:generated` has Pagefind
 * read the pages this build rendered from the built site and write the index (a large site's in parts, in
 * parallel: src/incremental/search-shards.ts; session.ts says why the pages are not handed over as they are
 * rendered), which `astro:build:done` awaits. Content pages mark their <main> with data-pagefind-body and
 * `kind:page`. Glossary terms are added on top as records of `kind:term`, each a result
 * of its own with a deep link (/<glossary folder>/#term, read from the built glossary page). Checklist items need no
 * records: each is a titled anchor of its page (src/markdown/remark-checklists.ts), so Pagefind lists it as a
 * sub-result. Any Pagefind error fails the build.
 *
 * This file holds the hooks; Pagefind calls are in pagefind.ts, the glossary and vocabulary records in records.ts,
 * the index of one build in session.ts, writing its parts in write-shards.ts.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { loadedSite, recordSpan, type SiteContext } from '../../context/site-context.ts';
import { planSearchShards, type BuildState, type SearchIndexBuild } from '../../incremental/index.ts';
import { loadPagefind, type PagefindLoader } from './pagefind.ts';
import type { GlossaryPlace } from './records.ts';
import { openSearchIndex } from './session.ts';

export default function searchIndex(
  context: SiteContext,
  options: {
    base: string;
    lang: string;
    glossary?: GlossaryPlace | undefined;
    searchShardPages: number;
    /**
     * The site's other languages: each gets an index of its own, in its language (stemming, word splitting),
     * written under its prefix (es/pagefind/), holding its translations and its glossary's translated terms.
     */
    locales?: readonly { code: string; lang: string; glossary?: GlossaryPlace | undefined }[];
  },
): AstroIntegration {
  const { base, lang, glossary, locales = [] } = options;
  let build: SearchIndexBuild | undefined;
  let localeBuilds: { prefix: string; build: SearchIndexBuild }[] = [];
  let finishing: ReturnType<typeof finishAll> | undefined;
  /** Has each index read the built pages and written itself; records how long that took. */
  const finishAll = async (dir: string) => {
    if (!build) throw new Error('Search index: the index was never opened (astro:build:start did not run)');
    const waited = performance.now();
    const results = await Promise.all([build.finish(dir), ...localeBuilds.map((locale) => locale.build.finish(dir))]);
    recordSpan(context, 'searchIndex', Math.round(performance.now() - waited));
    return results;
  };
  /** One index per other language, each unsplit: it holds that language's translated pages only. */
  const openLocales = async (state: BuildState | undefined) => {
    const pages = loadedSite(context).graph.pages;
    return Promise.all(
      locales.map(async (locale, order) => {
        const shards = planSearchShards(pages, base, Number.MAX_SAFE_INTEGER, () => undefined, locale.code);
        // A Pagefind service of its own: closing one index's service must not close another's.
        const load: PagefindLoader = (shard) => loadPagefind(10_000 * (order + 1) + shard);
        const opened = await openSearchIndex(load, {
          base,
          lang: locale.lang,
          glossary: locale.glossary,
          shards,
          indexRoot: locale.code,
        });
        const prefix = `${base}${locale.code}/`;
        // Pages a rebuild takes unchanged from the published site are read from there (as indexReusedPages does);
        // finish() reads the rest from the built site.
        const reused = [...(state?.reused ?? [])].filter(
          (path) => path.startsWith(prefix) && shards.shardOf(path) !== undefined,
        );
        if (state && reused.length > 0) opened.addPublished(state.previousDir, reused);
        return { prefix, build: opened };
      }),
    );
  };
  const open = async (state: BuildState | undefined) => {
    // `npm run build` planned the split with the reuse of pages already (src/incremental/page-reuse.ts).
    const shards =
      state?.searchShards ??
      planSearchShards(
        loadedSite(context).graph.pages,
        base,
        options.searchShardPages,
        (page) => loadedSite(context).html.get(page.absPath)?.words,
      );
    const opened = state?.searchIndex ?? (await openSearchIndex(loadPagefind, { base, lang, glossary, shards }));
    const others = await openLocales(state).catch(async (error: unknown) => {
      await opened.abort();
      throw error;
    });
    build = opened;
    localeBuilds = others;
  };
  return {
    name: 'folio:search-index',
    hooks: {
      'astro:build:start': async () => {
        // `npm run build` may have opened the index already, with the pages it reuses (indexReusedPages).
        const state = context.build;
        await state?.ready;
        await open(state);
      },
      // Every page is written now: Pagefind starts reading them while the other integrations finish the build.
      'astro:build:generated': ({ dir }) => {
        finishing = finishAll(fileURLToPath(dir));
        finishing.catch(() => undefined); // Awaited in astro:build:done.
      },
      'astro:build:done': async ({ dir, logger }) => {
        const [main, ...more] = await (finishing ?? finishAll(fileURLToPath(dir)));
        const { written, reused } = main;
        const pages = [main, ...more].reduce((sum, result) => sum + result.pages, 0);
        const terms = [main, ...more].reduce((sum, result) => sum + result.terms, 0);
        const ms = context.timings.spans['searchIndex'] ?? 0;
        const split =
          written + reused > 1
            ? ` into ${written} indexes${reused ? `, ${reused} more unchanged and copied` : ''}`
            : '';
        logger.info(`indexed ${pages} HTML pages, then ${terms} glossary terms${split}; ${ms} ms after the last page`);
      },
    },
  };
}
