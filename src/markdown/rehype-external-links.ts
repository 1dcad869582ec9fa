/**
 * rehype plugin: links that leave the site get rel="noopener noreferrer" and a class that CSS marks with an
 * arrow, plus hidden text so screen readers hear that the link leaves the site (UI string `links.external`). Links
 * are never fetched.
 */
import type { Root } from 'hast';
import { defaultUiStrings } from '../config/ui-strings.ts';
import { SKIP, walkElements } from '../lib/walk-tree.ts';

export interface ExternalLinksOptions {
  /** The site's own origin; links to it are internal. */
  siteOrigin?: string;
  /** The hidden note, in the site's words. */
  note?: string;
}

export default function rehypeExternalLinks(options: ExternalLinksOptions = {}) {
  const note = options.note ?? defaultUiStrings['links.external'];
  return (tree: Root) => {
    walkElements(tree, (node) => {
      // A highlighted code block is thousands of token spans and holds no link.
      if (node.tagName === 'pre') return SKIP;
      if (node.tagName !== 'a') return;
      const href = node.properties['href'];
      if (typeof href !== 'string' || !/^(https?:)?\/\//i.test(href)) return;
      if (options.siteOrigin && href.startsWith(options.siteOrigin)) return;
      const className = Array.isArray(node.properties['className']) ? node.properties['className'] : [];
      node.properties['className'] = [...className, 'external'];
      node.properties['rel'] = ['noopener', 'noreferrer'];
      node.children.push({
        type: 'element',
        tagName: 'span',
        properties: { className: ['visually-hidden'] },
        children: [{ type: 'text', value: ` ${note}` }],
      });
      return undefined;
    });
  };
}
