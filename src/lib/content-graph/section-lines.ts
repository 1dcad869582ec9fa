/**
 * The lines of the Markdown file each section comes from, for "View source" links to the code host. A section is
 * an h2 or h3 (the headings that get a self-link and appear under "On this page"): it runs from its heading's line
 * to the line before the next heading of the same or a higher level, or to the end of the file, leaving out the
 * blank lines at its end (the code host would highlight them too).
 *
 * Positions are file lines: the body is parsed with its front matter blanked (src/lib/content-graph/front-matter.ts),
 * as for every problem the check reports. Headings that come from an mdBook include carry the helper's position,
 * not lines of this file: they neither get a range nor end one.
 */
import type { Heading, Root } from 'mdast';
import type { LineRange } from '../code-host.ts';
import { mdastInlineOnly } from '../inline-only.ts';
import { SKIP, walkMdast } from '../walk-tree.ts';

/** Heading levels that make a section of their own. */
const sectionDepths: ReadonlySet<number> = new Set([2, 3]);

/** Each h2 and h3 of the tree written in this file, with the lines of its section. */
export function sectionLines(tree: Root, source: string): Map<Heading, LineRange> {
  const headings: Heading[] = [];
  walkMdast(tree, (node) => {
    if (node.type !== 'heading') return mdastInlineOnly.has(node.type) ? SKIP : undefined;
    if (node.position && node.data?.included !== true) headings.push(node);
    return SKIP;
  });
  const lines = source.split('\n');
  // A final newline ends the last line; it does not start another one.
  if (lines.length > 1 && lines.at(-1) === '') lines.pop();
  const ranges = new Map<Heading, LineRange>();
  headings.forEach((heading, index) => {
    if (!sectionDepths.has(heading.depth)) return;
    const start = heading.position!.start.line;
    const next = headings.slice(index + 1).find((later) => later.depth <= heading.depth);
    let end = next ? next.position!.start.line - 1 : lines.length;
    while (end > start && (lines[end - 1] ?? '').trim() === '') end--;
    ranges.set(heading, { start, end: Math.max(start, end) });
  });
  return ranges;
}
