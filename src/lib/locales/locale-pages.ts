/**
 * The pages of one language of the site. The default language has its own pages. Another language has its
 * translations, and for every original not yet translated a fallback page: the original's content at the
 * translation's URL (`/es/guides/x/`), so its navigation, reading order and section listings are complete
 * and every link inside it stays in the reader's language. A fallback is never in the content graph (the check
 * reads each file once); it is made here, for the routes.
 */
import { localePrefix, pagePlace } from '../content-layout.ts';
import type { PageNode } from '../content-graph/load-page.ts';

/** A page as one language of the site shows it: a translation or an original, or an original standing in. */
export interface LocalePage extends PageNode {
  /** The original this page shows because it has no translation yet (its path is the would-be translation's). */
  fallbackOf?: PageNode | undefined;
}

/** Per list of content pages and locale: the same arrays on every call, so what is built from them is cached. */
const cache = new WeakMap<readonly PageNode[], Map<string, LocalePage[]>>();

export function localePages(pages: readonly PageNode[], locale: string): LocalePage[] {
  const known = cache.get(pages) ?? new Map<string, LocalePage[]>();
  cache.set(pages, known);
  let result = known.get(locale);
  if (result) return result;
  const originals = pages.filter((page) => !page.locale);
  if (!locale) result = originals;
  else {
    const translated = new Map(pages.filter((page) => page.locale === locale).map((page) => [pagePlace(page), page]));
    result = originals.map(
      (original) =>
        translated.get(pagePlace(original)) ?? {
          ...original,
          locale,
          path: `${localePrefix(locale)}${original.path}`,
          fallbackOf: original,
        },
    );
    // A translation whose original is gone still has its page (the check reports it as an orphan translation).
    const kept = new Set(originals.map(pagePlace));
    result.push(...[...translated.values()].filter((page) => !kept.has(pagePlace(page))));
  }
  known.set(locale, result);
  return result;
}

const indexCache = new WeakMap<readonly LocalePage[], Map<string, LocalePage>>();

/** A language's pages by their place in the site (kind, section, slug), built once per list. */
function byPlace(pages: readonly PageNode[], locale: string): Map<string, LocalePage> {
  const list = localePages(pages, locale);
  let index = indexCache.get(list);
  if (!index) indexCache.set(list, (index = new Map(list.map((page) => [pagePlace(page), page]))));
  return index;
}

/** The original of a page: itself when it is one, else the default-language page it translates or stands in for. */
export function originalOf(page: LocalePage, pages: readonly PageNode[]): PageNode | undefined {
  if (page.fallbackOf) return page.fallbackOf;
  if (!page.locale) return page;
  return byPlace(pages, '').get(pagePlace(page));
}

/** The same page in every language, in the order of `codes`: the translation, else the fallback standing in. */
export function pageInEachLocale(
  page: PageNode,
  pages: readonly PageNode[],
  codes: readonly string[],
): { locale: string; page: LocalePage }[] {
  const key = pagePlace(page);
  return codes.flatMap((code) => {
    const found = byPlace(pages, code).get(key);
    return found ? [{ locale: code, page: found }] : [];
  });
}
