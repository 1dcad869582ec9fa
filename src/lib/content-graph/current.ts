/**
 * The content graph of the running build, shared between the integration (which builds and validates it
 * once), the Markdown plugins, and the page routes. Astro loads the config and the pages through different
 * module graphs, so the graph is kept on a global symbol rather than in module state; it is still built once.
 */
import { buildContentGraph, type ContentGraph, type GraphOptions } from './graph.ts';

const key = Symbol.for('newcomer-handbook.content-graph');
type Holder = { [key]?: ContentGraph };

export function setCurrentGraph(graph: ContentGraph): void {
  (globalThis as Holder)[key] = graph;
}

/** The current graph; builds it from the working directory if nothing has set it yet. */
export function currentGraph(options: GraphOptions = {}): ContentGraph {
  const holder = globalThis as Holder;
  holder[key] ??= buildContentGraph(process.cwd(), options);
  return holder[key];
}
