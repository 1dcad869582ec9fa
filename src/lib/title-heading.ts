/**
 * The heading a page's title may come from: the body's first heading, when it is a `#` (level 1) heading with
 * some text. Shared by the content graph (which takes the title from it) and the Markdown pipeline (which then
 * leaves it out of the body, so the title is not shown twice), so both always mean the same node.
 */
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { pinnedIdPattern } from './heading-ids.ts';

export interface TitleHeading {
  node: Heading;
  /** Its index among the root's children. */
  index: number;
  /** Plain text, without a pinned `{#id}` marker and without image alt text. */
  text: string;
}

/**
 * Only top-level headings count: a heading inside a quote, list or callout is part of that block. A body whose
 * first heading is `##` has no title heading, even if a `#` follows (that `#` is a section, however odd).
 */
export function titleHeading(tree: Root): TitleHeading | undefined {
  const index = tree.children.findIndex((node) => node.type === 'heading');
  const node = tree.children[index];
  if (node?.type !== 'heading' || node.depth !== 1) return undefined;
  const text = plainText(node).replace(pinnedIdPattern, '').trim();
  return text ? { node, index, text } : undefined;
}

/** Readable text of a node: code and emphasis text kept, images and raw HTML left out, spaces collapsed. */
export function plainText(node: Parameters<typeof toString>[0]): string {
  return toString(node, { includeImageAlt: false, includeHtml: false }).replace(/\s+/g, ' ').trim();
}
