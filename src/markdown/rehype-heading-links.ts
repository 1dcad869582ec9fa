/**
 * rehype plugin: every h2 and h3 with an id gets a link to itself, so a reader can take the URL of any section.
 * The link comes after the text and is labelled for screen readers; CSS shows it on hover and focus. It also
 * carries the name of the "Copy link" button a script adds beside it (src/scripts/section-links.ts). Both labels
 * are the site's UI strings (`links.toSection`, `links.copyToSection`).
 *
 *   <h2 id="logs">Logs</h2>  ->  <h2 id="logs">Logs <a class="heading-link" href="#logs"
 *     aria-label="Link to section: Logs" data-copy-label="Copy link to section: Logs">#</a></h2>
 */
import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { defaultUiStrings, format } from '../config/ui-strings.ts';
import { SKIP, walkElements } from '../lib/walk-tree.ts';
import { hastInlineOnly } from '../lib/inline-only.ts';

export interface HeadingLinkOptions {
  /** The link's accessible name; `{name}` is the heading's text. */
  linkLabel?: string;
  /** The copy button's accessible name; `{name}` is the heading's text. */
  copyLabel?: string;
}

export default function rehypeHeadingLinks({
  linkLabel = defaultUiStrings['links.toSection'],
  copyLabel = defaultUiStrings['links.copyToSection'],
}: HeadingLinkOptions = {}) {
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
          properties: {
            className: ['heading-link'],
            href: `#${id}`,
            ariaLabel: format(linkLabel, { name: label }),
            dataCopyLabel: format(copyLabel, { name: label }),
          },
          children: [{ type: 'text', value: '#' }],
        },
      );
      return SKIP;
    });
  };
}
