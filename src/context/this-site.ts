/**
 * The site context as the pages, layouts, middleware and content loader see it: the one whose id the
 * `virtual:folio/context` module serves to this build's code (src/integrations/site-context.ts).
 */
import contextId from 'virtual:folio/context';
import { buildContentGraph, type ContentGraph, type GraphOptions } from '../lib/content-graph/graph.ts';
import type { RenderedHtml } from '../lib/content-graph/load-content.ts';
import type { Problem } from '../lib/problems.ts';
import { findSiteContext, type SiteContext } from './site-context.ts';

export function thisSite(): SiteContext {
  return findSiteContext(contextId);
}

/** The build's content graph; built from the docs folder if nothing has loaded content yet. */
export function currentGraph(options: Omit<GraphOptions, 'layout'> = {}): ContentGraph {
  const context = thisSite();
  if (!context.content && context.contentReady)
    throw new Error(
      'the build read its content before it had loaded (see astro:build:start in src/integrations/content-check.ts)',
    );
  context.content ??= {
    graph: buildContentGraph(process.cwd(), { ...options, layout: context.settings.layout }),
    html: new Map(),
    problems: undefined,
  };
  return context.content.graph;
}

/** Rendered HTML of the build, by absolute path (empty until the build has loaded content). */
export function currentHtml(): Map<string, RenderedHtml> {
  return thisSite().content?.html ?? new Map<string, RenderedHtml>();
}

/** The content check's findings for the build's content (undefined until it has run). */
export function currentProblems(): readonly Problem[] | undefined {
  return thisSite().content?.problems;
}
