/**
 * Resolves a link written in a content file the way the code host's file view resolves it, and says where it
 * goes on the site. One resolver for the content check (src/lib/rules/links.ts, images.ts) and the rewrite
 * (src/markdown/remark-resolve-links.ts, rehype-resolve-raw-links.ts), so what is checked is what is published.
 *
 * - `guide.md`, `guide.markdown`, `../manual/README.md`: the page (an index at its folder's URL);
 * - `../manual/`, `setup`: a folder, at its README/index, or at its generated listing when it has none;
 * - `/docs/x.md`: from the repository's top folder, as GitHub reads it; `/manual/x/`, a page's site path, and
 *   `/images/x.png`, a file under public/, keep working;
 * - `#Anchor`: the id the page really has (src/lib/content-graph/anchors.ts);
 * - `img/a.png`: a file beside the Markdown, published at the same path in the site;
 * - `../../LICENSE`: a file of the repository outside the docs folder, on the code host;
 * - `guide.html`, `ch/index.html`: the page built from `guide.md` (`ch/README.md`, `ch/index.md`) when that file
 *   exists and the .html does not, as mdBook and most static-site trees link to the built page.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import {
  indexNames,
  localePrefix,
  locateContent,
  pagePlace,
  locationPath,
  translationOf,
  type TranslationLayout,
} from '../content-layout.ts';
import { findAnchor, hasAnchorFacts } from './anchors.ts';
import type { PageNode } from './load-page.ts';

/** What link resolution needs to know about a page: where it is and where it is published. */
export type LinkablePage = Pick<
  PageNode,
  'absPath' | 'file' | 'path' | 'hash' | 'collection' | 'slug' | 'draft' | 'kind' | 'isIndex' | 'locale'
>;

/** The repository the docs folder is in: links may leave the docs folder for its other files. */
export interface RepositoryFiles {
  /** The checkout's top folder, absolute (written as the docs folder is, not resolved through symbolic links). */
  root: string;
  /** Where the code host shows the repository (https://host/owner/repo), when known. */
  url: string | undefined;
  branch: string;
  /** Files git tracks, relative to `root`; undefined where nobody asked git (the render workers). */
  tracked?: ReadonlySet<string> | undefined;
}

/** The part of the content graph link resolution reads; a table of files is enough (see render worker). */
export interface LinkGraph<P extends LinkablePage = PageNode> {
  /** The project (the package folder), whose public/ holds site-wide files. */
  root: string;
  /** The docs folder, absolute. */
  docsDir: string;
  pages: P[];
  byAbsPath: Map<string, P>;
  /** Files in the docs folder published as they are (images, downloads), relative to it, forward slashes. */
  assets: ReadonlySet<string>;
  repository: RepositoryFiles | undefined;
  /** The site's other languages and where their files are; none for a site in one language. */
  locales?: TranslationLayout | undefined;
}

export type LinkTarget<P extends LinkablePage = PageNode> =
  /** Another scheme (https:, mailto:) or a protocol-relative URL: not ours to check. */
  | { kind: 'external' }
  /**
   * A content page; `anchor` is the page's id for the written fragment when the page's ids are known (else as
   * written), `href` its site path (no base) with the fragment.
   */
  | { kind: 'page'; page: P; anchor: string; href: string }
  /** A folder of pages without an index: its generated listing page. */
  | { kind: 'folder'; absPath: string; href: string }
  /** A published file: beside the Markdown (`href` its site path) or under public/. */
  | { kind: 'asset'; absPath: string; href: string }
  /** A file or folder of the repository outside the docs folder: `href` is its page on the code host. */
  | { kind: 'repository'; absPath: string; path: string; href: string }
  /** Nothing there that a reader can reach. `wanted` is the absolute path looked for. */
  | { kind: 'missing'; wanted: string; reason: MissingReason };

export type MissingReason =
  /** No such file or folder. */
  | 'no-file'
  /** A page left out of this build. */
  | 'draft'
  /** A page's site URL written as a relative path (`../manual/x/`), which the code host cannot follow. */
  | 'not-markdown-link'
  /** A file in the docs folder that is never published (a dotfile, the config file) or a folder without pages. */
  | 'not-published'
  /** Outside the docs folder, in the repository, but git does not track it (the code host does not have it). */
  | 'untracked'
  /** Outside the docs folder, and no repository web address is known to send the reader to. */
  | 'no-repository-url'
  /** Outside the repository (or there is no repository): nothing the site or the code host can show. */
  | 'outside';

const schemePattern = /^[a-z][a-z0-9+.-]*:/i;
const markdownFile = /\.(md|markdown)$/i;

function splitUrl(url: string): { path: string; anchor: string } {
  const hashAt = url.indexOf('#');
  const beforeHash = hashAt === -1 ? url : url.slice(0, hashAt);
  const anchor = hashAt === -1 ? '' : url.slice(hashAt + 1);
  const path = beforeHash.split('?')[0] ?? '';
  return { path: safeDecode(path), anchor: safeDecode(anchor) };
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

const inside = (path: string, folder: string) =>
  path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);
const toPosix = (path: string) => path.split(sep).join('/');
/** A site path with each segment percent-encoded where a URL needs it. */
const encodePath = (path: string) => path.split('/').map(encodeURIComponent).join('/');

export function pageHref(page: LinkablePage, anchor: string): string {
  const fragment = anchor || page.hash;
  return fragment ? `${page.path}#${fragment}` : page.path;
}

/** The written URL's fragment as it was, so a rewrite can tell whether anything changed. */
export function writtenAnchor(url: string): string {
  return splitUrl(url).anchor;
}

export function resolveLink<P extends LinkablePage>(graph: LinkGraph<P>, from: P, url: string): LinkTarget<P> {
  // Read as a browser reads it: tabs and newlines inside a URL and spaces or controls before it do not count, so
  // "java\tscript:" is a scheme (the unsafe-html rule judges which schemes may be used).
  const read = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  if (schemePattern.test(read) || /^[\\/]{2}/.test(read)) return { kind: 'external' };
  const { path, anchor } = splitUrl(url);
  if (path === '') return pageTarget(from, anchor);
  const target = path.startsWith('/')
    ? resolveRootPath(graph, path, anchor)
    : resolveFile(graph, resolve(dirname(from.absPath), path), anchor, path.endsWith('/'));
  return inReadersLanguage(graph, from, target, anchor);
}

/**
 * A link from a translation goes to the page in the same language: its translation when there is one, else the
 * original shown at the translation's URL (the site's fallback page, src/lib/locales/). Its anchor is checked
 * against that page, the one the reader lands on.
 */
function inReadersLanguage<P extends LinkablePage>(
  graph: LinkGraph<P>,
  from: P,
  target: LinkTarget<P>,
  anchor: string,
): LinkTarget<P> {
  const wanted = from.locale ?? '';
  if (!graph.locales || !wanted) return target;
  if (target.kind === 'folder' && !target.href.startsWith(`/${wanted}/`))
    return { ...target, href: `${localePrefix(wanted)}${target.href}` };
  if (target.kind !== 'page' || (target.page.locale ?? '') === wanted) return target;
  const translated = translationIn(graph, target.page, wanted);
  if (translated) return pageTarget(translated, anchor);
  if (target.page.locale) return target;
  return { ...target, href: `${localePrefix(wanted)}${target.href}` };
}

/** Pages by language and place, per list of pages (once per graph). */
const byPlaceCache = new WeakMap<readonly LinkablePage[], Map<string, LinkablePage>>();

const placeKey = (page: LinkablePage, locale: string) => `${locale}\0${pagePlace(page)}`;

/** The translation of `page` into `locale` ("" for the original), when the site has one. */
export function translationIn<P extends LinkablePage>(graph: LinkGraph<P>, page: P, locale: string): P | undefined {
  let byPlace = byPlaceCache.get(graph.pages);
  if (!byPlace) {
    byPlace = new Map(graph.pages.map((candidate) => [placeKey(candidate, candidate.locale ?? ''), candidate]));
    byPlaceCache.set(graph.pages, byPlace);
  }
  return byPlace.get(placeKey(page, locale)) as P | undefined;
}

/**
 * The original a link into a translation means when that translation is not written yet (`es/checklists/y.md`
 * when only `checklists/y.md` exists): the reader gets the original, in their language's site.
 */
function untranslatedOriginal<P extends LinkablePage>(graph: LinkGraph<P>, absPath: string): P | undefined {
  if (!graph.locales || !inside(absPath, graph.docsDir)) return undefined;
  const translated = translationOf(toPosix(relative(graph.docsDir, absPath)), graph.locales);
  return translated && graph.byAbsPath.get(join(graph.docsDir, translated.original));
}

function pageTarget<P extends LinkablePage>(page: P, written: string): LinkTarget<P> {
  const found = written && hasAnchorFacts(page) ? findAnchor(page, written) : undefined;
  const anchor = found ?? written;
  return { kind: 'page', page, anchor, href: pageHref(page, anchor) };
}

/**
 * A path starting with "/": a page's site path or a file under public/ (as the site has always read it), else
 * a path from the repository's top folder, as the code host reads it.
 */
function resolveRootPath<P extends LinkablePage>(graph: LinkGraph<P>, path: string, anchor: string): LinkTarget<P> {
  const normalized = path.endsWith('/') || /\.[a-z0-9]+$/i.test(path) ? path : `${path}/`;
  const page = graph.pages.find((candidate) => candidate.path === normalized && !candidate.hash);
  if (page) return pageTarget(page, anchor);
  const publicFile = join(graph.root, 'public', path);
  if (existsSync(publicFile) && statSync(publicFile).isFile())
    return { kind: 'asset', absPath: publicFile, href: path };
  if (graph.repository) return resolveFile(graph, join(graph.repository.root, path), anchor, path.endsWith('/'));
  return { kind: 'missing', wanted: join(graph.docsDir, path), reason: 'no-file' };
}

/** A file or folder the link names on disk. */
function resolveFile<P extends LinkablePage>(
  graph: LinkGraph<P>,
  absPath: string,
  anchor: string,
  asFolder: boolean,
): LinkTarget<P> {
  const page = graph.byAbsPath.get(absPath) ?? untranslatedOriginal(graph, absPath);
  if (page) {
    if (page.draft && !graph.pages.includes(page)) return { kind: 'missing', wanted: absPath, reason: 'draft' };
    return pageTarget(page, anchor);
  }
  if (!inside(absPath, graph.docsDir)) return resolveRepositoryFile(graph, absPath, anchor);
  const kind = fileKind(absPath);
  const built = kind === undefined ? builtPageSource(graph, absPath) : undefined;
  if (built) return resolveFile(graph, built, anchor, false);
  if (kind === 'folder') return resolveFolder(graph, absPath, anchor);
  if (kind === 'file' && !asFolder) {
    const rel = toPosix(relative(graph.docsDir, absPath));
    if (graph.assets.has(rel)) return { kind: 'asset', absPath, href: `/${encodePath(rel)}` };
    return { kind: 'missing', wanted: absPath, reason: markdownFile.test(rel) ? 'no-file' : 'not-published' };
  }
  // A page's URL written as a relative path ("../manual/x/"): the site would take it, the code host would not.
  const stem = absPath.replace(/[\\/]$/, '');
  if (graph.byAbsPath.has(`${stem}.md`) || graph.byAbsPath.has(`${stem}.markdown`))
    return { kind: 'missing', wanted: absPath, reason: 'not-markdown-link' };
  return { kind: 'missing', wanted: absPath, reason: 'no-file' };
}

/**
 * The Markdown file a link to a built page (`x.html`) means: `x.md` or `x.markdown` beside it, and for
 * `index.html` also the folder's README (mdBook publishes README.md as index.html). Only a page that exists
 * counts, so a link to an .html page nobody wrote stays a missing file.
 */
function builtPageSource<P extends LinkablePage>(graph: LinkGraph<P>, absPath: string): string | undefined {
  const stem = /^(.*)\.html?$/i.exec(absPath)?.[1];
  if (stem === undefined) return undefined;
  const candidates = [`${stem}.md`, `${stem}.markdown`];
  if (/[\\/]index$/i.test(stem))
    candidates.push(...['README.md', 'README.markdown'].map((name) => join(dirname(stem), name)));
  return candidates.find((candidate) => graph.byAbsPath.has(candidate));
}

function fileKind(absPath: string): 'file' | 'folder' | undefined {
  try {
    const stat = statSync(absPath);
    return stat.isDirectory() ? 'folder' : stat.isFile() ? 'file' : undefined;
  } catch {
    return undefined;
  }
}

/** A folder in the docs folder: its README/index page, else its generated listing when it holds pages. */
function resolveFolder<P extends LinkablePage>(graph: LinkGraph<P>, absPath: string, anchor: string): LinkTarget<P> {
  for (const name of [...indexNames, 'index.markdown', 'README.markdown']) {
    const target = resolveFileIfPage(graph, join(absPath, name), anchor);
    if (target) return target;
  }
  const holdsPages = graph.pages.some((page) => inside(page.absPath, absPath));
  if (!holdsPages) return { kind: 'missing', wanted: absPath, reason: 'not-published' };
  const rel = toPosix(relative(graph.docsDir, absPath));
  const path = rel === '' ? '/' : locationPath(locateContent(`${rel}/index.md`, { locales: graph.locales })!).path;
  const href = `${encodePath(path)}${anchor ? `#${anchor}` : ''}`;
  return { kind: 'folder', absPath, href };
}

function resolveFileIfPage<P extends LinkablePage>(
  graph: LinkGraph<P>,
  absPath: string,
  anchor: string,
): LinkTarget<P> | undefined {
  return graph.byAbsPath.has(absPath) ? resolveFile(graph, absPath, anchor, false) : undefined;
}

/** A file outside the docs folder: its page on the code host, when git has it there. */
function resolveRepositoryFile<P extends LinkablePage>(
  graph: LinkGraph<P>,
  absPath: string,
  anchor: string,
): LinkTarget<P> {
  const repository = graph.repository;
  if (!repository || !inside(absPath, repository.root)) return { kind: 'missing', wanted: absPath, reason: 'outside' };
  const kind = fileKind(absPath);
  if (!kind) return { kind: 'missing', wanted: absPath, reason: 'no-file' };
  const path = toPosix(relative(repository.root, absPath));
  const tracked = repository.tracked;
  if (tracked && !(kind === 'file' ? tracked.has(path) : hasTrackedFileUnder(tracked, path)))
    return { kind: 'missing', wanted: absPath, reason: 'untracked' };
  if (!repository.url) return { kind: 'missing', wanted: absPath, reason: 'no-repository-url' };
  const view = kind === 'file' ? 'blob' : 'tree';
  const href = `${repository.url}/${view}/${encodePath(repository.branch)}/${encodePath(path)}${anchor ? `#${anchor}` : ''}`;
  return { kind: 'repository', absPath, path, href: href.replace(/\/$/, '') };
}

function hasTrackedFileUnder(tracked: ReadonlySet<string>, folder: string): boolean {
  if (folder === '') return tracked.size > 0;
  const prefix = `${folder}/`;
  for (const file of tracked) if (file.startsWith(prefix)) return true;
  return false;
}
