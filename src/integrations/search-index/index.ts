/**
 * Astro integration: indexes the finished pages with Pagefind's Node API, so every build has a search index
 * and there is no separate step to forget. The index opens in `astro:build:start` (or earlier, under
 * `npm run build`, holding the pages a rebuild reuses: indexReusedPages); src/middleware.ts hands it each page
 * as soon as it is rendered (Pagefind parses it in its own process while Astro renders the next);
 * `astro:build:done` waits for the last page and writes the index (a large site's in parts, in parallel:
 * src/incremental/search-shards.ts). Content pages mark their <main> with
 * data-pagefind-body and `kind:page`. Glossary terms are added on top as records of `kind:term`, each a result
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
import { loadPagefind } from './pagefind.ts';
import type { GlossaryPlace } from './records.ts';
import { openSearchIndex } from './session.ts';

export default function searchIndex(
  context: SiteContext,
  options: {
    base: string;
    lang: string;
    glossary?: GlossaryPlace | undefined;
    searchShardPages: number;
  },
): AstroIntegration {
  const { base, lang, glossary } = options;
  let build: SearchIndexBuild | undefined;
  let started = 0;
  const open = async (state: BuildState | undefined) => {
    started = performance.now();
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
    context.searchFeed = (pathname, html) => opened.addPage(pathname, html);
    build = opened;
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
      'astro:build:done': async ({ dir, logger }) => {
        context.searchFeed = undefined;
        if (!build) throw new Error('Search index: the index was never opened (astro:build:start did not run)');
        const waited = performance.now();
        const { pages, terms, written, reused } = await build.finish(fileURLToPath(dir));
        const ms = Math.round(performance.now() - waited);
        recordSpan(context, 'searchIndex', ms);
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
