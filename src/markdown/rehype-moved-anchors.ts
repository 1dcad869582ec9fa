/**
 * rehype plugin: keeps retired section ids working. For each `moved_anchors: { old-id: current-id }` entry in
 * the page's front matter, an empty element with the old id is placed inside the heading that now has the
 * current id, so a link pasted before a heading was renamed still lands on the right section, with or without
 * JavaScript.
 *
 *   moved_anchors: { logging: logs }   ->   <h2 id="logs"><span id="logging" class="moved-anchor"></span>Logs</h2>
 */
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { SKIP, walkElements } from '../lib/walk-tree.ts';
import { hastInlineOnly } from '../lib/inline-only.ts';

function movedAnchors(file: VFile): Record<string, string> {
  const astro = file.data['astro'] as { frontmatter?: { moved_anchors?: unknown } } | undefined;
  const moved = astro?.frontmatter?.moved_anchors;
  return moved && typeof moved === 'object' ? (moved as Record<string, string>) : {};
}

export default function rehypeMovedAnchors() {
  return (tree: Root, file: VFile) => {
    const byTarget = new Map<string, string[]>();
    for (const [oldId, newId] of Object.entries(movedAnchors(file)))
      byTarget.set(newId, [...(byTarget.get(newId) ?? []), oldId]);
    if (byTarget.size === 0) return;
    walkElements(tree, (node) => {
      const id = node.properties['id'];
      if (!/^h[1-6]$/.test(node.tagName)) return hastInlineOnly.has(node.tagName) ? SKIP : undefined;
      const oldIds = typeof id === 'string' ? byTarget.get(id) : undefined;
      if (!oldIds) return SKIP;
      node.children.unshift(
        ...oldIds.map((oldId) => ({
          type: 'element' as const,
          tagName: 'span',
          properties: { id: oldId, className: ['moved-anchor'] },
          children: [],
        })),
      );
      return SKIP;
    });
  };
}
