/**
 * rehype plugin, before the HTML is written (only raw links are resolved after it): judges the page's raw HTML on its final tree, the one
 * rehype-stringify serializes (src/lib/html-policy/), and leaves the findings in `file.data.rawHtml` for the
 * page's facts. `npm run check` judges the tree Markdown converts to; this judges what the build really emits,
 * so no page with HTML outside the policy is published even where the two trees differ: the findings are
 * content errors, and the build stops on them.
 */
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { hasRawHtml, judgeRawHtml, noRawHtml, type RawHtmlFacts } from '../lib/html-policy/judge-raw-html.ts';

declare module 'vfile' {
  interface DataMap {
    rawHtml: RawHtmlFacts;
  }
}

export default function rehypeHtmlPolicy() {
  return (tree: Root, file: VFile) => {
    // What the policy leaves out (classes, styles, unknown elements' tags) is cut from the tree to be written.
    file.data.rawHtml = hasRawHtml(tree) ? judgeRawHtml(tree, String(file.value), { drop: true }) : noRawHtml();
  };
}
