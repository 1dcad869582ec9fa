/**
 * The HTML tree `npm run check` judges for a page: its Markdown converted as remark-rehype converts it, raw HTML
 * kept as raw nodes, and `:::` directives as the pipeline renders them (remark-callouts: callouts become block
 * containers, any other directive its own source text), so raw HTML around them is parsed in the same context
 * as on the page. The build judges the page's real final tree instead (src/markdown/rehype-html-policy.ts).
 */
import type { Element, Root as HastRoot, Text } from 'hast';
import type { Root } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import { toHast, type Handlers, type State } from 'mdast-util-to-hast';

function sourceText(node: LeafDirective | TextDirective, source: string): Text {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return { type: 'text', value: start !== undefined && end !== undefined ? source.slice(start, end) : `:${node.name}` };
}

function directiveHandlers(source: string): Handlers {
  return {
    containerDirective: (state: State, node: ContainerDirective): Element => {
      const result: Element = { type: 'element', tagName: 'div', properties: {}, children: state.all(node) };
      state.patch(node, result);
      return result;
    },
    leafDirective: (state: State, node: LeafDirective): Element => {
      const result: Element = { type: 'element', tagName: 'p', properties: {}, children: [sourceText(node, source)] };
      state.patch(node, result);
      return result;
    },
    textDirective: (state: State, node: TextDirective): Text => {
      const result = sourceText(node, source);
      state.patch(node, result);
      return result;
    },
  };
}

export function bodyTree(tree: Root, source: string): HastRoot {
  return toHast(tree, { allowDangerousHtml: true, handlers: directiveHandlers(source) }) as HastRoot;
}
