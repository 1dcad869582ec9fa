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
 *
 * Raw HTML is one node of the Markdown tree, however deep its elements nest, and the HTML parser and the
 * raw-HTML policy recurse once per element: so the text pass also counts how deep raw HTML elements stand, at
 * most `maxNestingDepth`. Elements that need no end tag (void ones, and those whose end tag HTML lets a writer
 * leave out) are not counted, so the count is the depth of well-formed HTML.
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

const code = (character: string) => character.charCodeAt(0);
const tab = code('\t');
const space = code(' ');
const star = code('*');
const plus = code('+');
const minus = code('-');
const dot = code('.');
const paren = code(')');
const greaterThan = code('>');
const zero = code('0');
const nine = code('9');
const bracket = code('[');
const underscore = code('_');
const backtick = code('`');
const tilde = code('~');
const lessThan = code('<');
const slash = code('/');

/** Elements that never hold others, or whose end tag may be left out: they do not deepen the count. */
const uncounted = new Set(
  'area base br col embed hr img input link meta source track wbr p li dt dd td th tr thead tbody tfoot colgroup caption option optgroup rt rp'.split(
    ' ',
  ),
);

const isLetter = (code: number) => (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
const isNameCharacter = (code: number) => isLetter(code) || (code >= zero && code <= nine) || code === minus;

/**
 * Where the text holds more nesting than the parser can be trusted with, or undefined. One pass over the
 * characters, without a string or a regular expression per line (it reads every page of every build): lines inside
 * fenced code are passed over, blank lines end a block.
 */
export function nestingBeyondParser(source: string): TooDeep | undefined {
  const at = (index: number) => source.charCodeAt(index);
  const isBlank = (code: number) => code === space || code === tab;
  let fenceCode = 0;
  let fenceLength = 0;
  let marks = 0;
  let htmlDepth = 0;
  let line = 0;
  for (let start = 0; start <= source.length;) {
    line++;
    let end = source.indexOf('\n', start);
    if (end === -1) end = source.length;
    const separated = (index: number) => index >= end || isBlank(at(index));
    // The container prefix: quote markers, list markers and the whitespace before and between them.
    let index = start;
    for (;;) {
      while (index < end && isBlank(at(index))) index++;
      const code = at(index);
      if (index < end && code === greaterThan) index++;
      else if (index < end && (code === minus || code === plus || code === star) && separated(index + 1)) index++;
      else {
        let digits = index;
        while (digits < end && digits - index < 9 && at(digits) >= zero && at(digits) <= nine) digits++;
        if (digits === index || !(at(digits) === dot || at(digits) === paren) || !separated(digits + 1)) break;
        index = digits + 1;
      }
    }
    if (index - start > maxMarks)
      return {
        line,
        column: 1,
        message: `this line opens more than ${maxMarks} nested lists or quotes`,
        hint: `Markdown may nest at most ${maxNestingDepth} levels: flatten the lists and quotes`,
      };
    const first = at(index);
    let run = 0;
    if (first === backtick || first === tilde) while (index + run < end && at(index + run) === first) run++;
    let rest = index + (run >= 3 ? run : 0);
    while (rest < end && isBlank(at(rest))) rest++;
    if (fenceLength > 0) {
      if (first === fenceCode && run >= fenceLength && rest === end) fenceLength = 0;
    } else if (run >= 3) {
      fenceCode = first;
      fenceLength = run;
      marks = 0;
    } else if (rest === end) marks = 0;
    else {
      for (let k = index; k < end; k++) {
        const code = at(k);
        if (code === star || code === underscore || code === tilde || code === bracket) marks++;
        else if (code === lessThan) {
          // A start tag (<name) or an end tag (</name) of raw HTML: read its name, lowercased.
          const closing = at(k + 1) === slash;
          let nameEnd = k + (closing ? 2 : 1);
          if (!isLetter(at(nameEnd))) continue;
          const nameStart = nameEnd;
          while (nameEnd < end && isNameCharacter(at(nameEnd))) nameEnd++;
          if (uncounted.has(source.slice(nameStart, nameEnd).toLowerCase())) continue;
          htmlDepth = closing ? Math.max(0, htmlDepth - 1) : htmlDepth + 1;
          if (htmlDepth > maxNestingDepth)
            return {
              line,
              column: k - start + 1,
              message: `raw HTML elements nested more than ${maxNestingDepth} levels deep`,
              hint: 'flatten the HTML, or write the structure in Markdown: no page needs this nesting',
            };
        }
      }
      if (marks > maxMarks)
        return {
          line,
          column: 1,
          message: `this block holds more than ${maxMarks} emphasis, strikethrough or link marks (*, _, ~, [)`,
          hint: `Markdown may nest at most ${maxNestingDepth} levels: split the text into paragraphs and remove the nesting`,
        };
    }
    start = end + 1;
  }
  return undefined;
}

/** The first node, in document order, that stands deeper than `maxNestingDepth` below the root; or undefined. */
export function nestedTooDeep(tree: Parent): TooDeep | undefined {
  // Two parallel stacks rather than one of [node, depth] pairs: this walk sees every node of every page, and
  // allocating a pair per node doubled its time.
  const nodes: Node[] = [];
  const depths: number[] = [];
  for (let index = tree.children.length - 1; index >= 0; index--) {
    nodes.push(tree.children[index]!);
    depths.push(1);
  }
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    const depth = depths.pop()!;
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
    if (children)
      for (let index = children.length - 1; index >= 0; index--) {
        nodes.push(children[index]!);
        depths.push(depth + 1);
      }
  }
  return undefined;
}
