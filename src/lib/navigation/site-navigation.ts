/**
 * The navigation of one build, from the content graph's pages: the tree (src/lib/navigation/tree.ts) in the
 * author's order (config sections, SUMMARY.md, front-matter order, then README/index first and titles), the
 * reading order through the whole site, and every page's previous and next page. Built once per build; each
 * route then takes its bounded sidebar (`navFor`) and its neighbours by lookup.
 */
import { posix, relative, sep } from 'node:path';
import { localePrefix, translationOf, type TranslationLayout } from '../content-layout.ts';
import type { PageNode } from '../content-graph/load-page.ts';
import type { SummaryFile } from './summary-files.ts';
import {
  buildNavTree,
  humaniseFolderName,
  neighbours,
  readingOrder,
  type NavSectionConfig,
  type NavPageNode,
  type NavSourcePage,
  type NavTree,
  type Neighbours,
} from './tree.ts';

export interface SiteNavigation {
  tree: NavTree;
  /** Every page, home first, in the order a reader pages through the site. */
  order: NavPageNode[];
  /** Previous and next page by site path. */
  neighbours: ReadonlyMap<string, Neighbours>;
}

export interface SiteNavigationOptions {
  /** Absolute path of the docs folder: the tree is made of paths inside it. */
  docsDir: string;
  /** The config's sections, in their order. */
  sections: readonly NavSectionConfig[];
  /** The glossary folder, whose terms share one page and are not listed one by one. */
  glossary: string | undefined;
  summaries: readonly Pick<SummaryFile, 'folder' | 'summary'>[];
  /** The language whose pages these are (its code, "" for the default): its paths start /<code>/. */
  locale?: string | undefined;
  /** A language's own section labels, by folder (they set no order). */
  labels?: Readonly<Record<string, string>> | undefined;
  /** Where translations are, so a translation stands where its original does. */
  locales?: TranslationLayout | undefined;
}

export function buildSiteNavigation(pages: readonly PageNode[], options: SiteNavigationOptions): SiteNavigation {
  // A translation takes its original's place in the tree (es/guides/x.md stands where guides/x.md does).
  const inDocs = (page: PageNode) => {
    const file = relative(options.docsDir, page.absPath).split(sep).join('/');
    return (page.locale && translationOf(file, options.locales)?.original) || file;
  };
  const prefix = localePrefix(options.locale);
  const sources: NavSourcePage[] = pages
    .filter((page) => page.kind !== 'term')
    .map((page) => ({
      file: inDocs(page),
      path: page.path,
      title: page.title,
      navLabel: page.navLabel,
      order: page.order,
      isIndex: page.isIndex,
    }));
  // A glossary folder without a README/index still has its page (the list of terms): it stands in the tree as
  // that folder's page, so the section is listed and read in its place.
  const glossary = options.glossary;
  if (glossary && pages.some((page) => page.kind === 'term' && page.collection === glossary)) {
    const hasIndex = sources.some((page) => page.isIndex && posix.dirname(page.file) === glossary);
    const label = options.sections.find((section) => section.folder === glossary)?.label;
    if (!hasIndex)
      sources.push({
        file: `${glossary}/index.md`,
        path: `${prefix}/${glossary}/`,
        title: label ?? humaniseFolderName(glossary),
        isIndex: true,
      });
  }
  const tree = buildNavTree(sources, {
    sections: options.sections,
    summaries: options.summaries,
    labels: options.labels,
    folderPath: (folder) => (folder === '' ? `${prefix}/` : `${prefix}/${folder}/`),
  });
  const order = readingOrder(tree);
  return { tree, order, neighbours: neighbours(order) };
}
