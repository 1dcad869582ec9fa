/**
 * How deep Markdown may nest. The libraries that turn a tree into HTML (mdast-util-to-hast, hast-util-to-html,
 * hast-util-to-string...) recurse once per level, so a page of 1000 nested lists or 5000 nested emphases
 * exhausts the call stack; and the native parser itself crashes the process (no exception to catch) or takes
 * minutes on some hundred thousand levels. Content is therefore measured twice, both without recursion, and a
 * page that nests too deep is reported at the place it does and is not parsed or rendered further:
 *
 * - before parsing, on the text: an upper bound of the depth the parser could build, which keeps input the
 *   parser cannot handle away from it. Every level of a block container takes at least one character of a line's
 *   prefix (`>`, a list marker or the indentation of a list item's content); every inline level takes at least
 *   one `*`, `_`, `~` or `[` of its block. Real pages stay far below `maxMarks`.
 * - after parsing, on the tree: its real depth, at most `maxNestingDepth` nodes below the root.
 */
import type { Node, Parent } from 'unist';

/**
 * The deepest a node may stand below the root of a page's Markdown tree. A list inside a list takes two levels
 * (the list and its item), a quote, callout, emphasis or link one each: 100 leaves room for any page a person
 * writes and keeps every recursive library far from the call stack's limit.
 */
export const maxNestingDepth = 100;

/** The most nesting characters a line's prefix or a block's text may hold before the parser is not trusted. */
export const maxMarks = 10_000;

export interface TooDeep {
  line: number;
  column: number;
  message: string;
  hint: string;
}

const fence = /^(`{3,}|~{3,})/;
/** A line's container prefix: quote markers, list markers and the whitespace between and before them. */
const containerPrefix = /^(?:[ \t]*(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))*[ \t]*/;
const inlineMark = /[*_~[]/g;

/**
 * Where the text holds more nesting than the parser can be trusted with, or undefined. Linear in the text:
 * lines inside fenced code are passed over, blank lines end a block.
 */
export function nestingBeyondParser(source: string): TooDeep | undefined {
  let open: string | undefined;
  let marks = 0;
  let line = 0;
  for (const text of source.split('\n')) {
    line++;
    const prefix = containerPrefix.exec(text)?.[0] ?? '';
    if (prefix.length > maxMarks)
      return {
        line,
        column: 1,
        message: `this line opens more than ${maxMarks} nested lists or quotes`,
        hint: `Markdown may nest at most ${maxNestingDepth} levels: flatten the lists and quotes`,
      };
    const rest = text.slice(prefix.length);
    const fenceRun = fence.exec(rest)?.[1];
    if (open !== undefined) {
      const closes =
        fenceRun !== undefined &&
        fenceRun[0] === open[0] &&
        fenceRun.length >= open.length &&
        rest.slice(fenceRun.length).trim() === '';
      if (closes) open = undefined;
      continue;
    }
    if (fenceRun !== undefined) {
      open = fenceRun;
      marks = 0;
      continue;
    }
    if (rest.trim() === '') {
      marks = 0;
      continue;
    }
    marks += rest.match(inlineMark)?.length ?? 0;
    if (marks > maxMarks)
      return {
        line,
        column: 1,
        message: `this block holds more than ${maxMarks} emphasis, strikethrough or link marks (*, _, ~, [)`,
        hint: `Markdown may nest at most ${maxNestingDepth} levels: split the text into paragraphs and remove the nesting`,
      };
  }
  return undefined;
}

/** The first node, in document order, that stands deeper than `maxNestingDepth` below the root; or undefined. */
export function nestedTooDeep(tree: Parent): TooDeep | undefined {
  const stack: [Node, number][] = tree.children.map((child): [Node, number] => [child, 1]).reverse();
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > maxNestingDepth) {
      const start = node.position?.start;
      return {
        line: start?.line ?? 1,
        column: start?.column ?? 1,
        message: `Markdown nested more than ${maxNestingDepth} levels deep (lists, quotes, callouts, emphasis or links inside each other)`,
        hint: 'flatten it: a reader follows a few levels at most; each list inside a list counts two',
      };
    }
    const children = (node as Partial<Parent>).children;
    if (children) for (let index = children.length - 1; index >= 0; index--) stack.push([children[index]!, depth + 1]);
  }
  return undefined;
}
