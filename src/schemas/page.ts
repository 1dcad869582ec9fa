/**
 * The front matter of every page, whatever its folder: every key is optional, because a docs tree written for
 * another generator (or for none) must build as it is. It understands our own keys and the keys Hugo, Jekyll,
 * Docusaurus and MkDocs users already write; src/lib/content-graph/page-meta.ts turns them into the page's
 * title, order, URL, redirects and so on.
 *
 * The object is strict: a key listed nowhere here is reported ("unknown front matter key", with the closest key
 * as a hint), so a typo never silently drops data. Keys of other generators that mean nothing for this site are
 * listed too, in `ignoredKeys`, each with the reason it has no effect: accepted on purpose, not by accident.
 */
import { z } from 'astro/zod';
import { slug as githubSlug } from 'github-slugger';
import { parseDay, parsePeriod, periodHint } from '../lib/review-dates.ts';
import { movedAnchors, source } from './fields.ts';

/** A key's value may be one item or a list of them (Jekyll's `redirect_from: /old/`); the page sees a list. */
function oneOrMany<T extends z.ZodType>(item: T) {
  return z.preprocess((value) => (typeof value === 'string' ? [value] : value), z.array(item));
}

/** Plain text, trimmed, not empty. */
function text(key: string) {
  return z
    .string({ error: `${key} is text, e.g. ${key}: Getting started` })
    .trim()
    .min(1, `${key} must not be empty`);
}

/**
 * Why a site path written in front matter (an old URL, a permalink, a slug) cannot be one, or undefined. Paths
 * are resolved later (page-meta.ts); here only what can never be a path on this site is refused.
 */
export function sitePathProblem(value: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('//'))
    return 'write a path on this site, e.g. /manual/old-name/, not a full address';
  if (/\s/.test(value)) return 'a path has no spaces: write them as "-" or %20';
  if (/[?#]/.test(value)) return 'a path has no ?query or #fragment';
  if (value.includes('\\')) return 'write paths with forward slashes "/"';
  if (/(?:^|\/):[a-z_]/i.test(value))
    return 'placeholders such as /:title/ are not filled in: write the path itself, e.g. /manual/old-name/';
  return undefined;
}

/** A path on this site, as written in front matter (absolute, relative, with or without .html). */
const sitePath = z
  .string({ error: 'write a path on this site, e.g. /manual/old-name/' })
  .trim()
  .min(1, 'a path must not be empty')
  .superRefine((value, context) => {
    const problem = sitePathProblem(value);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  });

/** A navigation order: pages with smaller numbers come first; decimals allowed, as Docusaurus allows them. */
function orderNumber(key: string) {
  return z.number({ error: `${key} is a number, e.g. ${key}: 3 (smaller numbers come first)` });
}

/**
 * A tag as readers see it: any text ("Getting Started", "C++"). Its URL-safe slug comes from github-slugger
 * (page-meta.ts), so it needs at least one letter or digit.
 */
export const tagLabel = z
  .string({ error: 'a tag is text, e.g. tags: [packaging, Getting Started]' })
  .trim()
  .min(1, 'a tag must not be empty')
  .refine((value) => githubSlug(value) !== '', 'a tag needs at least one letter or digit');

/** A BCP 47 language tag (`en`, `de`, `pt-BR`), checked by the runtime's own locale parser. */
const languageTag = z
  .string({ error: 'lang is a language tag, e.g. lang: de' })
  .trim()
  .refine((value) => {
    try {
      return Intl.getCanonicalLocales(value).length === 1;
    } catch {
      return false;
    }
  }, 'lang is a BCP 47 language tag, e.g. en, de or pt-BR');

/**
 * The longest description search engines show; a longer one is still used as written (nothing the author wrote
 * is cut) but reported as a warning (page-front-matter.ts). A description made from the first paragraph is cut
 * at a word boundary to fit.
 */
export const descriptionLimit = 160;

/**
 * Keys of other generators that change nothing here, each with the reason. They are accepted (any value) so a
 * tree written for those generators builds without edits, and listed so the choice is visible: docs/FRONT-MATTER.md
 * shows this table.
 */
export const ignoredKeys = {
  id: "Docusaurus's document id: here a page is known by its file path",
  layout: 'Jekyll/Hugo template name: every page uses the one page layout',
  type: 'Hugo content type, which picks a template: every page uses the one page layout',
  template: 'MkDocs template name: every page uses the one page layout',
  date: '"Last updated" comes from the git history of the file',
  lastmod: '"Last updated" comes from the git history of the file',
  last_modified_date: '"Last updated" comes from the git history of the file',
  last_update: '"Last updated" comes from the git history of the file',
  keywords: 'search engines ignore <meta name="keywords">; site search indexes the text itself',
  hide_title: 'every page shows its title as its one <h1>, which screen readers and the outline rely on',
  hide_table_of_contents: 'the table of contents is shown whenever a page has sections to list',
  toc: 'the table of contents is shown whenever a page has sections to list',
  has_toc: 'the table of contents is shown whenever a page has sections to list',
  hide: 'MkDocs Material hides navigation or the table of contents: both are always shown',
  parent: 'folders are the structure: a page belongs to the folder it is in',
  grand_parent: 'folders are the structure: a page belongs to the folder it is in',
  has_children: 'folders are the structure: a folder with pages has children',
  nav_exclude: 'every page is in the navigation, so none is hard to find',
  menu: 'Hugo menus: the navigation is built from the folders',
  pagination_prev: 'previous/next follow the reading order of the navigation',
  pagination_next: 'previous/next follow the reading order of the navigation',
  custom_edit_url:
    '"Edit this page" links to the file in the repository; its sections get no "View source" links, as its Markdown is kept elsewhere',
  image: 'social preview images are not generated',
  icon: 'MkDocs Material page icon: the navigation shows no icons',
} as const satisfies Record<string, string>;

const ignored = Object.fromEntries(
  Object.entries(ignoredKeys).map(([key, reason]) => [key, z.unknown().optional().describe(`Ignored: ${reason}.`)]),
) as Record<keyof typeof ignoredKeys, z.ZodOptional<z.ZodUnknown>>;

export const pageSchema = z.strictObject({
  // --- Our own keys ---
  /** The page's heading and <title>. Default: the body's first `#` heading, else the file name. */
  title: text('title').optional(),
  /**
   * One or two plain sentences for previews, indexes and search results. Default: the first paragraph, cut at a
   * word boundary. Over 160 characters is a warning, not an error: search engines cut it, nothing breaks.
   */
  description: text('description').optional(),
  /** Topics, any text ("Getting Started"); each gets a page at /tags/<slug>/. One tag may be written bare. */
  tags: oneOrMany(tagLabel).optional(),
  /** `true` keeps the page out of production builds (the dev server still shows it). Hugo and Docusaurus too. */
  draft: z.boolean({ error: 'draft is true or false' }).optional(),
  /**
   * Old URLs of this page (Jekyll's jekyll-redirect-from; ours): one path or a list. Each gets a small page that
   * sends readers on, keeping any #anchor. A path without a leading "/" is from the site root, as in Jekyll;
   * `/old/page.html` keeps its .html, so links to the old file still land.
   */
  redirect_from: oneOrMany(sitePath).optional(),
  /** Retired section ids: old anchor -> current heading id, so old links land on the right section. */
  moved_anchors: movedAnchors,
  /** The original text this page retells (credited first). */
  source: source.optional(),
  /** Texts this page draws on, credited on the page. Default: none. */
  sources: z.array(source).default([]),
  /**
   * The guide a checklist condenses, as a relative link to its file (`../manual/x.md`). When set, every item
   * must link to a section of that guide. Default: none.
   */
  guide: z.string().trim().min(1).optional(),
  /**
   * The day someone last checked the page is still true, YYYY-MM-DD: shown as "Last reviewed", and with a review
   * period (`review_every`, else the config's `review.every`) reported by `folio check` once it falls due.
   */
  reviewed: z
    .string({ error: 'reviewed is a day, e.g. reviewed: 2026-11-30' })
    .trim()
    .refine((value) => parseDay(value) !== undefined, 'reviewed is a real day written YYYY-MM-DD, e.g. 2026-11-30')
    .optional(),
  /** Who looks after the page (names or @handles): named in the overdue-review warning and list. */
  owners: oneOrMany(text('owners')).optional(),
  /** How often the page should be reviewed ("6 months"), instead of the config's `review.every`. */
  review_every: z
    .string({ error: `review_every is a period: ${periodHint}` })
    .trim()
    .refine((value) => parsePeriod(value) !== undefined, `review_every is a period: ${periodHint}`)
    .optional(),

  /**
   * What a translation was last synced with: a commit of the original (7 to 40 hex digits) or a day
   * (YYYY-MM-DD). Default: the translation's own last commit. When the original changed after it, the page says
   * so and `folio check` lists it.
   */
  translated_from: z
    .union([z.string(), z.date()], { error: 'translated_from is a commit or a day, e.g. translated_from: 2026-11-30' })
    .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value.trim()))
    .refine(
      (value) => /^[0-9a-f]{7,40}$/i.test(value) || parseDay(value) !== undefined,
      'translated_from is a commit of the original (7 to 40 hex digits) or a day written YYYY-MM-DD',
    )
    .optional(),

  // --- Other generators' keys with the same meaning ---
  /** Navigation order (Hugo). Smaller first; as in Hugo, 0 means "no order given". */
  weight: orderNumber('weight').optional(),
  /** Navigation order (Docusaurus). Smaller first. */
  sidebar_position: orderNumber('sidebar_position').optional(),
  /** Navigation order (Jekyll's Just the Docs theme). Smaller first. */
  nav_order: orderNumber('nav_order').optional(),
  /** The page's name in the navigation, when shorter than its title (Docusaurus). */
  sidebar_label: text('sidebar_label').optional(),
  /** The page's name in the navigation, when shorter than its title (Hugo). */
  linkTitle: text('linkTitle').optional(),
  /**
   * Old URLs of this page (Hugo). A path without a leading "/" is relative to the page's folder, as in Hugo
   * (`aliases: [old-name]` in manual/x.md is /manual/old-name/).
   */
  aliases: oneOrMany(sitePath).optional(),
  /**
   * The last segment of the page's URL (Hugo, Docusaurus); with a leading "/" (Docusaurus) the whole path.
   * `slug: setup` in manual/install.md puts the page at /manual/setup/.
   */
  slug: sitePath.optional(),
  /** The page's whole URL path (Jekyll), e.g. /start/. A `.html` permalink serves at the folder URL and redirects. */
  permalink: sitePath.optional(),
  /** The page's whole URL path (Hugo), like `permalink`. */
  url: sitePath.optional(),
  /** The page's language when it differs from the site's (BCP 47: `de`, `pt-BR`): <html lang>, search, hyphens. */
  lang: languageTag.optional(),
  /** `published: false` (Jekyll) is `draft: true`. */
  published: z.boolean({ error: 'published is true or false' }).optional(),
  /** Hugo/Jekyll categories: added to the page's tags (one taxonomy here). */
  categories: oneOrMany(tagLabel).optional(),
  /** A summary (Hugo `summary`, Jekyll `excerpt`): the description when `description` is not set. */
  summary: text('summary').optional(),
  excerpt: text('excerpt').optional(),

  // --- Other generators' keys that change nothing here (see ignoredKeys) ---
  ...ignored,
});

export type PageFrontMatter = z.infer<typeof pageSchema>;
export type PageFrontMatterInput = z.input<typeof pageSchema>;

/**
 * Keys that say the same thing; when a page sets more than one, the first listed wins and the others are
 * reported as overridden (page-front-matter.ts), so no value is dropped without a word.
 */
export const synonymKeys = {
  order: ['sidebar_position', 'nav_order', 'weight'],
  navLabel: ['sidebar_label', 'linkTitle'],
  url: ['permalink', 'url', 'slug'],
} as const satisfies Record<string, readonly (keyof PageFrontMatter)[]>;
