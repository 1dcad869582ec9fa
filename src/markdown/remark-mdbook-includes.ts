/**
 * remark plugin: expands mdBook's `{{#include}}` and `{{#rustdoc_include}}` helpers in the parsed page
 * (src/markdown/mdbook-includes.ts). It runs right after parsing, before the page's facts are collected, so the
 * content check sees the included code and text; what it finds is kept on the tree for those facts.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { LinkablePage, LinkGraph } from '../lib/content-graph/resolve-link.ts';
import { expandIncludes } from '../lib/content-graph/mdbook-includes.ts';

export interface MdbookIncludesOptions {
  /** The site's files: included files must be in its repository (or, outside git, its docs folder). */
  graph: () => LinkGraph<LinkablePage>;
}

export default function remarkMdbookIncludes(options: MdbookIncludesOptions) {
  return (tree: Root, file: VFile) => {
    if (!file.path) return;
    const graph = options.graph();
    expandIncludes(tree, String(file.value), {
      page: file.path,
      boundary: graph.repository?.root ?? graph.docsDir,
    });
  };
}
