/**
 * The HTML a page body becomes, as one string, with a map back to the Markdown file. Raw HTML in Markdown is
 * copied into the page as written, block after block, between the tags Markdown generates; a browser then
 * parses the whole string, and a tag or attribute can start in one block and end in another. So the page is
 * judged as that one string (inspect-markup.ts), and every offset in it can be traced to the file line and
 * column it came from, and to whether a contributor wrote it as raw HTML or Markdown generated it.
 *
 * The string is what rehype-stringify writes for the same tree: the parts without raw HTML are serialized by
 * the same function (hast-util-to-html, default options), raw HTML is copied verbatim.
 */
import type { Element, Nodes, Root } from 'hast';
import type { Raw } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import type { Point } from 'unist';

export interface SourcePoint {
  line: number;
  column: number;
}

export interface PageMarkup {
  html: string;
  /** Where the character at `offset` of `html` was written, and whether it was written as raw HTML. */
  locate(offset: number): SourcePoint & { raw: boolean };
  /**
   * Removes ranges of `html` from the raw HTML nodes they were written in. A range that does not lie inside one
   * raw node (Markdown's own output, or a tag split across two blocks) is kept: what is cut is only ever markup
   * that cannot hurt a reader, so keeping it is safe.
   */
  cut(ranges: readonly (readonly [number, number])[]): void;
}

interface Segment {
  /** Offset in the page string. */
  at: number;
  raw: boolean;
  value: string;
  start: Point | undefined;
  node?: Raw;
}

type Work = Nodes | { close: string; at: Point | undefined };

/** Elements with raw HTML somewhere inside: only their tags are written one by one, around their children. */
function elementsAroundRaw(tree: Root): Set<Element> {
  const parents = new Map<Nodes, Nodes>();
  const around = new Set<Element>();
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'raw') {
      for (let parent = parents.get(node); parent?.type === 'element'; parent = parents.get(parent)) {
        if (around.has(parent)) break;
        around.add(parent);
      }
    }
    if ('children' in node)
      for (const child of node.children) {
        parents.set(child, node);
        stack.push(child);
      }
  }
  return around;
}

export function pageMarkup(tree: Root, source: string): PageMarkup {
  const around = elementsAroundRaw(tree);
  const segments: Segment[] = [];
  let html = '';
  let lastPoint: Point | undefined;
  const write = (value: string, raw: boolean, start: Point | undefined, node?: Raw) => {
    if (start) lastPoint = start;
    segments.push({ at: html.length, raw, value, start: start ?? lastPoint, ...(node ? { node } : {}) });
    html += value;
  };
  // Iterative, in document order: a deeply nested page must not exhaust the stack.
  const work: Work[] = [tree];
  while (work.length > 0) {
    const item = work.pop()!;
    if ('close' in item) write(item.close, false, item.at);
    else if (item.type === 'root') work.push(...[...item.children].reverse());
    else if (item.type === 'raw') write(item.value, true, item.position?.start, item);
    else if (item.type === 'element' && around.has(item)) {
      const empty = toHtml({ ...item, children: [] });
      const close = `</${item.tagName}>`;
      const hasClose = empty.endsWith(close);
      write(hasClose ? empty.slice(0, -close.length) : empty, false, item.position?.start);
      if (hasClose) work.push({ close, at: item.position?.end });
      work.push(...[...item.children].reverse());
    } else write(toHtml(item), false, item.position?.start);
  }
  const lines = source.split('\n');
  return { html, locate: (offset) => locate(segments, lines, offset), cut: (ranges) => cut(segments, ranges) };
}

function cut(segments: readonly Segment[], ranges: readonly (readonly [number, number])[]): void {
  const byNode = new Map<Raw, [number, number][]>();
  for (const [start, end] of ranges) {
    const segment = segments.find((candidate) => candidate.at <= start && end <= candidate.at + candidate.value.length);
    if (!segment?.node) continue;
    const list = byNode.get(segment.node) ?? [];
    list.push([start - segment.at, end - segment.at]);
    byNode.set(segment.node, list);
  }
  for (const [node, list] of byNode) {
    let value = node.value;
    for (const [start, end] of list.sort((a, b) => b[0] - a[0])) {
      // An attribute goes with the space before it, so `<div class="x">` becomes `<div>`.
      const from =
        value[start - 1] === ' ' && value[end] !== undefined && value[start - 2] !== undefined ? start - 1 : start;
      value = value.slice(0, from) + value.slice(end);
    }
    node.value = value;
  }
}

function locate(
  segments: readonly Segment[],
  lines: readonly string[],
  offset: number,
): SourcePoint & { raw: boolean } {
  // The last segment starting at or before the offset.
  let low = 0;
  let high = segments.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (segments[middle]!.at <= offset) low = middle;
    else high = middle - 1;
  }
  const segment = segments[low];
  if (!segment?.start) return { line: 1, column: 1, raw: segment?.raw ?? false };
  if (!segment.raw) return { line: segment.start.line, column: segment.start.column, raw: false };
  // Inside raw HTML: count lines within it. A block inside a quote or list lost its "> " or indent on later
  // lines; those lines end the same way in the file, so the column is counted from the line's end.
  const within = segment.value.slice(0, Math.max(0, offset - segment.at));
  const breaks = within.split('\n');
  const line = segment.start.line + breaks.length - 1;
  if (breaks.length === 1) return { line, column: segment.start.column + within.length, raw: true };
  const valueLine = segment.value.split('\n')[breaks.length - 1] ?? '';
  const fileLine = lines[line - 1] ?? '';
  const indent = fileLine.endsWith(valueLine) ? fileLine.length - valueLine.length : 0;
  return { line, column: indent + breaks.at(-1)!.length + 1, raw: true };
}
