/**
 * The content of the running build (graph and rendered HTML), shared between the integration that loads and
 * validates it once, the Markdown plugins, the content loader and the page routes. Astro loads the config and
 * the pages through different module graphs, so it is kept on a global symbol rather than in module state.
 */
import { buildContentGraph, type ContentGraph, type GraphOptions } from './graph.ts';
import type { Problem } from '../problems.ts';
import type { RenderedHtml } from './load-content.ts';

const key = Symbol.for('folio.content');
interface Current {
  graph: ContentGraph;
  html: Map<string, RenderedHtml>;
  /** What the content check found in this content, once it has run. */
  problems: readonly Problem[] | undefined;
}
type Holder = { [key]?: Current };

export function setCurrentContent(
  graph: ContentGraph,
  html: Map<string, RenderedHtml> = new Map(),
  problems?: readonly Problem[],
): void {
  (globalThis as Holder)[key] = { graph, html, problems };
}

/** The current graph; builds it from the working directory if nothing has set it yet. */
export function currentGraph(options: GraphOptions = {}): ContentGraph {
  const holder = globalThis as Holder;
  holder[key] ??= { graph: buildContentGraph(process.cwd(), options), html: new Map(), problems: undefined };
  return holder[key].graph;
}

/** Rendered HTML of the current build, by absolute path (empty until the build has loaded content). */
export function currentHtml(): Map<string, RenderedHtml> {
  return (globalThis as Holder)[key]?.html ?? new Map<string, RenderedHtml>();
}

/** The content check's findings for the current content (undefined until it has run). */
export function currentProblems(): readonly Problem[] | undefined {
  return (globalThis as Holder)[key]?.problems;
}
