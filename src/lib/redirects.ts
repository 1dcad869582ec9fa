/**
 * Redirects from `redirect_from`: each old path of a page becomes a small page that sends readers on. Pure, so
 * the route that emits them and the rule that checks them agree.
 */
import type { PageNode } from './content-graph/graph.ts';
import { joinBase } from './urls.ts';

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
