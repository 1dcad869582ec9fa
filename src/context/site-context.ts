/**
 * The site context: everything one build or dev session knows about the site it makes (settings, the loaded
 * content and what the check found in it, what a rebuild reuses, the pages' Markdown twins, timings), created
 * once per build (by `folio build`, src/cli/build.ts) or per Astro config load (astro.config.mjs) and handed down.
 *
 * The CLI, the Astro config with its integrations, and the pages are loaded through different module graphs
 * (Node's own, Astro's config loader, Vite's build), so module state is not shared between them. One global
 * key holds a registry of contexts by id; the integrations get their context as an object, the pages find theirs
 * by the id that the `virtual:folio/context` module serves them (src/integrations/site-context.ts). Two builds
 * in one process each have their own context and never see each other's state.
 */
import { randomUUID } from 'node:crypto';
import type { BuildState } from '../incremental/index.ts';
import type { EarlyLoad } from '../lib/content-graph/early-load.ts';
import type { ContentGraph } from '../lib/content-graph/graph.ts';
import type { RenderedHtml } from '../lib/content-graph/load-content.ts';
import type { Problem } from '../lib/problems.ts';
import type { site } from '../site.config.ts';

/** The site's settings (src/site.config.ts). */
export type SiteSettings = typeof site;

/** The content of a build, loaded and validated once before any page renders. */
export interface LoadedSite {
  graph: ContentGraph;
  /** Rendered HTML by the page's absolute path. */
  html: Map<string, RenderedHtml>;
  /** What the content check found in this content, once it has run. */
  problems: readonly Problem[] | undefined;
}

/** When each build phase started and ended (`npm run bench`, src/integrations/build-timings.ts). */
export interface BuildTimings {
  /** Milliseconds since the process started, at each hook. */
  marks: Record<string, number>;
  /** Durations measured inside our own integrations (content graph and checks, search index). */
  spans: Record<string, number>;
}

export interface SiteContext {
  readonly id: string;
  readonly settings: SiteSettings;
  content: LoadedSite | undefined;
  /**
   * In a production build, the content load and check under way while Astro starts (src/integrations/
   * content-check.ts): it settles, with `content` set, before any page is generated, or rejects with the check's
   * errors.
   */
  contentReady: Promise<void> | undefined;
  /** A content load `folio build` started before Astro, for the content check to take over. */
  earlyLoad: EarlyLoad | undefined;
  /** Set by `folio build` only: the published site this build replaces and what it reuses from it. */
  build: BuildState | undefined;
  /**
   * Open while a production build renders: each content page leaves its Markdown twin here (src/lib/twin-routes.ts),
   * and src/integrations/page-twins.ts writes them beside the pages, instead of a route per twin.
   */
  pageTwins: Map<string, string> | undefined;
  readonly timings: BuildTimings;
}

const registryKey = Symbol.for('folio.site-contexts');
type Holder = { [registryKey]?: Map<string, SiteContext> };

function registry(): Map<string, SiteContext> {
  const holder = globalThis as Holder;
  holder[registryKey] ??= new Map();
  return holder[registryKey];
}

export function createSiteContext(settings: SiteSettings): SiteContext {
  const context: SiteContext = {
    id: randomUUID(),
    settings,
    content: undefined,
    contentReady: undefined,
    earlyLoad: undefined,
    build: undefined,
    pageTwins: undefined,
    timings: { marks: {}, spans: {} },
  };
  registry().set(context.id, context);
  return context;
}

/** The context with this id; an error when there is none (it was released, or never created in this process). */
export function findSiteContext(id: string): SiteContext {
  const context = registry().get(id);
  if (!context) throw new Error(`No site context ${id} in this process: the build that made it has ended`);
  return context;
}

/** Forgets a context once its build or dev session has ended. */
export function releaseSiteContext(context: SiteContext): void {
  registry().delete(context.id);
}

/** The loaded content; an error when a page asks before the build has loaded it. */
export function loadedSite(context: SiteContext): LoadedSite {
  if (!context.content) throw new Error('The site content was not loaded yet (the content-check integration loads it)');
  return context.content;
}

/** Adds a measured span to the build's timings. */
export function recordSpan(context: SiteContext, name: string, ms: number): void {
  context.timings.spans[name] = (context.timings.spans[name] ?? 0) + ms;
}

/** The environment variable by which `folio build` names the context it made to the Astro run it starts. */
export const contextEnv = 'FOLIO_CONTEXT';

/**
 * The context for the Astro config being loaded: the one `folio build` made for this run (named in
 * FOLIO_CONTEXT), else a new one, which the config then owns and releases when its build or server ends.
 */
export function contextForAstro(
  env: NodeJS.ProcessEnv,
  settings: SiteSettings,
): { context: SiteContext; owned: boolean } {
  const id = env[contextEnv];
  return id ? { context: findSiteContext(id), owned: false } : { context: createSiteContext(settings), owned: true };
}
