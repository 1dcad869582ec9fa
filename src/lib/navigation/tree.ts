/**
 * The site's navigation from its pages: folders are the structure (top-level folders are sections, deeper ones
 * groups), a folder's README/index is its page, and siblings stand in the author's order. From the tree come the
 * reading order (previous/next) and what one page's sidebar shows (`navFor`), which is bounded so that a page's
 * HTML does not grow with the size of the site.
 *
 * Sibling order, from the first of these that tells two siblings apart:
 *   1. the config's section list (top-level folders only; listed sections come first, in its order);
 *   2. SUMMARY.md (mdBook): the position of the page, or of a folder's first page, in its reading order;
 *   3. front-matter order (a folder's is its index page's), lower first;
 *   4. a README/index first, then by title (numbers in titles compare as numbers), then by file name.
 * At each step, what has a value comes before what has none, so a config or summary may list only some entries.
 */
import { posix } from 'node:path';
import { summaryFiles, type Summary } from './summary.ts';

/** One page as the content graph knows it. */
export interface NavSourcePage {
  /** Path in the docs folder, with forward slashes (manual/a/README.md). */
  file: string;
  /** Site path without the base (/manual/a/). */
  path: string;
  title: string;
  /** A shorter label for the navigation (front matter `sidebar_label`). */
  navLabel?: string | undefined;
  /** Front-matter order (`order`, `weight`, `sidebar_position`, `nav_order`). */
  order?: number | undefined;
  /** Whether the page is its folder's README.md or index.md. */
  isIndex: boolean;
}

/** A section as the config lists it. */
export interface NavSectionConfig {
  folder: string;
  label?: string | undefined;
}

export interface NavTreeOptions {
  /** The config's sections, in the order they should appear. */
  sections?: readonly NavSectionConfig[] | undefined;
  /**
   * Parsed SUMMARY.md files, each with its folder in the docs folder (`''` for the docs root). The first one
   * to list a file sets its place, so a root summary outranks a section's own.
   */
  summaries?: readonly { summary: Summary; folder: string }[] | undefined;
  /** Section labels that do not set the order: a language's own words for its sections, by folder. */
  labels?: Readonly<Record<string, string>> | undefined;
  /** The site path of a folder that has no index page (its generated listing); default `/<folder>/`. */
  folderPath?: ((folder: string) => string) | undefined;
}

export interface NavPageNode {
  kind: 'page';
  /** What the navigation shows: the page's navLabel, else its title. */
  label: string;
  title: string;
  path: string;
  file: string;
}

export interface NavGroupNode {
  kind: 'group';
  /** Path in the docs folder (manual/a); `''` for the root. */
  folder: string;
  /** The config's label for a section, else the index page's label, else the folder name made readable. */
  label: string;
  /** The folder's page: its index's path, or the path of the listing generated for it. */
  path: string;
  /** The folder's README/index page; undefined when its page is generated. */
  index: NavPageNode | undefined;
  children: NavNode[];
}

export type NavNode = NavPageNode | NavGroupNode;

export interface NavTree {
  /** The docs folder; its children are the sections and the pages beside them, its index the home page. */
  root: NavGroupNode;
  /** Site path -> the nodes from a root child down to the page or folder with that path. */
  trails: ReadonlyMap<string, readonly NavNode[]>;
}

/** `getting-started` -> `Getting started`: a folder without an index page is labelled by its name. */
export function humaniseFolderName(name: string): string {
  const words = name.replace(/[-_]+/g, ' ').replace(/\s+/g, ' ').trim();
  return words === '' ? name : words[0]!.toLocaleUpperCase() + words.slice(1);
}

const titleOrder = new Intl.Collator(undefined, { numeric: true });

/** What orders a node among its siblings; undefined = not given at that level. */
interface SortKeys {
  config: number | undefined;
  summary: number | undefined;
  order: number | undefined;
  isIndex: boolean;
  title: string;
  name: string;
}

/** Present before absent, then ascending. */
function compareOptional(a: number | undefined, b: number | undefined): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1;
  return a - b;
}

function compareKeys(a: SortKeys, b: SortKeys): number {
  return (
    compareOptional(a.config, b.config) ||
    compareOptional(a.summary, b.summary) ||
    compareOptional(a.order, b.order) ||
    Number(b.isIndex) - Number(a.isIndex) ||
    titleOrder.compare(a.title, b.title) ||
    (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)
  );
}

/** A folder while the tree is built, before its children are sorted. */
interface Draft {
  folder: string;
  index: NavSourcePage | undefined;
  pages: NavSourcePage[];
  folders: Map<string, Draft>;
}

function pageNode(page: NavSourcePage): NavPageNode {
  return { kind: 'page', label: page.navLabel ?? page.title, title: page.title, path: page.path, file: page.file };
}

/** README.md wins over index.md as a folder's page (as on the code host); the other stays an ordinary page. */
function preferredIndex(a: NavSourcePage, b: NavSourcePage): boolean {
  return posix.basename(a.file).toLowerCase() === 'readme.md' && posix.basename(b.file).toLowerCase() !== 'readme.md';
}

/** Builds the navigation tree of a site's pages. */
export function buildNavTree(pages: readonly NavSourcePage[], options: NavTreeOptions = {}): NavTree {
  const folderPath = options.folderPath ?? ((folder: string) => (folder === '' ? '/' : `/${folder}/`));
  const configRank = new Map((options.sections ?? []).map((section, rank) => [section.folder, rank]));
  const configLabel = new Map([
    ...(options.sections ?? []).flatMap((section): [string, string][] =>
      section.label === undefined ? [] : [[section.folder, section.label]],
    ),
    ...Object.entries(options.labels ?? {}),
  ]);
  const summaryRank = new Map<string, number>();
  for (const { summary, folder } of options.summaries ?? [])
    for (const file of summaryFiles(summary, folder))
      if (!summaryRank.has(file)) summaryRank.set(file, summaryRank.size);

  const root: Draft = { folder: '', index: undefined, pages: [], folders: new Map() };
  const draftFor = (folder: string): Draft => {
    if (folder === '' || folder === '.') return root;
    const parent = draftFor(posix.dirname(folder));
    let draft = parent.folders.get(folder);
    if (!draft) {
      draft = { folder, index: undefined, pages: [], folders: new Map() };
      parent.folders.set(folder, draft);
    }
    return draft;
  };
  for (const page of pages) {
    const draft = draftFor(posix.dirname(page.file));
    if (page.isIndex && (!draft.index || preferredIndex(page, draft.index))) {
      if (draft.index) draft.pages.push(draft.index);
      draft.index = page;
    } else draft.pages.push(page);
  }

  /** Builds a folder's node and the lowest summary rank inside it (a folder stands where its first page does). */
  function build(draft: Draft): { node: NavGroupNode; keys: SortKeys } {
    const index = draft.index && pageNode(draft.index);
    const isSection = posix.dirname(draft.folder) === '.' && draft.folder !== '';
    const name = posix.basename(draft.folder);
    const label = (isSection ? configLabel.get(draft.folder) : undefined) ?? index?.label ?? humaniseFolderName(name);
    const entries: { node: NavNode; keys: SortKeys }[] = [
      ...draft.pages.map((page) => ({
        node: pageNode(page),
        keys: {
          config: undefined,
          summary: summaryRank.get(page.file),
          order: page.order,
          isIndex: page.isIndex,
          title: page.title,
          name: page.file,
        },
      })),
      ...[...draft.folders.values()].map(build),
    ];
    entries.sort((a, b) => compareKeys(a.keys, b.keys));
    const ranks = [
      draft.index ? summaryRank.get(draft.index.file) : undefined,
      ...entries.map((entry) => entry.keys.summary),
    ].filter((rank): rank is number => rank !== undefined);
    const node: NavGroupNode = {
      kind: 'group',
      folder: draft.folder,
      label,
      path: index?.path ?? folderPath(draft.folder),
      index,
      children: entries.map((entry) => entry.node),
    };
    const keys: SortKeys = {
      config: isSection ? configRank.get(draft.folder) : undefined,
      summary: ranks.reduce<number | undefined>(
        (low, rank) => (low === undefined || rank < low ? rank : low),
        undefined,
      ),
      order: draft.index?.order,
      isIndex: false,
      title: label,
      name: draft.folder,
    };
    return { node, keys };
  }

  const tree = build(root).node;
  const trails = new Map<string, readonly NavNode[]>();
  const index = (group: NavGroupNode, trail: readonly NavNode[]) => {
    for (const child of group.children) {
      const childTrail = [...trail, child];
      if (!trails.has(child.path)) trails.set(child.path, childTrail);
      if (child.kind === 'group') index(child, childTrail);
    }
  };
  index(tree, []);
  return { root: tree, trails };
}

/** The node of a folder (path in the docs folder, `''` for the root), if the tree has it. */
export function groupAt(tree: NavTree, folder: string): NavGroupNode | undefined {
  let group: NavGroupNode | undefined = tree.root;
  for (const name of folder.split('/').filter(Boolean)) {
    const at: string = group.folder === '' ? name : `${group.folder}/${name}`;
    group = group.children.find((child): child is NavGroupNode => child.kind === 'group' && child.folder === at);
    if (!group) return undefined;
  }
  return group;
}

/** A link on the way to a page, labelled as the sidebar labels it. */
export interface Crumb {
  label: string;
  path: string;
}

/**
 * The folders on the way from the top of the tree to a page (not the page itself), each with its sidebar label,
 * so that breadcrumbs and sidebar name a folder alike. A folder's own page stops at its parent folder. Empty for
 * a path the tree does not hold.
 */
export function crumbsFor(tree: NavTree, path: string): Crumb[] {
  const trail = tree.trails.get(path) ?? [];
  return trail.slice(0, -1).map((node) => ({ label: node.label, path: node.path }));
}

/** A folder's pages in reading order: its own page, then its children in order, depth first. */
export function pagesIn(group: NavGroupNode): NavPageNode[] {
  const order: NavPageNode[] = [];
  const visit = (folder: NavGroupNode) => {
    if (folder.index) order.push(folder.index);
    for (const child of folder.children) {
      if (child.kind === 'group') visit(child);
      else order.push(child);
    }
  };
  visit(group);
  return order;
}

/** Every page of the site in reading order, the home page first. */
export function readingOrder(tree: NavTree): NavPageNode[] {
  return pagesIn(tree.root);
}

export interface Neighbours {
  prev: NavPageNode | undefined;
  next: NavPageNode | undefined;
}

/** Previous and next page of every page, by site path, from the reading order (computed once per build). */
export function neighbours(order: readonly NavPageNode[]): Map<string, Neighbours> {
  const byPath = new Map<string, Neighbours>();
  order.forEach((page, at) => {
    if (!byPath.has(page.path)) byPath.set(page.path, { prev: order[at - 1], next: order[at + 1] });
  });
  return byPath;
}

/** A page link in one page's sidebar. */
export interface NavViewPage {
  kind: 'page';
  label: string;
  path: string;
  /** The page being shown. */
  current: boolean;
}

/** A folder in one page's sidebar: open (its items listed) on the way to the current page, else only a link. */
export interface NavViewGroup {
  kind: 'group';
  label: string;
  path: string;
  /** The folder's own page is the page being shown. */
  current: boolean;
  /** On the way to the current page: shown open, with its items. */
  open: boolean;
  /** The items shown (only when open). */
  items: NavViewList;
}

export type NavViewItem = NavViewPage | NavViewGroup;

/** A window of a folder's children, with how many were left out on each side. */
export interface NavViewList {
  items: NavViewItem[];
  /** Children of the folder before and after the window (the folder's page lists them all). */
  hiddenBefore: number;
  hiddenAfter: number;
  /** Where the hidden ones are listed: the folder's page. */
  path: string;
}

export interface NavView {
  /** The home page (the docs folder's own page). */
  home: { label: string; path: string; current: boolean };
  /** The sections and top-level pages, with the current one's branch open. */
  list: NavViewList;
}

/**
 * What one page's sidebar shows: every section (and top-level page); inside the current section the folders on
 * the way to the current page, open, each with its children around the one on the way; every other folder as a
 * link to its page, not expanded. Each list holds at most `limit` items, centred on the one on the way, so the
 * sidebar has at most (depth + 1) * (limit + 2) links whatever the size of the site. A path not in the tree (a
 * generated page such as tags) shows the top level only.
 */
export function navFor(tree: NavTree, currentPath: string, options: { limit?: number } = {}): NavView {
  const limit = Math.max(1, options.limit ?? 30);
  const trail = tree.trails.get(currentPath) ?? [];
  const target = trail.at(-1);

  function list(group: NavGroupNode, depth: number): NavViewList {
    const children = group.children;
    const onPath = trail[depth];
    const at = onPath ? children.indexOf(onPath) : 0;
    const start = Math.max(0, Math.min(at - Math.floor(limit / 2), children.length - limit));
    const window = children.slice(start, start + limit);
    return {
      items: window.map((child): NavViewItem => {
        // A folder that holds only its own page (a glossary, whose terms share it) has nothing to unfold.
        if (child.kind === 'page' || child.children.length === 0)
          return { kind: 'page', label: child.label, path: child.path, current: child === target };
        const open = child === onPath;
        return {
          kind: 'group',
          label: child.label,
          path: child.path,
          current: child === target,
          open,
          items: open ? list(child, depth + 1) : { items: [], hiddenBefore: 0, hiddenAfter: 0, path: child.path },
        };
      }),
      hiddenBefore: start,
      hiddenAfter: children.length - start - window.length,
      path: group.path,
    };
  }

  const root = tree.root;
  const rootLabel = root.index?.label ?? '';
  return {
    home: { label: rootLabel, path: root.path, current: currentPath === root.path },
    list: list(root, 0),
  };
}

/** Every link a view holds (items, open folders' items, and the links to what a list leaves out). */
export function viewLinks(view: NavView): string[] {
  const links: string[] = [];
  const visit = (list: NavViewList) => {
    if (list.hiddenBefore > 0) links.push(list.path);
    for (const item of list.items) {
      links.push(item.path);
      if (item.kind === 'group') visit(item.items);
    }
    if (list.hiddenAfter > 0) links.push(list.path);
  };
  visit(view.list);
  return links;
}
