/**
 * Data for routes, taken from the content graph (already built and validated once per build) so that pages
 * never re-read or re-parse content.
 */
import { currentGraph, currentHtml } from '../context/this-site.ts';
import type { PageNode } from './content-graph/graph.ts';
import { site } from '../site.config.ts';
import { fileInRepository } from './code-host.ts';
import { createLastUpdated } from './last-updated.ts';
import { buildSiteNavigation, type SiteNavigation } from './navigation/site-navigation.ts';
import { readSummaries } from './navigation/summary-files.ts';
import { siteSections, type SiteSection } from './sections.ts';
import { format, formatParts, plural, type UiKey } from '../config/ui-strings.ts';
import { joinBase } from './urls.ts';

/** Published pages of the build (drafts only on the dev server). */
export function allPages(): PageNode[] {
  return currentGraph({ includeDrafts: import.meta.env.DEV }).pages;
}

export function pageForFile(filePath: string | undefined): PageNode | undefined {
  if (!filePath) return undefined;
  return currentGraph().byFile.get(filePath.replace(/^\.\//, ''));
}

/**
 * A page's body HTML, rendered once by the build (src/lib/content-graph/load-content.ts) and kept in memory:
 * it is not copied through Astro's data store, which would serialize it to disk and bundle it as a module.
 */
export function pageHtml(page: PageNode): string {
  const rendered = currentHtml().get(page.absPath);
  if (!rendered) throw new Error(`${page.file} has no rendered HTML (was the content loaded?)`);
  return rendered.html;
}

/** A site path with the configured base path. */
export function url(path: string): string {
  return joinBase(site.base, path);
}

/** All tags in use, with the pages carrying each, sorted by tag. */
export function tagIndex(): Map<string, PageNode[]> {
  const index = new Map<string, PageNode[]>();
  for (const page of allPages()) {
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

/** The site's sections, in order, with labels and purposes. */
export function sections(): SiteSection[] {
  // In the navigation's order: the config's, else SUMMARY.md's, else by name (src/lib/navigation/tree.ts).
  const rank = new Map(
    navigation()
      .tree.root.children.filter((node) => node.kind === 'group')
      .map((node, index) => [node.folder, index]),
  );
  const ordered = [...site.sections].sort(
    (a, b) => (rank.get(a.folder) ?? Number.MAX_SAFE_INTEGER) - (rank.get(b.folder) ?? Number.MAX_SAFE_INTEGER),
  );
  return siteSections(allPages(), ordered, site.glossary);
}

/** The site's navigation, built once per list of pages (once per build; again when the dev server reloads). */
const navigationCache = new WeakMap<readonly PageNode[], SiteNavigation>();

/** The navigation tree, reading order and neighbours of the build's pages. */
export function navigation(): SiteNavigation {
  const pages = allPages();
  let built = navigationCache.get(pages);
  if (!built) {
    built = buildSiteNavigation(pages, {
      docsDir: site.layout.docsDir,
      // Only the sections the config file lists set the order; the others follow SUMMARY.md or their names.
      sections: site.sections.filter((section) => section.configured),
      glossary: site.glossary,
      summaries: readSummaries(site.layout),
    });
    navigationCache.set(pages, built);
  }
  return built;
}

/** The home page (the docs folder's root README/index), if there is one. */
export function homePage(): PageNode | undefined {
  return allPages().find((page) => page.kind === 'home');
}

/** When a content file last changed (git history, read once per build). */
export const lastUpdated = createLastUpdated(site.docsDir);

/** The "Edit this page" URL of a content file on the code host; undefined when the repository is unknown. */
export function editUrl(page: PageNode): string | undefined {
  const repository = site.repository;
  const path = repository && fileInRepository(repository, site.docsDir, page.absPath);
  return path ? `${repository.url}/edit/${repository.branch}/${path}` : undefined;
}

/** A UI string of the site (its config's wording, else the default), with `{placeholders}` filled. */
export function t(key: UiKey, values: Readonly<Record<string, string | number>> = {}): string {
  return format(site.ui[key], values);
}

/** A UI string that depends on a number (`key.one`, `key.other`, ...), by the site language's plural rules. */
export function tn(key: string, count: number, values: Readonly<Record<string, string | number>> = {}): string {
  return plural(site.ui, key, count, site.lang, values);
}

/**
 * A UI string that holds markup, split at its placeholders: `'{page} in {section}'` -> [{ slot: 'page' },
 * { text: ' in ' }, { slot: 'section' }]. The component renders each slot as its element, whatever order a
 * translation puts them in.
 */
export function uiParts(key: UiKey): { slot?: string; text?: string }[] {
  const slot = Symbol('slot');
  const names = [...site.ui[key].matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
  return formatParts(site.ui[key], Object.fromEntries(names.map((name) => [name, { [slot]: name }]))).map((part) =>
    typeof part === 'string' ? { text: part } : { slot: part[slot] },
  );
}
