/**
 * Heading ids, shared by the content graph (which validates links) and the Markdown pipeline (which renders
 * them), so the id a link is checked against is the id the page really has.
 *
 * A heading ending in `{#custom-id}` keeps that id whatever its wording; other headings get GitHub's id for
 * their text (github-slugger), so a link that works on the code host works on the site.
 */
import GithubSlugger from 'github-slugger';
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, walkMdast } from './walk-tree.ts';
import { mdastInlineOnly } from './inline-only.ts';

/** A heading's trailing `{#id}` marker, which pins its id and is not part of its text. */
export const pinnedIdPattern = /\s*\{#([^\s{}]+)\}\s*$/;

export interface HeadingId {
  id: string;
  depth: number;
  /** The heading's text without any `{#id}` suffix. */
  text: string;
  /** True when the id was pinned with `{#id}`. */
  pinned: boolean;
  line: number;
  column: number;
  node: Heading;
}

/**
 * Removes a trailing `{#id}` from the heading's last text node and returns the id, or undefined.
 * Mutates the node: the marker is syntax, not text a reader should see.
 */
function takePinnedId(heading: Heading): string | undefined {
  const last = heading.children.at(-1);
  if (!last || last.type !== 'text') return undefined;
  const match = pinnedIdPattern.exec(last.value);
  if (!match) return undefined;
  last.value = last.value.slice(0, match.index);
  if (last.value === '') heading.children.pop();
  return match[1];
}

/** The id a heading's text gives when it is not pinned (GitHub's rule), leaving duplicates aside. */
export function headingSlug(text: string): string {
  return new GithubSlugger().slug(text);
}

/** Assigns ids to every heading of a document, in order, and returns them (duplicates included, for checks). */
export function assignHeadingIds(tree: Root): HeadingId[] {
  const slugger = new GithubSlugger();
  const result: HeadingId[] = [];
  walkMdast(tree, (node) => {
    if (node.type !== 'heading') return mdastInlineOnly.has(node.type) ? SKIP : undefined;
    // Idempotent: a heading that already has an id (from an earlier pass over the same tree) keeps it.
    const existing = node.data?.hProperties?.['id'];
    const pinned = typeof existing === 'string' ? undefined : takePinnedId(node);
    const text = toString(node).trim();
    const id = typeof existing === 'string' ? existing : (pinned ?? slugger.slug(text));
    node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
    result.push({
      id,
      depth: node.depth,
      text,
      pinned: pinned !== undefined,
      line: node.position?.start.line ?? 0,
      column: node.position?.start.column ?? 0,
      node,
    });
    return SKIP;
  });
  return result;
}
