/**
 * The sitemap's filter: it lists pages, not the noindex stubs that stand at old URLs (redirects, and the pages
 * the anchor lock marks as removed). Takes full URLs, as @astrojs/sitemap does.
 */
import { localePages } from './locales/locale-pages.ts';
import type { PageNode } from './content-graph/graph.ts';
import { readLock } from './anchor-lock/lock-file.ts';
import { notARedirect } from './redirects.ts';
import { joinBase } from './urls.ts';

export function notAStub(
  pages: () => readonly PageNode[],
  docsDir: string,
  base: string,
  /** The codes of the site's other languages, whose untranslated pages (fallbacks) are not listed either. */
  locales: readonly string[] = [],
): (pageUrl: string) => boolean {
  const redirectFilter = notARedirect(pages, base);
  let gone: Set<string> | undefined;
  return (pageUrl) => {
    gone ??= new Set([
      ...[...(readLock(docsDir, '').lock?.pages ?? [])]
        .filter(([, page]) => page.gone)
        .map(([url]) => joinBase(base, url)),
      // A fallback repeats its original under another language's prefix: the original is the page to list.
      ...locales.flatMap((code) =>
        localePages(pages(), code)
          .filter((page) => page.fallbackOf && page.kind !== 'term')
          .map((page) => joinBase(base, page.path)),
      ),
    ]);
    return redirectFilter(pageUrl) && !gone.has(new URL(pageUrl).pathname);
  };
}
