/**
 * What a page says about itself, from its checked front matter (src/schemas/page.ts) and its body: title,
 * description, navigation order and label, URL, redirects, language, draft state and tags. Front matter is
 * optional, so each value has a fallback the body or the file name provides, and each generator's key
 * (`weight`, `sidebar_position`, `nav_order`, ...) lands on the same value.
 */
import type { Root } from 'mdast';
import { posix } from 'node:path';
import { slug as githubSlug } from 'github-slugger';
import { descriptionLimit, type PageFrontMatter } from '../../schemas/page.ts';
import { plainText, titleHeading } from '../title-heading.ts';

export interface PageMetaInput {
  /** Checked front matter; undefined when the file has none or it is invalid (then the body decides). */
  data: PageFrontMatter | undefined;
  /** The body's mdast tree. */
  tree: Root;
  /** The file's name, e.g. `getting-started.md` or `README.md`. */
  fileName: string;
  /** The name of the folder the file is in (the docs folder's own name for the root); names README/index pages. */
  folderName?: string;
  /** The page's site path as its file gives it (`/manual/x/`, `/manual/` for manual/README.md, `/` for the root). */
  path: string;
}

export interface Tag {
  /** As written, e.g. "Getting Started". */
  label: string;
  /** URL-safe, from github-slugger, e.g. "getting-started". */
  slug: string;
}

export interface PageMeta {
  title: string;
  /** Where the title came from; 'h1' means the body's title heading should not be rendered again. */
  titleFrom: 'front-matter' | 'h1' | 'file';
  /** Plain text, or "" when the page has none. */
  description: string;
  descriptionFrom: 'front-matter' | 'paragraph' | 'none';
  /** Navigation order (`sidebar_position`, `nav_order`, `weight`): smaller first; unset pages after ordered ones. */
  order?: number;
  /** Shorter name for the navigation (`sidebar_label`, `linkTitle`). */
  navLabel?: string;
  /**
   * Old site paths that should lead to this page, without base path, deduplicated: folder paths end with "/"
   * (`/old/path/`), old files keep their name (`/old/page.html`) so links to them still land.
   */
  redirects: string[];
  /** The page's site path when front matter moves it (`permalink`, `url`, `slug`), ending with "/". */
  url?: string;
  /** Canonical BCP 47 tag (`de`, `pt-BR`) when front matter sets one. */
  lang?: string;
  draft: boolean;
  /** Tags and categories, one per slug, in the order written. */
  tags: Tag[];
}

export function pageMeta({ tree, ...input }: PageMetaInput): PageMeta {
  return pageMetaFromFacts({ ...input, titleText: titleHeading(tree)?.text, paragraph: firstParagraphText(tree) });
}

/** What the body offers a page's meta: its title heading's text and its first paragraph's (see pageMeta). */
export interface BodyFacts {
  titleText: string | undefined;
  paragraph: string | undefined;
}

/** pageMeta from facts already collected from the body (the content graph keeps no tree). */
export function pageMetaFromFacts({
  data,
  titleText,
  paragraph,
  fileName,
  folderName,
  path,
}: Omit<PageMetaInput, 'tree'> & BodyFacts): PageMeta {
  const folder = folderPage(fileName) ? path : parentPath(path);
  const heading = data?.title === undefined && titleText ? { text: titleText } : undefined;
  const title = data?.title ?? heading?.text ?? fileTitle(fileName, folderName);
  const frontDescription = data?.description;
  const summary = data?.summary ?? data?.excerpt;
  const description = frontDescription ?? cutAtWord(summary ?? paragraph ?? '', descriptionLimit);
  const moved = data ? movedUrl(data, folder) : undefined;
  const redirects = new Set<string>([
    ...(data?.redirect_from ?? []).map((from) => redirectPath(from, '/')),
    ...(data?.aliases ?? []).map((alias) => redirectPath(alias, folder)),
    ...(moved?.redirect ? [moved.redirect] : []),
  ]);
  redirects.delete(moved?.url ?? path);
  const order = data?.sidebar_position ?? data?.nav_order ?? (data?.weight === 0 ? undefined : data?.weight);
  const navLabel = data?.sidebar_label ?? data?.linkTitle;
  return {
    title,
    titleFrom: data?.title !== undefined ? 'front-matter' : heading ? 'h1' : 'file',
    description,
    descriptionFrom:
      frontDescription !== undefined || summary !== undefined ? 'front-matter' : description ? 'paragraph' : 'none',
    ...(order === undefined ? {} : { order }),
    ...(navLabel === undefined ? {} : { navLabel }),
    redirects: [...redirects],
    ...(moved ? { url: moved.url } : {}),
    ...(data?.lang === undefined ? {} : { lang: Intl.getCanonicalLocales(data.lang)[0] ?? data.lang }),
    draft: data?.draft === true || data?.published === false,
    tags: uniqueTags([...(data?.tags ?? []), ...(data?.categories ?? [])]),
  };
}

/** README.md, index.md and Hugo's _index.md are their folder's page, in any case, as .md or .markdown. */
export function folderPage(fileName: string): boolean {
  return /^(?:readme|index|_index)\.(?:md|markdown)$/i.test(fileName);
}

/** `/manual/x/` -> `/manual/`; `/` stays `/`. */
function parentPath(path: string): string {
  const parent = posix.dirname(path.replace(/\/+$/, '') || '/');
  return parent === '/' ? '/' : `${parent}/`;
}

/**
 * A title from the file name: `getting-started.md` -> "Getting started", `02_setup.md` -> "Setup" (a number
 * prefix only orders files); a folder's README/index is named after its folder.
 */
export function fileTitle(fileName: string, folderName?: string): string {
  const stem = fileName.replace(/\.(?:md|markdown)$/i, '');
  const name = folderPage(fileName) && folderName ? folderName : stem;
  const words = name
    .replace(/^\d+(?:[-_.\s]+)(?=\S)/, '')
    .replace(/[-_]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!words) return name;
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The plain text of the body's first top-level paragraph that has words: headings, raw HTML, code, lists,
 * quotes and callouts are skipped, and so are paragraphs of images only (badges, logos, even when linked).
 */
export function firstParagraphText(tree: Root): string | undefined {
  for (const node of tree.children) {
    if (node.type !== 'paragraph') continue;
    // Image alt text is left out, so a paragraph of badges or logos (linked or not, with separators) has no words.
    const text = plainText(node);
    if (/[\p{L}\p{N}]/u.test(text)) return text;
  }
  return undefined;
}

/**
 * Cuts text to at most `limit` characters at a word boundary, ending with "…" when cut. A single word longer
 * than the limit is cut inside it (never inside a surrogate pair).
 */
export function cutAtWord(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const room = text.slice(0, limit); // the ellipsis takes the place of the space (or character) cut at
  const space = room.lastIndexOf(' ');
  let cut = space > 0 ? room.slice(0, space) : room.slice(0, limit - 1);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.replace(/[\s,;:.\u2013\u2014-]+$/, '')}…`;
}

/**
 * An old URL as a site path: resolved against `from` (the site root for Jekyll's redirect_from, the page's
 * folder for Hugo's aliases); `index.html` is its folder; another `.html`/`.htm` file keeps its name; anything
 * else is a folder path ending with "/".
 */
export function redirectPath(value: string, from: string): string {
  const resolved = posix.resolve(from, value);
  if (/\/index\.html?$/i.test(resolved)) return folderPath(posix.dirname(resolved));
  if (/\.html?$/i.test(resolved)) return resolved;
  return folderPath(resolved);
}

function folderPath(path: string): string {
  return path === '/' ? '/' : `${path}/`;
}

/**
 * Where front matter puts the page: `permalink` or `url` is the whole path; `slug` is the last segment, or the
 * whole path when it starts with "/" (Docusaurus). A path to an .html file becomes its folder URL (the site's
 * URLs are folders), with the .html path kept as a redirect.
 */
/**
 * The URL front matter gives a page (`slug`, `permalink`, `url`), if any: what links to the page must use, known
 * from the front matter alone (the renderer's table of pages has no parsed bodies).
 */
export function frontMatterUrl(data: Record<string, unknown>, fileName: string, path: string): string | undefined {
  const written = (key: string) => (typeof data[key] === 'string' ? data[key] : undefined);
  const keys = { permalink: written('permalink'), url: written('url'), slug: written('slug') };
  if (!keys.permalink && !keys.url && !keys.slug) return undefined;
  return movedUrl(keys as PageFrontMatter, folderPage(fileName) ? path : parentPath(path))?.url;
}

function movedUrl(data: PageFrontMatter, folder: string): { url: string; redirect?: string } | undefined {
  const whole = data.permalink ?? data.url;
  const written = whole ?? data.slug;
  if (written === undefined) return undefined;
  const resolved = posix.resolve(whole !== undefined ? '/' : folder, written);
  if (/\/index\.html?$/i.test(resolved)) return { url: folderPath(posix.dirname(resolved)) };
  if (/\.html?$/i.test(resolved)) return { url: folderPath(resolved.replace(/\.html?$/i, '')), redirect: resolved };
  return { url: folderPath(resolved) };
}

function uniqueTags(labels: readonly string[]): Tag[] {
  const bySlug = new Map<string, Tag>();
  for (const label of labels) {
    const slug = githubSlug(label);
    if (slug && !bySlug.has(slug)) bySlug.set(slug, { label, slug });
  }
  return [...bySlug.values()];
}
