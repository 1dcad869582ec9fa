/**
 * unified parser plugin: reads Markdown (CommonMark, GFM and `:::` directives) into mdast with Sätteri, the Rust
 * parser Astro 7 ships, in place of remark-parse + remark-gfm + remark-directive. Every remark and rehype plugin
 * after it runs unchanged: the tree has the same nodes, data and positions (src/markdown/parser.test.ts compares
 * the two parsers on every plugin fixture and on parser-fixtures/; they also agree on all of content/ and on the
 * 1000-page benchmark corpus). Parsing was about half of the time spent on a page, and Sätteri parses the
 * benchmark corpus 40 times faster than micromark.
 *
 * Hand-written because no package connects Sätteri's parser to unified: Sätteri's own plugin API is not
 * remark's, and Astro's Sätteri processor runs no remark plugin at all.
 *
 * Where the two parsers read malformed directive fences differently (text after `:::note` on its line, which
 * Sätteri drops), the directives rule reports the line instead (src/lib/rules/directives.ts).
 */
import type { Root } from 'mdast';
import { markdownToMdast, type Features } from 'satteri';
import type { Plugin } from 'unified';
import { nestedTooDeep, nestingBeyondParser, type TooDeep } from './nesting-limit.ts';

/** What our content may use: GFM (tables, task lists, footnotes, strikethrough, autolinks) and directives. */
const features: Features = {
  gfm: true,
  directive: true,
  // Front matter is cut off (and blanked, so positions stay file positions) before the body is parsed.
  frontmatter: false,
  math: false,
  smartPunctuation: false,
};

declare module 'mdast' {
  interface RootData {
    /** Set when the page nests deeper than the renderer can take; its children are then left out. */
    tooDeep?: TooDeep;
  }
}

/**
 * Parses Markdown into mdast, unless it nests deeper than allowed (src/markdown/nesting-limit.ts): then the tree is
 * empty and says where, so no recursive code (the parser included) ever sees such a page.
 */
export function parseMarkdownTree(markdown: string): Root {
  const beyondParser = nestingBeyondParser(markdown);
  if (beyondParser) return { type: 'root', children: [], data: { tooDeep: beyondParser } };
  const tree = markdownToMdast(markdown, { features, position: true }) as Root;
  const tooDeep = nestedTooDeep(tree);
  return tooDeep ? { type: 'root', children: [], data: { tooDeep } } : tree;
}

const remarkParseNative: Plugin<[], string, Root> = function () {
  this.parser = parseMarkdownTree;
};

export default remarkParseNative;
