/**
 * Where content lives and what URL it gets: any folder of Markdown. A file's section is its top folder in the
 * docs folder ("" for files at its root); its slug is its path inside that section without the extension, and
 * a README.md or index.md stands for its folder (manual/a/README.md -> section "manual", slug "a"). The root
 * README/index is the home page. The folder the site config names as the glossary holds terms, which share one
 * page (/<folder>/#<term>).
 */
import { isAbsolute, join, resolve } from 'node:path';
import type { ReviewPeriod } from './review-dates.ts';

/** Where the docs are, and which folder (if any) is the glossary. */
export interface DocsLayout {
  /** Absolute path of the docs folder. */
  docsDir: string;
  /** Absolute path that shown file paths are relative to (the working directory). */
  displayRoot: string;
  /** Name of the top-level folder whose pages are glossary terms, if any. */
  glossary?: string | undefined;
  /**
   * The git checkout's top folder (absolute, written as docsDir is), when the docs are in one: repository-root
   * links (`/docs/x.md`) start there, and links may reach its other files.
   */
  repoRoot?: string | undefined;
  /**
   * Where the code host shows the repository's files (`${url}/blob/${branch}/...`), when known; `path` is the docs
   * folder's path in it, for links to a page's own lines.
   */
  repository?: { url: string; branch: string; path?: string | undefined } | undefined;
  /** The files git tracks, relative to repoRoot (asked only when a link leaves the docs folder). */
  trackedFiles?: (() => ReadonlySet<string>) | undefined;
  /** Front-matter keys every page of a section must write, by section folder (the config's `required`). */
  requiredKeys?: ReadonlyMap<string, readonly string[]> | undefined;
  /** How often pages with a `reviewed` date fall due (the config's `review.every`); a page's own wins. */
  reviewEvery?: ReviewPeriod | undefined;
  /** The codes of the site's other languages and where their translations are (the config's `locales`). */
  locales?: TranslationLayout | undefined;
}

/** Where translated pages are: `es/guides/x.md` (folder) or `guides/x.es.md` (suffix). */
export interface TranslationLayout {
  codes: readonly string[];
  layout: 'folder' | 'suffix';
}

export type PageKind = 'home' | 'page' | 'term';

export interface ContentLocation {
  kind: PageKind;
  /** Top-level folder in the docs folder; "" for files at its root (and the home page). */
  collection: string;
  /** Path inside the section without extension, index files standing for their folder; "" for a section's index. */
  slug: string;
  /** This file is a folder's README.md or index.md. */
  isIndex: boolean;
  /**
   * The locale the file is a translation into (its code: its site path starts /<code>/); absent or "" for the
   * default language. `collection` and `slug` are then those of the original, so a translation is found by them.
   */
  locale?: string | undefined;
}

/** The site's optional config file, in the docs folder (read by src/config/load-config.ts). */
export const configFileName = 'folio.config.yaml';

/** The anchor lock at the docs folder's root (src/lib/anchor-lock/): a file for the check, never published. */
export const lockFileName = 'folio.lock.yaml';

/** Names of the files that stand for their folder, in order of preference when both exist. */
export const indexNames = ['index.md', 'README.md', 'readme.md'] as const;
const markdownFile = /\.(md|markdown)$/i;

/**
 * The docs folder of a project: FOLIO_DOCS (set by the `folio` command to the folder it was given), else
 * content/ in `root`.
 */
export function docsFolder(root: string, env: NodeJS.ProcessEnv = process.env): string {
  const given = env['FOLIO_DOCS'];
  if (given) return isAbsolute(given) ? given : resolve(given);
  return join(root, 'content');
}

/** mdBook's name for a book's table of contents (https://rust-lang.github.io/mdBook/format/summary.html). */
export const summaryName = 'SUMMARY.md';

/**
 * Whether a file is a table of contents rather than a page: SUMMARY.md at the docs root, or in a top-level folder
 * (an mdBook keeps it in `src/`, so a docs folder that holds the whole book has it one level down). It orders the
 * navigation (src/lib/navigation/summary-files.ts) and is checked by src/lib/rules/summary.ts.
 */
export function isSummaryFile(relativePath: string): boolean {
  const parts = relativePath.split('/');
  return parts.length <= 2 && parts.at(-1) === summaryName;
}

/** Maps a path relative to the docs folder (forward slashes) to its place in the site, or undefined. */
export function locateContent(
  relativePath: string,
  layout: Pick<DocsLayout, 'glossary' | 'locales'>,
): ContentLocation | undefined {
  if (!markdownFile.test(relativePath) || isSummaryFile(relativePath)) return undefined;
  const translated = translationOf(relativePath, layout.locales);
  if (translated) {
    const original = locateContent(translated.original, { glossary: layout.glossary });
    return original && { ...original, locale: translated.locale };
  }
  const parts = relativePath.split('/');
  const name = parts.pop()!;
  const isIndex = (indexNames as readonly string[]).includes(name);
  const stem = name.replace(markdownFile, '');
  if (parts.length === 0) {
    if (isIndex) return { kind: 'home', collection: '', slug: '', isIndex };
    return { kind: 'page', collection: '', slug: stem, isIndex };
  }
  const [collection, ...folders] = parts as [string, ...string[]];
  const slug = (isIndex ? folders : [...folders, stem]).join('/');
  if (layout.glossary && collection === layout.glossary) {
    // The glossary folder's own README/index introduces the glossary page; every other file is one term.
    return { kind: isIndex && folders.length === 0 ? 'page' : 'term', collection, slug, isIndex };
  }
  return { kind: 'page', collection, slug, isIndex };
}

/**
 * A translated file's locale and the path of the original it translates (relative to the docs folder):
 * `es/guides/x.md` -> es, `guides/x.md` (folder layout); `guides/x.es.md` -> es, `guides/x.md` (suffix layout).
 */
export function translationOf(
  relativePath: string,
  locales: TranslationLayout | undefined,
): { locale: string; original: string } | undefined {
  if (!locales || locales.codes.length === 0) return undefined;
  if (locales.layout === 'folder') {
    const slash = relativePath.indexOf('/');
    const first = relativePath.slice(0, slash);
    return slash > 0 && locales.codes.includes(first)
      ? { locale: first, original: relativePath.slice(slash + 1) }
      : undefined;
  }
  const match = /^(.*)\.([a-z0-9-]+)(\.(?:md|markdown))$/i.exec(relativePath);
  return match && locales.codes.includes(match[2]!)
    ? { locale: match[2]!, original: `${match[1]}${match[3]}` }
    : undefined;
}

/** Where a translation of the original at `original` (relative to the docs folder) is written. */
export function translationFile(original: string, locale: string, locales: TranslationLayout): string {
  if (locales.layout === 'folder') return `${locale}/${original}`;
  return original.replace(/(\.(?:md|markdown))$/i, `.${locale}$1`);
}

/**
 * A page's place in the site whatever its language: a translation has its original's kind, section, slug and
 * fragment, so the same key finds the page in every language.
 */
export const pagePlace = (page: ContentLocation & { hash: string }) =>
  `${page.kind}\0${page.collection}\0${page.slug}\0${page.hash}`;

/** The prefix of a locale's site paths: "" for the default language, "/es" for es. */
export const localePrefix = (locale: string | undefined) => (locale ? `/${locale}` : '');

/** Site path (no base, trailing slash) and fragment of a located file. */
export function locationPath(location: ContentLocation): { path: string; hash: string } {
  const prefix = localePrefix(location.locale);
  if (location.kind === 'home') return { path: `${prefix}/`, hash: '' };
  if (location.kind === 'term') return { path: `${prefix}/${location.collection}/`, hash: location.slug };
  const parts = [location.collection, location.slug].filter(Boolean);
  return { path: parts.length ? `${prefix}/${parts.join('/')}/` : `${prefix}/`, hash: '' };
}
