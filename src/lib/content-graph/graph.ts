/**
 * The content graph: every file under content/ read and parsed once, with links resolved between pages. Both
 * `npm run check` and the build use it, so they agree on what is valid, and the build takes backlinks and link
 * targets from it instead of re-reading files per page.
 */
import { join, relative, sep } from 'node:path';
import { docsFolder, locateContent, type ContentLocation, type DocsLayout } from '../content-layout.ts';
import { error, type Problem } from '../problems.ts';
import { listFolder } from './list-files.ts';
import { loadPage, type PageNode } from './load-page.ts';
import { readContentText } from './read-text.ts';
import { parseMarkdownFacts, type Section } from './parse-markdown.ts';
import { publishedAsset } from './assets.ts';
import { resolveLink, type LinkGraph, type LinkTarget, type RepositoryFiles } from './resolve-link.ts';

export type { PageNode } from './load-page.ts';

export interface Backlink {
  from: PageNode;
  /** The section of the linking page where the link stands. */
  section: Section | undefined;
}

export interface ContentGraph extends LinkGraph<PageNode> {
  root: string;
  /** Where the docs are (rules that read files besides the pages, such as SUMMARY.md, look there). */
  layout: DocsLayout;
  /** Pages that are part of this build (drafts only when included). */
  pages: PageNode[];
  /** Draft pages left out of this build, so links to them can be reported as such. */
  drafts: PageNode[];
  byAbsPath: Map<string, PageNode>;
  /** Pages by project-relative path (content/manual/x.md), as Astro's `entry.filePath` gives it. */
  byFile: Map<string, PageNode>;
  /** Problems found while reading files (YAML, schema, files in no collection, symbolic links). */
  problems: Problem[];
  /** Files under public/, relative to it, with forward slashes: they are published as they are. */
  publicFiles: string[];
  /** Files beside the Markdown, relative to the docs folder, published at the same path in the site. */
  assets: ReadonlySet<string>;
  /** Pages linking to a page, keyed by the target's absolute path. */
  backlinks: Map<string, Backlink[]>;
  resolve(from: PageNode, url: string): LinkTarget;
}

export interface GraphOptions {
  /** Keep draft pages (dev server); production builds leave them out. */
  includeDrafts?: boolean;
  /** Where the docs are and which folder is the glossary; default: content/ in the root, no glossary. */
  layout?: Partial<DocsLayout> | undefined;
}

/** The layout with its defaults filled in. */
export function resolveLayout(root: string, layout: Partial<DocsLayout> = {}): DocsLayout {
  return {
    docsDir: layout.docsDir ?? docsFolder(root),
    displayRoot: layout.displayRoot ?? root,
    glossary: layout.glossary,
    repoRoot: layout.repoRoot,
    repository: layout.repository,
    trackedFiles: layout.trackedFiles,
    requiredKeys: layout.requiredKeys,
    reviewEvery: layout.reviewEvery,
    locales: layout.locales,
  };
}

/** The repository as link resolution sees it; git is asked for its files only when a link leaves the docs. */
export function repositoryFiles(layout: Partial<DocsLayout>, withTracked: boolean): RepositoryFiles | undefined {
  const { repoRoot, repository, trackedFiles } = layout;
  if (!repoRoot) return undefined;
  const files: RepositoryFiles = { root: repoRoot, url: repository?.url, branch: repository?.branch ?? 'main' };
  if (!withTracked || !trackedFiles) return files;
  let tracked: ReadonlySet<string> | undefined;
  return Object.defineProperty(files, 'tracked', { enumerable: true, get: () => (tracked ??= trackedFiles()) });
}

/** A content file found in the docs folder: where it is and where it goes in the site. */
export interface ContentFile {
  /** Path as shown in messages (relative to the working directory), e.g. content/manual/x.md */
  file: string;
  absPath: string;
  location: ContentLocation;
}

/** What content/ and public/ hold: the files that are pages and the published files, and what is wrong there. */
export interface Discovered {
  files: ContentFile[];
  publicFiles: string[];
  /** Files of the docs folder published as they are (src/lib/content-graph/assets.ts). */
  assets: string[];
  problems: Problem[];
}

/**
 * Lists content/ and public/ once (never following a symbolic link: src/lib/content-graph/list-files.ts): the
 * files that are pages, the public files, and a problem for each Markdown file outside any collection.
 */
export function discoverContent(root: string, partialLayout?: Partial<DocsLayout>): Discovered {
  const layout = resolveLayout(root, partialLayout);
  const shownDocs = relative(layout.displayRoot, layout.docsDir).split(sep).join('/') || '.';
  const content = listFolder(layout.displayRoot, shownDocs);
  const published = listFolder(root, 'public');
  const files: ContentFile[] = [];
  const problems: Problem[] = [...content.problems, ...published.problems];
  // Two files that stand for one folder (README.md and index.md): the first index name wins, the other is an error.
  const folderPages = new Map<string, string>();
  const assets: string[] = [];
  for (const relativePath of content.files) {
    const file = shownDocs === '.' ? relativePath : `${shownDocs}/${relativePath}`;
    const location = locateContent(relativePath, layout);
    if (location) {
      if (location.isIndex) {
        // Per language: README.md and its translation README.es.md stand for one folder in two languages.
        const folder = `${location.locale ?? ''}:${relativePath.slice(0, relativePath.lastIndexOf('/') + 1)}`;
        const other = folderPages.get(folder);
        if (other) {
          problems.push(
            error(
              file,
              1,
              1,
              `this folder already has its page in ${other}: both would be published at the folder's URL`,
              'keep one of README.md and index.md (merge the other into it)',
            ),
          );
          continue;
        }
        folderPages.set(folder, file);
      }
      files.push({ file, absPath: join(layout.docsDir, relativePath), location });
    } else if (publishedAsset(relativePath)) {
      assets.push(relativePath);
    } else if (/\.mdx$/i.test(relativePath)) {
      problems.push(
        error(
          file,
          0,
          0,
          'MDX files are not supported and would never be published',
          'rename it to .md: Markdown with directives (:::note, :::cards) covers what MDX components do here',
        ),
      );
    }
  }
  return { files, publicFiles: published.files, assets, problems };
}

/** Reads and parses every file in this thread (the check, tests, and small sites). */
export function buildContentGraph(root: string, options: GraphOptions = {}): ContentGraph {
  const discovered = discoverContent(root, options.layout);
  const problems = [...discovered.problems];
  const layout = resolveLayout(root, options.layout);
  // Included files (mdBook's {{#include}}) may come from anywhere in the repository, never from outside it.
  const boundary = layout.repoRoot ?? layout.docsDir;
  const loaded = discovered.files.map(({ file, absPath, location }) => {
    const { text, problems: textProblems } = readContentText(absPath, file);
    problems.push(...textProblems);
    return loadPage(file, absPath, location, text, (body) => parseMarkdownFacts(body, { page: absPath, boundary }));
  });
  return assembleGraph(root, loaded, { ...discovered, problems }, options);
}

/** Puts loaded pages together: drafts set aside, indexes built, links resolved into backlinks once. */
export function assembleGraph(
  root: string,
  loaded: readonly { page: PageNode; problems: Problem[] }[],
  discovered: Pick<Discovered, 'publicFiles' | 'assets' | 'problems'>,
  options: GraphOptions = {},
): ContentGraph {
  const problems = [...discovered.problems];
  const pages: PageNode[] = [];
  const drafts: PageNode[] = [];
  for (const { page, problems: pageProblems } of loaded) {
    problems.push(...pageProblems);
    (page.draft && !options.includeDrafts ? drafts : pages).push(page);
  }
  const layout = resolveLayout(root, options.layout);
  const graph: ContentGraph = {
    root,
    docsDir: layout.docsDir,
    locales: layout.locales,
    repository: repositoryFiles(layout, true),
    assets: new Set(discovered.assets),
    layout: resolveLayout(root, options.layout),
    pages,
    drafts,
    byAbsPath: new Map([...pages, ...drafts].map((page) => [page.absPath, page])),
    byFile: new Map([...pages, ...drafts].map((page) => [page.file, page])),
    problems,
    publicFiles: discovered.publicFiles,
    backlinks: new Map(),
    resolve: (from, url) => resolveLink(graph, from, url),
  };
  graph.backlinks = computeBacklinks(graph);
  return graph;
}

function computeBacklinks(graph: ContentGraph): Map<string, Backlink[]> {
  const backlinks = new Map<string, Backlink[]>();
  for (const page of graph.pages) {
    const seen = new Set<string>();
    for (const link of page.markdown.links) {
      const target = graph.resolve(page, link.url);
      if (target.kind !== 'page' || target.page === page || (target.page.draft !== page.draft && target.page.draft))
        continue;
      const key = `${target.page.absPath}#${link.section?.id ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const list = backlinks.get(target.page.absPath) ?? [];
      list.push({ from: page, section: link.section });
      backlinks.set(target.page.absPath, list);
    }
  }
  return backlinks;
}
