/**
 * Node types whose insides hold no block-level node: only inline content, or nothing. A walk that looks for
 * block-level nodes (headings, lists and list items; in HTML, headings and code blocks) returns SKIP at these,
 * so it does not descend into the text, emphasis and links that make up most of a page, nor into the
 * thousands of token spans a highlighted code block becomes. The pipeline walks every page several times,
 * and these walks were a quarter of the rendering time before (see also lib/walk-tree.ts).
 */

/** mdast: paragraphs, headings and GFM table cells hold phrasing content only. */
export const mdastInlineOnly: ReadonlySet<string> = new Set([
  'paragraph',
  'heading',
  'table',
  'code',
  'html',
  'definition',
  'thematicBreak',
  'yaml',
]);

/**
 * hast: what remark-rehype makes of the above. Raw HTML in content stays `raw` nodes (never parsed into
 * elements), so no heading can hide inside these.
 */
export const hastInlineOnly: ReadonlySet<string> = new Set(['p', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table']);
