/**
 * Redirects from `redirect_from`, `aliases` and .html permalinks (src/lib/content-graph/page-meta.ts): each old
 * path of a page becomes a small page that sends readers on. Pure, so the route that emits them and the rule
 * that checks them agree.
 */
import type { PageNode } from './content-graph/graph.ts';
import { joinBase } from './urls.ts';

export interface Redirect {
  /** Old site path, e.g. /manual/old-name/ */
  from: string;
  to: PageNode;
  /** Where the old path is written in the page's front matter. */
  at: { line: number; column: number };
}

/** The front-matter keys old paths come from, in the order page-meta.ts lists them. */
const redirectKeys = ['redirect_from', 'aliases', 'permalink', 'url', 'slug'] as const;

/** Where the n-th old path of a page was written: redirect_from items first, then aliases, then a permalink. */
function positionOf(page: PageNode, index: number): { line: number; column: number } {
  let rest = index;
  for (const key of redirectKeys) {
    const value = page.data?.[key];
    const count = Array.isArray(value) ? value.length : value === undefined ? 0 : 1;
    if (rest < count)
      return page.positions.get(Array.isArray(value) ? `${key}.${rest}` : key) ?? { line: 1, column: 1 };
    rest -= count;
  }
  return { line: 1, column: 1 };
}

export function redirectsOf(pages: readonly PageNode[]): Redirect[] {
  return pages.flatMap((page) =>
    page.redirects.map((from, index) => ({ from, to: page, at: positionOf(page, index) })),
  );
}

/**
 * For the sitemap's filter: false for a redirect page. Those are noindex stubs that send readers on; listing
 * them would ask search engines to crawl pages that say "moved". Takes full URLs, as @astrojs/sitemap does.
 */
export function notARedirect(pages: () => readonly PageNode[], base: string): (pageUrl: string) => boolean {
  let oldPaths: Set<string> | undefined;
  return (pageUrl) => {
    // Built on first use: the sitemap runs after the content is loaded, the config is read before.
    oldPaths ??= new Set(redirectsOf(pages()).map((redirect) => joinBase(base, redirect.from)));
    return !oldPaths.has(new URL(pageUrl).pathname);
  };
}
