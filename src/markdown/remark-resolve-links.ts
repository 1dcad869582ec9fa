/**
 * remark plugin: rewrites links written as the code host reads them into site URLs, using the content graph
 * (src/lib/content-graph/resolve-link.ts).
 *
 *   [logs](../lists/setup.md#Logs)  ->  <a href="/team/lists/setup/#logs">
 *   [NVR](../terms/nvr.md)                         ->  <a href="/team/terms/#nvr" data-term="nvr">
 *   [manual](../manual/)                           ->  <a href="/team/manual/">
 *   [license](../../LICENSE)                       ->  <a href="https://github.com/o/r/blob/main/LICENSE">
 *   ![diagram](img/diagram.png)                    ->  <img src="/team/manual/img/diagram.png">
 *
 * Links that resolve to nothing are left as written: the content check reports them with file and line and
 * fails the build, so no broken link ships.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { walkMdast } from '../lib/walk-tree.ts';
import { resolveLink, type LinkablePage, type LinkGraph } from '../lib/content-graph/resolve-link.ts';
import { publishedUrl } from './link-url.ts';

export interface ResolveLinksOptions {
  /** The pages links can point at (a function, so the dev server can hand out a fresh graph after edits). */
  graph: () => LinkGraph<LinkablePage>;
  /** The site's base path, e.g. "/" or "/team/". */
  base: string;
}

export default function remarkResolveLinks(options: ResolveLinksOptions) {
  return (tree: Root, file: VFile) => {
    const graph = options.graph();
    const page = file.path ? graph.byAbsPath.get(file.path) : undefined;
    if (!page) return;
    walkMdast(tree, (node) => {
      if (node.type !== 'link' && node.type !== 'definition' && node.type !== 'image') return;
      const target = resolveLink(graph, page, node.url);
      node.url = publishedUrl(target, page, node.url, node.type === 'image', options.base) ?? node.url;
      if (target.kind === 'page' && target.page.kind === 'term' && node.type === 'link') {
        node.data = { ...node.data, hProperties: { ...node.data?.hProperties, dataTerm: target.page.slug } };
      }
    });
  };
}
