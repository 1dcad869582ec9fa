/**
 * remark plugin: rewrites relative links to content files into site URLs, using the content graph.
 *
 *   [logs](../checklists/virt-bug-report.md#logs)  ->  <a href="/handbook/checklists/virt-bug-report/#logs">
 *   [NVR](../glossary/nvr.md)                      ->  <a href="/handbook/glossary/#nvr" data-term="nvr">
 *   ![diagram](/images/diagram.png)                ->  <img src="/handbook/images/diagram.png">
 *
 * Links that resolve to nothing are left as written: the content check reports them with file and line and
 * fails the build, so no broken link ships.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { walkMdast } from '../lib/walk-tree.ts';
import { resolveLink, type LinkablePage, type LinkGraph } from '../lib/content-graph/resolve-link.ts';
import { joinBase } from '../lib/urls.ts';

export interface ResolveLinksOptions {
  /** The pages links can point at (a function, so the dev server can hand out a fresh graph after edits). */
  graph: () => LinkGraph<LinkablePage>;
  /** The site's base path, e.g. "/" or "/handbook/". */
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
      // Files under public/ (/images/x.png) get the base path too.
      if (target.kind === 'asset' && target.href !== undefined) node.url = joinBase(options.base, target.href);
      if (target.kind !== 'page' || node.type === 'image') return;
      node.url =
        target.page === page && !node.url.split('#')[0] ? `#${target.anchor}` : joinBase(options.base, target.href);
      if (target.page.kind === 'term' && node.type === 'link') {
        node.data = { ...node.data, hProperties: { ...node.data?.hProperties, dataTerm: target.page.slug } };
      }
    });
  };
}
