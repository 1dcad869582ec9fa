/**
 * Site navigation from the list of pages: the section list, and the current section's pages around the
 * current one. The number of links is bounded, so a page's HTML does not grow with the size of the site.
 */
import type { SiteSection } from './sections.ts';

export interface NavPage {
  collection: string;
  slug: string;
  title: string;
  /** Site path without base. */
  path: string;
}

export interface NavLink {
  title: string;
  path: string;
  current: boolean;
}

export interface NavSection {
  key: string;
  label: string;
  path: string;
  current: boolean;
  /** Pages listed under the section (only for the current section). */
  pages: NavLink[];
  /** How many pages of the section are not listed. */
  hidden: number;
}

/** Reading order inside a section: top-level pages first, then subfolders, each by title. */
export function sortPages<T extends NavPage>(pages: readonly T[]): T[] {
  // A folder's own page (its README/index) counts as a page of the folder that holds it.
  const depth = (page: NavPage) => (page.slug === '' ? 0 : page.slug.split('/').length);
  return [...pages].sort(
    (a, b) =>
      depth(a) - depth(b) ||
      a.slug.split('/').slice(0, -1).join('/').localeCompare(b.slug.split('/').slice(0, -1).join('/')) ||
      a.title.localeCompare(b.title),
  );
}

interface SectionOrder<T> {
  pages: T[];
  position: Map<string, number>;
}

/**
 * Sorted pages of each section, computed once per page list (the build's list is one array for all routes), so
 * a route's navigation costs a lookup instead of a sort of the whole section.
 */
const orderCache = new WeakMap<readonly NavPage[], Map<string, SectionOrder<NavPage>>>();

function sectionOrder<T extends NavPage>(pages: readonly T[], section: string): SectionOrder<T> {
  let bySection = orderCache.get(pages);
  if (!bySection) {
    bySection = new Map();
    orderCache.set(pages, bySection);
  }
  let order = bySection.get(section);
  if (!order) {
    const sorted = sortPages(pages.filter((page) => page.collection === section));
    order = { pages: sorted, position: new Map(sorted.map((page, index) => [page.slug, index])) };
    bySection.set(section, order);
  }
  return order as SectionOrder<T>;
}

export function sectionPages<T extends NavPage>(pages: readonly T[], section: string): T[] {
  return sectionOrder(pages, section).pages;
}

/** The section list; the current section expanded to at most `limit` pages centred on the current page. */
export function buildNavigation(
  pages: readonly NavPage[],
  sections: readonly SiteSection[],
  current: { collection: string; slug: string } | undefined,
  limit = 15,
): NavSection[] {
  return sections.map(({ key, label, path, glossary }) => {
    const isCurrent = current?.collection === key;
    let listed: NavLink[] = [];
    let hidden = 0;
    if (isCurrent && !glossary) {
      const all = sectionPages(pages, key);
      const at = Math.max(
        0,
        all.findIndex((page) => page.slug === current.slug),
      );
      const start = Math.max(0, Math.min(at - Math.floor(limit / 2), all.length - limit));
      const window = all.slice(start, start + limit);
      hidden = all.length - window.length;
      listed = window.map((page) => ({ title: page.title, path: page.path, current: page.slug === current.slug }));
    }
    return { key, label, path, current: isCurrent, pages: listed, hidden };
  });
}

/** Previous and next page in the same section's reading order. */
export function neighbours<T extends NavPage>(
  pages: readonly T[],
  current: { collection: string; slug: string },
): { prev: T | undefined; next: T | undefined } {
  const { pages: all, position } = sectionOrder(pages, current.collection);
  const at = position.get(current.slug) ?? -1;
  return { prev: at > 0 ? all[at - 1] : undefined, next: at >= 0 ? all[at + 1] : undefined };
}

/** Kept here until the routes import it from its own module. */
export { readingMinutes } from './navigation/reading-time.ts';
