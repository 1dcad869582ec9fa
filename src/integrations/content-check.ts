/**
 * Astro integration: loads all content once, before any page is rendered (read, parse and render on all
 * cores, cached between builds; see lib/content-graph/load-content.ts), validates it with the same rules and
 * levels as `folio check` (src/lib/rules/levels.ts), and stops a production build with every error listed. The
 * dev server reports problems but keeps serving. When a rebuild reuses unchanged pages (src/incremental/page-reuse.ts), it also puts them into the
 * new site, before the sitemap and the search index look at it.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import type { MarkdownStrings } from '../config/ui-strings.ts';
import { recordSpan, type SiteContext } from '../context/site-context.ts';
import { copyReusedPages } from '../incremental/index.ts';
import { contentCacheFile, takeContentLoad } from '../lib/content-graph/early-load.ts';
import type { DocsLayout } from '../lib/content-layout.ts';
import { formatProblem, type Problem } from '../lib/problems.ts';
import { checkContent } from '../lib/rules/index.ts';
import { levelSummary, type RuleLevel } from '../lib/rules/levels.ts';

export class ContentCheckError extends Error {
  override name = 'ContentCheckError';
}

export interface ContentCheckOptions {
  base: string;
  siteOrigin: string;
  /** The site's words the Markdown pipeline writes into pages. */
  ui: MarkdownStrings;
  layout: DocsLayout;
  /** Warnings stop a build too. */
  strict: boolean;
  /** Rules strict raises beyond its default (src/lib/rules/levels.ts). */
  strictAlso: readonly string[];
  /** The config's level for each rule it names (`rules:`). */
  rules: Readonly<Record<string, RuleLevel>>;
  /** What is wrong with the config file or the environment: reported first, and an error stops the build. */
  configProblems: readonly Problem[];
}

export default function contentCheck(context: SiteContext, options: ContentCheckOptions): AstroIntegration {
  /** Waits for the load, checks the content and reports the problems; a build stops at an error. */
  async function finishLoad(
    load: ReturnType<typeof takeContentLoad>,
    command: string,
    logger: AstroIntegrationLogger,
  ): Promise<void> {
    const started = load.startedAt;
    const { graph, html, rendered } = await load.loaded;
    const loaded = performance.now();
    const checked = checkContent(graph, options);
    context.content = { graph, html, problems: checked.problems };
    recordSpan(context, 'contentGraph', loaded - started);
    recordSpan(context, 'linkValidation', performance.now() - loaded);
    logger.info(
      `${graph.pages.length} pages loaded (${rendered} parsed and rendered, the rest cached) in ${Math.round(loaded - started)} ms`,
    );
    for (const problem of checked.problems) {
      const message = formatProblem(problem, { ruleId: true });
      if (problem.severity === 'error') logger.error(message);
      else logger.warn(message);
    }
    if (checked.problems.length > 0 || checked.silenced > 0) logger.info(`content check: ${levelSummary(checked)}`);
    const { errors } = checked;
    if (errors > 0 && command === 'build') {
      throw new ContentCheckError(
        `the content check found ${errors} error${errors === 1 ? '' : 's'}, listed above as path:line:column. Fix ${errors === 1 ? 'it' : 'them'} and build again (\`folio check\` lists them without building).`,
      );
    }
    // Under `npm run build`, the script has already decided, from this same content, which pages the
    // published site holds as this build would render them (src/incremental/page-reuse.ts).
    const state = command === 'build' ? context.build : undefined;
    if (state?.ready) {
      if (!load.early)
        throw new Error('folio build planned page reuse on content loaded with other options than these');
      await state.ready;
      const reused = state.reused?.size ?? 0;
      if (reused > 0)
        logger.info(
          `${reused} of ${Object.keys(state.manifest?.pages ?? {}).length} content pages are unchanged since the last build and are taken from it`,
        );
    }
  }

  return {
    name: 'folio:content-check',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        const root = fileURLToPath(config.root);
        // `npm run build` may have started this load already, while Astro was starting (src/cli/build.ts).
        const load = takeContentLoad(context, root, {
          base: options.base,
          siteOrigin: options.siteOrigin,
          ui: options.ui,
          layout: options.layout,
          includeDrafts: command === 'dev',
          cacheFile: contentCacheFile(fileURLToPath(config.cacheDir)),
        });
        const ready = finishLoad(load, command, logger);
        if (command !== 'build') return ready;
        // A build goes on starting (Astro's content sync and type generation, which need none of it) while the
        // workers render, and waits for the content when the build proper starts, before any page is made.
        context.contentReady = ready;
        ready.catch(() => undefined); // Its error is thrown where the build waits for it.
        return undefined;
      },
      'astro:build:start': async () => {
        await context.contentReady;
      },
      // As soon as every page is written, before the search index reads the site or the sitemap looks at it (this
      // integration comes first).
      'astro:build:generated': ({ dir, logger }) => {
        const copied = copyReusedPages(context.build, fileURLToPath(dir), options.base);
        if (copied > 0) logger.info(`copied ${copied} unchanged pages from the published site`);
      },
    },
  };
}
