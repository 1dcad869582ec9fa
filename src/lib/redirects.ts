/**
 * Redirects from `redirect_from`: each old path of a page becomes a small page that sends readers on. Pure, so
 * the route that emits them and the rule that checks them agree.
 */
import type { PageNode } from './content-graph/graph.ts';

export interface Redirect {
  /** Old site path, e.g. /guides/old-name/ */
  from: string;
  to: PageNode;
  /** Index in the page's redirect_from list, to locate problems. */
  index: number;
}

export function redirectsOf(pages: readonly PageNode[]): Redirect[] {
  return pages.flatMap((page) =>
    ((page.data?.['redirect_from'] as string[] | undefined) ?? []).map((from, index) => ({ from, to: page, index })),
  );
}
