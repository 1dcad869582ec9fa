/**
 * Depth-first walks in document order over a syntax tree, for the walks the Markdown pipeline makes over every
 * page on every build (about ten per page). Hand-written rather than unist-util-visit: visit builds a list of
 * ancestors and a closure for every node it enters, which costs about ten times the walk itself (over the
 * benchmark corpus: 0.10 to 0.15 ms per page and walk, against 0.01 ms here), a tenth of all rendering time.
 *
 * Iterative, so its depth is not limited by the call stack (src/markdown/nesting-limit.ts bounds how deep content
 * may nest before recursive library code sees it).
 *
 * The visitor is called for every node below the root with its index and parent. It returns SKIP to leave the
 * node's children out, or an index to go on from in the parent (after it replaced or removed nodes there);
 * otherwise the walk enters the node's children as they are after the call (the visitor may rebuild them).
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { Parent as MdastParent, Root as MdastRoot, RootContent as MdastContent } from 'mdast';

/** Returned by a visitor: do not walk into this node's children. */
export const SKIP = 'skip';
export type WalkResult = typeof SKIP | number | undefined;

interface AnyParent {
  children: unknown[];
}

function walkChildren<N, P extends AnyParent>(
  root: P,
  visitor: (node: N, index: number, parent: P) => WalkResult,
): void {
  // An explicit stack instead of recursion: a tree as deep as hostile content can make it must not exhaust the
  // call stack. Each frame is a parent, its children as they were when the walk entered it, and the next index.
  const stack: { parent: P; children: unknown[]; index: number }[] = [
    { parent: root, children: root.children, index: 0 },
  ];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const index = frame.index;
    if (index >= frame.children.length) {
      stack.pop();
      continue;
    }
    const node = frame.children[index] as N;
    const result = visitor(node, index, frame.parent);
    if (typeof result === 'number') {
      frame.index = result;
      continue;
    }
    frame.index = index + 1;
    const inner = (node as Partial<AnyParent>).children;
    if (result !== SKIP && inner && inner.length > 0)
      stack.push({ parent: node as unknown as P, children: inner, index: 0 });
  }
}

/** Every node of a Markdown tree (mdast), the root itself excepted. */
export function walkMdast(
  tree: MdastRoot,
  visitor: (node: MdastContent, index: number, parent: MdastParent) => WalkResult,
): void {
  walkChildren<MdastContent, MdastParent>(tree, visitor);
}

/** Every element of an HTML tree (hast); text, comments and raw HTML are passed over. */
export function walkElements(
  tree: HastRoot,
  visitor: (node: Element, index: number, parent: HastRoot | Element) => WalkResult,
): void {
  walkChildren<ElementContent, HastRoot | Element>(tree, (node, index, parent) =>
    node.type === 'element' ? visitor(node, index, parent) : SKIP,
  );
}
