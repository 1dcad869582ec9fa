/**
 * rehype plugin: every h2 and h3 with an id gets a link to itself, so a reader can take the URL of any section.
 * The link comes after the text and is labelled for screen readers; CSS shows it on hover and focus.
 *
 *   <h2 id="logs">Logs</h2>  ->  <h2 id="logs">Logs <a class="heading-link" href="#logs" aria-label="Link to section: Logs">#</a></h2>
 */
import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, walkElements } from '../lib/walk-tree.ts';
import { hastInlineOnly } from '../lib/inline-only.ts';

export default function rehypeHeadingLinks() {
  return (tree: Root) => {
    walkElements(tree, (node) => {
      if (node.tagName !== 'h2' && node.tagName !== 'h3') return hastInlineOnly.has(node.tagName) ? SKIP : undefined;
      const id = node.properties['id'];
      if (typeof id !== 'string' || id === '') return SKIP;
      const label = toString(node).trim();
      node.children.push(
        { type: 'text', value: ' ' },
        {
          type: 'element',
          tagName: 'a',
          properties: { className: ['heading-link'], href: `#${id}`, ariaLabel: `Link to section: ${label}` },
          children: [{ type: 'text', value: '#' }],
        },
      );
      return SKIP;
    });
  };
}
