/**
 * The shape of `folio.config.yaml`, the optional config file in the docs folder. Every option is optional:
 * what it leaves out is derived from the folder (title, tagline, sections), from git (repository) or fixed
 * (the rest), by src/config/load-config.ts. Objects are strict, so a misspelt key is an error with a hint,
 * never a setting silently ignored.
 */
import { z } from 'astro/zod';
import { closest } from '../lib/closest.ts';
import { parsePeriod, periodHint, type ReviewPeriod } from '../lib/review-dates.ts';
import { normalizeBasePath, normalizeSiteUrl } from './site-address.ts';
import { allowedPlaceholders, defaultUiStrings, placeholders, type UiStrings } from './ui-strings.ts';

/** Content pages per search index shard when neither the config nor SEARCH_SHARD_PAGES says (src/incremental/search-shards.ts). */
export const defaultPagesPerShard = 500;

const configNames = { url: 'url', base: 'base' };

/** A setting the normaliser may refuse: its message becomes the issue. */
function normalised(normalise: (value: string) => string) {
  return (value: string, context: z.RefinementCtx) => {
    try {
      return normalise(value);
    } catch (cause) {
      context.addIssue({ code: 'custom', message: (cause as Error).message });
      return z.NEVER;
    }
  };
}

/** One folder directly inside the docs folder, as written in the config (`manual`, also `manual/`). */
const folderName = z
  .string()
  .trim()
  .transform((value) => value.replace(/\/+$/, ''))
  .refine((value) => value !== '', 'a folder name must not be empty')
  .refine(
    (value) => !/[/\\]/.test(value),
    'name a folder directly inside the docs folder, without slashes (sections are top-level folders)',
  )
  .refine((value) => value !== '.' && value !== '..', 'name a folder inside the docs folder');

const section = z
  .strictObject({
    folder: folderName.describe('The top-level folder of the docs folder that this section is made of.'),
    label: z
      .string()
      .trim()
      .min(1, 'label must not be empty')
      .optional()
      .describe('Name of the section in navigation and headings. Default: the folder name, humanised.'),
    description: z
      .string()
      .trim()
      .optional()
      .describe(
        "What the section is for, in a sentence, shown on its index page and the home page. Default: the folder's README/index description, else none.",
      ),
    required: z
      .array(z.string().trim().min(1, 'a required key must not be empty'))
      .optional()
      .describe(
        'Front-matter keys every page of the section must write (e.g. [title, description]): `folio check` reports a page without one. Default: none.',
      ),
  })
  .describe('One section: a top-level folder, with its label and purpose.');

/** Rule ids are kebab-case, as the rules name themselves. */
const ruleId = z.string().regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'rule ids are kebab-case, e.g. "links"');

export const ruleLevel = z.enum(['error', 'warning', 'off'], { error: 'a rule level is error, warning or off' });
export type RuleLevel = z.infer<typeof ruleLevel>;

/** UI string overrides: only keys of the default table, using only the placeholders the default uses. */
const uiOverrides = z.record(z.string(), z.string()).superRefine((overrides, context) => {
  for (const [key, value] of Object.entries(overrides)) {
    const allowed = allowedPlaceholders(key);
    if (allowed === undefined) {
      const near = closest(key, Object.keys(defaultUiStrings));
      context.addIssue({
        code: 'custom',
        path: [key],
        message: `unknown UI string "${key}"`,
        params: {
          hint: near
            ? `did you mean "${near}"?`
            : 'the keys are those of the default table in src/config/ui-strings.ts',
        },
      });
      continue;
    }
    for (const name of placeholders(value).filter((name) => !allowed.includes(name))) {
      const near = closest(name, allowed);
      context.addIssue({
        code: 'custom',
        path: [key],
        message: `UI string "${key}" uses {${name}}, which it is never given`,
        params: {
          hint: near
            ? `did you mean {${near}}?`
            : allowed.length
              ? `it can use ${allowed.map((a) => `{${a}}`).join(', ')}`
              : 'it takes no placeholders',
        },
      });
    }
  }
});

/** Whether `tag` is a well-formed BCP 47 language tag (en, de, pt-BR, zh-Hant). */
export function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** A repository's web address as written in the config: http(s), without credentials or a trailing ".git". */
const repositoryUrl = z
  .string()
  .trim()
  .superRefine((value, context) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      context.addIssue({ code: 'custom', message: `not an absolute URL: "${value}"` });
      return;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
      context.addIssue({ code: 'custom', message: 'the repository URL is its web address, starting with https://' });
    else if (url.username || url.password)
      context.addIssue({
        code: 'custom',
        message: 'the repository URL holds credentials, which would be published on every page',
      });
  })
  .transform((value) => value.replace(/\/+$/, '').replace(/\.git$/, ''));

/** A locale's code: its URL prefix and folder (or file suffix) name, such as es, pt-br or zh-hant. */
const localeCode = z
  .string()
  .trim()
  .regex(/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/, 'a locale code is a lower-case language tag such as es, pt-br or zh-hant')
  .refine(isLanguageTag, 'a locale code is a lower-case language tag such as es, pt-br or zh-hant');

const localeSchema = z
  .strictObject({
    code: localeCode.describe(
      'Its URL prefix (/es/) and where its pages are: the folder es/ in the docs folder, or files named x.es.md.',
    ),
    lang: z
      .string()
      .trim()
      .refine(isLanguageTag, 'lang is a BCP 47 language tag, such as es, de or pt-BR')
      .optional()
      .describe('Its language tag (<html lang>, search, dates). Default: the code.'),
    label: z
      .string()
      .trim()
      .min(1, 'label must not be empty')
      .optional()
      .describe("Its name in the language switcher. Default: the language's own name for itself (Español)."),
    dir: z
      .enum(['ltr', 'rtl'], { error: 'dir is ltr or rtl' })
      .optional()
      .describe("Its writing direction. Default: the language's (rtl for Arabic, Hebrew, Persian, Urdu...)."),
    title: z.string().trim().min(1, 'title must not be empty').optional().describe('The site title in it.'),
    tagline: z.string().trim().optional().describe('The tagline in it.'),
    sections: z
      .record(
        z.string(),
        z.strictObject({
          label: z.string().trim().min(1, 'label must not be empty').optional(),
          description: z.string().trim().optional(),
        }),
      )
      .default({})
      .describe('Section labels and purposes in it, by section folder: { guides: { label: Guías } }.'),
    ui: uiOverrides
      .default({})
      .describe('Overrides of its UI strings; a language without a built-in table must give every one.'),
  })
  .describe('A translation of the site: its code, language and words.');

export const siteConfigSchema = z
  .strictObject({
    title: z
      .string()
      .trim()
      .min(1, 'title must not be empty')
      .optional()
      .describe(
        "Site name, in the header, the <title> suffix and feeds. Default: an mdBook book.toml's title, else the root README.md/index.md's first H1, else the docs folder's name.",
      ),
    tagline: z
      .string()
      .trim()
      .optional()
      .describe(
        "One line about the site, for the home page and feeds. Default: an mdBook book.toml's description, else the root page's description, else its first paragraph, else none.",
      ),
    lang: z
      .string()
      .trim()
      .refine(isLanguageTag, 'lang is a BCP 47 language tag, such as en, de or pt-BR')
      .optional()
      .describe(
        "Language of the pages (<html lang>, search, hyphenation), a BCP 47 tag. Default: an mdBook book.toml's language, else en.",
      ),
    url: z
      .string()
      .transform(normalised((value) => normalizeSiteUrl(value, configNames)))
      .default('http://localhost:4321')
      .describe(
        'Origin the site is published at, for canonical links, the sitemap and feeds. The environment variable SITE_URL wins. Default: http://localhost:4321.',
      ),
    base: z
      .string()
      .transform(normalizeBasePath)
      .default('/')
      .describe('Sub-path the site lives under, such as /docs/. The environment variable BASE_PATH wins. Default: /.'),
    repository: z
      .strictObject({
        url: repositoryUrl
          .optional()
          .describe("Web address of the repository, such as https://github.com/o/r. Default: git's origin remote."),
        branch: z
          .string()
          .trim()
          .min(1, 'branch must not be empty')
          .optional()
          .describe('Branch that "Edit this page" opens. Default: the checked-out branch, else main.'),
        path: z
          .string()
          .trim()
          .transform((value) => value.replace(/^\/+|\/+$/g, ''))
          .optional()
          .describe("The docs folder's path inside the repository, such as docs. Default: from git."),
      })
      .optional()
      .describe(
        'Where the docs live on the code host, for "Edit this page" and links to files outside the docs folder. Default: from git; none outside a git checkout.',
      ),
    sections: z
      .array(section)
      .optional()
      .describe(
        'The sections in navigation order, each a top-level folder with a label and a purpose. Folders left out follow, by name. Default: every top-level folder, by name.',
      ),
    glossary: folderName
      .optional()
      .describe(
        'The top-level folder whose pages are glossary terms, shown together on one page (/<folder>/#term). Default: none.',
      ),
    ui: uiOverrides
      .default({})
      .describe(
        'Overrides of the UI strings, by key of the default table (src/config/ui-strings.ts), e.g. { search.label: Suche }. Default: English.',
      ),
    locales: z
      .array(localeSchema)
      .default([])
      .describe(
        'Languages the site is translated into besides `lang`, which stays at the root: each at its prefix (/es/), with pages not yet translated shown in the default language and a notice. Default: none.',
      ),
    translations: z
      .enum(['folder', 'suffix'], { error: 'translations is folder or suffix' })
      .default('folder')
      .describe(
        'Where translated pages are: in a folder per locale (es/guides/x.md) or beside the original (guides/x.es.md). Default: folder.',
      ),
    rules: z
      .record(ruleId, ruleLevel)
      .default({})
      .describe(
        'Level of each content rule by id: error, warning or off. Default: what breaks a reader is an error, the rest warnings.',
      ),
    strict: z
      .boolean({ error: 'strict is true or false' })
      .default(false)
      .describe('Count warnings as errors, as the --strict option does. Default: false.'),
    review: z
      .strictObject({
        every: z
          .string({ error: `review.every is a period: ${periodHint}` })
          .superRefine((value, context) => {
            if (!parsePeriod(value)) context.addIssue({ code: 'custom', message: `not a period: ${periodHint}` });
          })
          .optional()
          .describe(
            "How often a page with a `reviewed` date should be reviewed again, e.g. 12 months; a page's `review_every` wins. Default: none (pages are never due).",
          ),
        strict: z
          .boolean({ error: 'review.strict is true or false' })
          .default(false)
          .describe(
            'Whether --strict (and `strict: true`) counts an overdue review as an error. Default: false: an overdue review stays a warning, so a date passing never breaks a build.',
          ),
      })
      .default({ strict: false })
      .describe('Review dates: when pages that say when they were last reviewed fall due.'),
    searchShardPages: z
      .number({ error: 'searchShardPages is a whole number' })
      .int('searchShardPages is a whole number')
      .min(1, 'searchShardPages is at least 1')
      .default(defaultPagesPerShard)
      .describe(
        `Content pages per search index shard: a larger site's index is split so a rebuild re-indexes only the shard of a changed page. The environment variable SEARCH_SHARD_PAGES wins. Default: ${defaultPagesPerShard}.`,
      ),
  })
  .describe('folio.config.yaml: the site settings. Every key is optional.');

/** The config file as written (what YAML gives the schema). */
export type SiteConfigInput = z.input<typeof siteConfigSchema>;
/** The config file after validation, before defaults are derived from the folder and git. */
export type SiteConfigFile = z.infer<typeof siteConfigSchema>;

export interface SectionConfig {
  folder: string;
  label: string;
  description: string;
  /** Listed in the config file: its place there is the section's order. Others are ordered by the content. */
  configured: boolean;
  /** Front-matter keys each of its pages must write. */
  required: string[];
}

export interface RepositoryConfig {
  /** Web address, without a trailing slash: `${url}/edit/${branch}/${path}/${file}` edits a page. */
  url: string;
  branch: string;
  /** The docs folder's path in the repository, without slashes around it; "" when it is the root. */
  path: string;
}

/** The site settings with every default filled in: what the build uses. */
export interface SiteConfig {
  title: string;
  tagline: string;
  lang: string;
  /** Origin, without a trailing slash. */
  url: string;
  /** Sub-path with a leading and trailing slash. */
  base: string;
  /** Undefined outside a git checkout when the config names no repository URL. */
  repository: RepositoryConfig | undefined;
  /** Every top-level folder holding Markdown, the configured ones first, in their order. */
  sections: SectionConfig[];
  glossary: string | undefined;
  /** The UI string table with the config's overrides applied. */
  ui: UiStrings;
  /**
   * Every language of the site, the default first (code "", at the root), then the config's locales in order.
   * With no locales configured there is only the default: no prefix, no switcher.
   */
  locales: SiteLocale[];
  /** Where translations are: a folder per locale, or a suffix before the extension. */
  translations: 'folder' | 'suffix';
  rules: Record<string, RuleLevel>;
  strict: boolean;
  /** The review period of pages with a `reviewed` date, and whether strict counts an overdue one as an error. */
  review: { every: ReviewPeriod | undefined; strict: boolean };
  searchShardPages: number;
  /** The docs folder, absolute. */
  docsDir: string;
  /** The config file read, absolute; undefined when there is none. */
  configFile: string | undefined;
}

/** One language of the site, every default filled in. */
export interface SiteLocale {
  /** "" for the default locale; else its URL prefix and folder or suffix name. */
  code: string;
  lang: string;
  label: string;
  dir: 'ltr' | 'rtl';
  title: string;
  tagline: string;
  /** Section labels and purposes in this language, by folder (the default locale's come from `sections`). */
  sections: Readonly<Record<string, { label?: string | undefined; description?: string | undefined }>>;
  /** Its UI strings: the built-in table of its language (or the site's config), with its overrides on top. */
  ui: UiStrings;
}
