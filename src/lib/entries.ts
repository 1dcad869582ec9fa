/**
 * Data for routes, taken from the content graph (already built and validated once per build) so that pages
 * never re-read or re-parse content.
 */
import { currentGraph, currentHtml } from '../context/this-site.ts';
import type { Backlink, PageNode } from './content-graph/graph.ts';
import { site } from '../site.config.ts';
import { compareUrl, fileInRepository, newFileUrl } from './code-host.ts';
import { createLastUpdated } from './last-updated.ts';
import { buildSiteNavigation, type SiteNavigation } from './navigation/site-navigation.ts';
import { readSummaries } from './navigation/summary-files.ts';
import { siteSections, type SiteSection } from './sections.ts';
import { format, formatParts, plural, type UiKey } from '../config/ui-strings.ts';
import type { SiteLocale } from '../config/schema.ts';
import { relative, sep } from 'node:path';
import { localePrefix, translationFile } from './content-layout.ts';
import { translationIn } from './content-graph/resolve-link.ts';
import { gitHistory } from './locales/translation-report.ts';
import { translationState, type GitHistory } from './locales/translation-status.ts';
import { localePages, pageInEachLocale, type LocalePage } from './locales/locale-pages.ts';
import { joinBase } from './urls.ts';

/** Every content file's page of the build, in every language (drafts only on the dev server). */
export function contentPages(): PageNode[] {
  return currentGraph({ includeDrafts: import.meta.env.DEV }).pages;
}

/**
 * The pages of one language of the site ("" for the default): its translations, with fallback pages for the
 * originals not translated yet (src/lib/locales/locale-pages.ts).
 */
export function allPages(locale = ''): LocalePage[] {
  return localePages(contentPages(), locale);
}

export function pageForFile(filePath: string | undefined): PageNode | undefined {
  if (!filePath) return undefined;
  return currentGraph().byFile.get(filePath.replace(/^\.\//, ''));
}

/**
 * A page's body HTML, rendered once by the build (src/lib/content-graph/load-content.ts) and kept in memory:
 * it is not copied through Astro's data store, which would serialize it to disk and bundle it as a module.
 */
export function pageHtml(page: LocalePage): string {
  const rendered = currentHtml().get(page.absPath);
  if (!rendered) throw new Error(`${page.file} has no rendered HTML (was the content loaded?)`);
  return page.fallbackOf && page.locale ? inLanguage(rendered.html, page.locale) : rendered.html;
}

/**
 * An original's HTML shown as another language's fallback, its links to the site's pages moved into that
 * language (`/guides/x/` -> `/es/guides/x/`), where every page exists, translated or not. Only the paths the
 * default language's navigation holds are moved: a file or feed keeps its address.
 */
function inLanguage(html: string, locale: string): string {
  const known = navigation('').tree.trails;
  return html.replace(/ href="([^"#?]*)([#?][^"]*)?"/g, (whole, path: string, rest: string | undefined) => {
    if (!path.startsWith(site.base)) return whole;
    const inSite = `/${path.slice(site.base.length)}`;
    return known.has(inSite) || inSite === '/' ? ` href="${url(`/${locale}${inSite}`)}${rest ?? ''}"` : whole;
  });
}

/** A site path with the configured base path. */
export function url(path: string): string {
  return joinBase(site.base, path);
}

/** All tags in use in one language, with the pages carrying each, sorted by tag. */
export function tagIndex(locale = ''): Map<string, LocalePage[]> {
  const index = new Map<string, LocalePage[]>();
  for (const page of allPages(locale)) {
    if (page.kind !== 'page') continue;
    for (const tag of page.tags) index.set(tag.slug, [...(index.get(tag.slug) ?? []), page]);
  }
  return new Map([...index].sort(([a], [b]) => a.localeCompare(b)));
}

/** Glossary terms a page links to, each once, in order of first link. */
export function linkedTerms(page: PageNode): PageNode[] {
  const graph = currentGraph();
  const terms = new Map<string, PageNode>();
  for (const link of page.markdown.links) {
    const target = graph.resolve(page, link.url);
    if (target.kind === 'page' && target.page.kind === 'term') terms.set(target.page.slug, target.page);
  }
  return [...terms.values()];
}

/** The site's sections in one language, in order, with labels and purposes. */
export function sections(locale = ''): SiteSection[] {
  // In the navigation's order: the config's, else SUMMARY.md's, else by name (src/lib/navigation/tree.ts).
  const rank = new Map(
    navigation(locale)
      .tree.root.children.filter((node) => node.kind === 'group')
      .map((node, index) => [node.folder, index]),
  );
  const ordered = [...site.sections].sort(
    (a, b) => (rank.get(a.folder) ?? Number.MAX_SAFE_INTEGER) - (rank.get(b.folder) ?? Number.MAX_SAFE_INTEGER),
  );
  const words = siteLocale(locale);
  return siteSections(allPages(locale), ordered, site.glossary, {
    prefix: localePrefix(locale),
    sections: words.sections,
  });
}

/** The site's navigation, built once per list of pages (once per build and language; again on a dev reload). */
const navigationCache = new WeakMap<readonly PageNode[], SiteNavigation>();

/** The navigation tree, reading order and neighbours of one language's pages. */
export function navigation(locale = ''): SiteNavigation {
  const pages = allPages(locale);
  let built = navigationCache.get(pages);
  if (!built) {
    const words = siteLocale(locale).sections;
    built = buildSiteNavigation(pages, {
      docsDir: site.layout.docsDir,
      // Only the sections the config file lists set the order; the others follow SUMMARY.md or their names.
      sections: site.sections.filter((section) => section.configured),
      labels: Object.fromEntries(
        Object.entries(words).flatMap(([folder, own]) => (own?.label ? [[folder, own.label]] : [])),
      ),
      glossary: site.glossary,
      summaries: readSummaries(site.layout),
      locale,
      locales: site.layout.locales,
    });
    navigationCache.set(pages, built);
  }
  return built;
}

/** A language's home page (the docs folder's root README/index, or its translation), if there is one. */
export function homePage(locale = ''): LocalePage | undefined {
  return allPages(locale).find((page) => page.kind === 'home');
}

/** The site's language with this code ("" for the default). */
export function siteLocale(code: string): SiteLocale {
  const found = site.locales.find((locale) => locale.code === code);
  if (!found) throw new Error(`the site has no language "${code}"`);
  return found;
}

/** The language of the page at a site URL or path (with the base): the locale its path starts with. */
export function localeAt(at: URL | string): SiteLocale {
  const pathname = typeof at === 'string' ? at : at.pathname;
  const rest = pathname.startsWith(site.base) ? pathname.slice(site.base.length) : pathname.replace(/^\//, '');
  return site.locales.find((locale) => locale.code && `${rest}/`.startsWith(`${locale.code}/`)) ?? site.locales[0]!;
}

/** The words and links of one language of the site: its UI strings, names, and its paths. */
export interface SiteWords {
  locale: SiteLocale;
  /** The site's title and tagline in this language. */
  name: string;
  tagline: string;
  ui: SiteLocale['ui'];
  /** A UI string with `{placeholders}` filled. */
  t(key: UiKey, values?: Readonly<Record<string, string | number>>): string;
  /** A UI string that depends on a number, by this language's plural rules. */
  tn(key: string, count: number, values?: Readonly<Record<string, string | number>>): string;
  /** A UI string that holds markup, split at its placeholders (see `uiParts`). */
  uiParts(key: UiKey): { slot?: string; text?: string }[];
  /** A path of this language's site (`/search/` -> `/es/search/`), with the base. */
  localUrl(path: string): string;
}

const wordsCache = new WeakMap<SiteLocale, SiteWords>();

/** The words of the language of the page at `at` (Astro.url in a component). */
export function siteWords(at: URL | string): SiteWords {
  return wordsOf(localeAt(at));
}

export function wordsOf(locale: SiteLocale): SiteWords {
  let words = wordsCache.get(locale);
  if (words) return words;
  const ui = locale.ui;
  words = {
    locale,
    name: locale.title,
    tagline: locale.tagline,
    ui,
    t: (key, values = {}) => format(ui[key], values),
    tn: (key, count, values = {}) => plural(ui, key, count, locale.lang, values),
    uiParts: (key) => templateParts(ui[key]),
    localUrl: (path) => url(`${localePrefix(locale.code)}${path}`),
  };
  wordsCache.set(locale, words);
  return words;
}

/** When a content file last changed (git history, read once per build). */
export const lastUpdated = createLastUpdated(site.docsDir);

/** The "Edit this page" URL of a content file on the code host; undefined when the repository is unknown. */
export function editUrl(page: PageNode): string | undefined {
  const repository = site.repository;
  const path = repository && fileInRepository(repository, site.docsDir, page.absPath);
  return path ? `${repository.url}/edit/${repository.branch}/${path}` : undefined;
}

/**
 * A UI string that holds markup, split at its placeholders: `'{page} in {section}'` -> [{ slot: 'page' },
 * { text: ' in ' }, { slot: 'section' }]. The component renders each slot as its element, whatever order a
 * translation puts them in.
 */
function templateParts(template: string): { slot?: string; text?: string }[] {
  const slot = Symbol('slot');
  const names = [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
  return formatParts(template, Object.fromEntries(names.map((name) => [name, { [slot]: name }]))).map((part) =>
    typeof part === 'string' ? { text: part } : { slot: part[slot] },
  );
}

/** One language of the page being read, for the language switcher and `hreflang` links. */
export interface PageLanguage {
  code: string;
  lang: string;
  label: string;
  /** Site path with the base. */
  href: string;
  /** The page is written in this language (not a fallback to the original). */
  translated: boolean;
  /** When it is not, that language's own words for it ("aún sin traducir"): its readers are who need them. */
  untranslatedNote: string | undefined;
  current: boolean;
}

/**
 * The page at `at` in each language of the site; empty for a site in one language. Every page exists in every
 * language at the same path after the prefix (untranslated pages as fallbacks), so the path alone finds them;
 * `page`, for a content page, tells which are real translations.
 */
export function pageLanguages(at: URL, page?: PageNode): PageLanguage[] {
  if (site.locales.length < 2) return [];
  const current = localeAt(at);
  const inSite = at.pathname.slice(site.base.length - 1);
  const rest = current.code ? inSite.slice(current.code.length + 1) : inSite;
  // Besides content pages, only what every language has: homes, search pages, section and folder listings.
  const tag = /^\/tags\/([^/]+)\/$/.exec(rest)?.[1];
  if (
    !page &&
    !tag &&
    rest !== '/' &&
    rest !== '/search/' &&
    rest !== '/tags/' &&
    !navigation('').tree.trails.has(rest)
  )
    return [];
  const versions = page
    ? new Map(
        pageInEachLocale(
          page,
          contentPages(),
          site.locales.map((locale) => locale.code),
        ).map((entry) => [entry.locale, entry.page]),
      )
    : undefined;
  // A tag is in a language whose pages carry it (a translation may carry one its original does not).
  const languages = tag ? site.locales.filter((locale) => tagIndex(locale.code).has(tag)) : site.locales;
  return languages.map((locale) => {
    const version = versions?.get(locale.code);
    const translated = versions ? version !== undefined && !version.fallbackOf : true;
    return {
      code: locale.code,
      lang: locale.lang,
      label: locale.label,
      href: url(version ? version.path : `${localePrefix(locale.code)}${rest}`),
      translated,
      untranslatedNote: translated ? undefined : wordsOf(locale).t('locale.notTranslated'),
      current: locale === current,
    };
  });
}

/**
 * The pages of one language that link to a page: translations in that language, and originals shown there as
 * fallbacks (under their fallback paths). Links from other languages' pages are not shown: a reader follows
 * the language they read.
 */
export function backlinksIn(page: PageNode, locale: string): Backlink[] {
  const all = currentGraph().backlinks.get(page.absPath) ?? [];
  if (site.locales.length < 2) return all;
  const pages = contentPages();
  return all.flatMap((backlink) => {
    if ((backlink.from.locale ?? '') === locale) return [backlink];
    if (backlink.from.locale) return [];
    const shown = pageInEachLocale(backlink.from, pages, [locale])[0]?.page;
    return shown?.fallbackOf ? [{ ...backlink, from: shown }] : [];
  });
}

/** The git history translations are judged by, read once per build (per content graph) when a page asks. */
const translationHistories = new WeakMap<object, GitHistory>();

/**
 * What a page of another language tells its reader about its text: a fallback shows the original until someone
 * translates it (with where to write the translation on the code host); a translation may have fallen behind
 * its original (with the diff since). Undefined for an original, or a translation that is up to date.
 */
export function translationNotice(
  page: LocalePage,
): { kind: 'fallback'; href: string | undefined } | { kind: 'outdated'; href: string | undefined } | undefined {
  const repository = site.repository;
  const locales = site.layout.locales;
  if (page.fallbackOf) {
    const original = relative(site.docsDir, page.fallbackOf.absPath).split(sep).join('/');
    const target = translationFile(original, page.locale ?? '', locales);
    const inRepository = [repository?.path, target].filter(Boolean).join('/');
    return { kind: 'fallback', href: repository && newFileUrl(repository, inRepository) };
  }
  if (!page.locale) return undefined;
  const graph = currentGraph();
  const original = translationIn(graph, page, '');
  if (!original) return undefined;
  let history = translationHistories.get(graph);
  if (!history) translationHistories.set(graph, (history = gitHistory(site.docsDir)));
  const state = translationState(
    { translation: page.absPath, original: original.absPath, translatedFrom: page.data?.translated_from },
    history,
  );
  if (state.status !== 'outdated') return undefined;
  return { kind: 'outdated', href: repository && compareUrl(repository.url, state.since, state.changed.commit) };
}
