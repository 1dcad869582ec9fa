/**
 * Every piece of text the site itself shows (not the content's), in English, under a dotted key. A site in
 * another language, or one that wants other wording, overrides keys in its config file (`ui:`); the rest keep
 * these defaults. Placeholders in braces (`{count}`) are filled by `format`; a string that depends on a number
 * has one key per plural category (`.one`, `.other`, and for other languages `.zero`, `.two`, `.few`, `.many`),
 * chosen by `plural` with the page language's plural rules.
 *
 * Wording that names the site or its sections comes from the config (title, section labels), never from here.
 */

export const defaultUiStrings = {
  // Header and navigation
  'header.search': 'Search',
  'header.menu': 'Menu',
  'nav.site': 'Site',
  'nav.breadcrumbs': 'Breadcrumbs',
  'nav.home': 'Home',
  'nav.allPages.one': 'All {count} page…',
  'nav.allPages.other': 'All {count} pages…',
  'nav.prevNext': 'Previous and next page',
  'nav.previous': 'Previous',
  'nav.next': 'Next',
  'nav.skipToContent': 'Skip to content',
  'nav.folderToggle': 'Pages in {label}',
  'nav.more.one': '{count} more…',
  'nav.more.other': '{count} more…',

  // The document head and footer
  'meta.pageTitle': '{title} | {site}',
  // No full stop: a tagline taken from a cut first paragraph already ends with one, or with an ellipsis.
  'footer.about': '{site}: {tagline}',
  'footer.rss': 'RSS',
  'footer.tags': 'Tags',

  // Colour theme toggle
  'theme.prefix': 'Theme:',
  'theme.auto': 'Auto',
  'theme.light': 'Light',
  'theme.dark': 'Dark',
  'theme.switch': 'Theme: {current}. Switch to {next}',

  // A page's header, history and neighbours
  'page.readingTime.one': '{count} min read',
  'page.readingTime.other': '{count} min read',
  'page.lastUpdated': 'Last updated {date}',
  'page.lastReviewed': 'Last reviewed {date}',
  'page.edit': 'Edit this page',
  'page.markdown': 'Markdown',
  'page.markdownLabel': 'This page as Markdown',
  'page.copyMarkdown': 'Copy page',
  'page.copyMarkdownLabel': 'Copy page as Markdown',
  'page.copiedMarkdown': 'Copied',
  'page.copiedMarkdownStatus': 'The page is copied as Markdown.',
  'page.copyMarkdownBlocked': 'Copying is blocked; open the Markdown link and copy it from there.',
  'toc.heading': 'On this page',
  'backlinks.heading': 'Linked from',
  'backlinks.inSection': '{page} in {section}',
  'sources.heading': 'Sources',
  'sources.basedOn': 'Based on',
  'sources.by': 'by {author}',

  // Self-links on headings and glossary terms, and their copy buttons
  'links.toSection': 'Link to section: {name}',
  'links.toTerm': 'Link to term: {name}',
  'links.copy': 'Copy link',
  'links.copyToSection': 'Copy link to section: {name}',
  'links.copyToTerm': 'Copy link to term: {name}',
  'links.copied': 'Copied',
  'links.copiedStatus': 'Link copied: {url}',
  'links.copyBlocked': 'Copying is blocked; the link is now in the address bar.',
  'links.copySection': 'Copy section',
  'links.copySectionOf': 'Copy section “{name}” as Markdown',
  'links.copiedSectionStatus': 'Section “{name}” copied as Markdown, with its link.',
  'links.copySectionBlocked': 'Could not copy this section; the page’s Markdown link has all of it.',
  'links.sectionTools': 'Tools for section “{name}”',
  // A Mermaid drawing's accessible name when its fence has no title; its description is its source.
  'diagram.name': 'Diagram',
  'links.external': '(external site)',
  // A section's lines in the Markdown file, on the code host
  'links.source': 'Source',
  'links.sourceOfSection': 'View source of section “{name}” (lines {start}–{end})',
  'links.sourceOfSectionLine': 'View source of section “{name}” (line {start})',
  'links.report': 'Report',
  'links.reportSection': 'Report a problem with section “{name}”',
  // The issue a "Report" link opens on the code host, filled in: its title, and its text in Markdown.
  'report.title': 'Problem in “{section}” ({page})',
  // Short: every section of every page carries it in its link.
  'report.body': '[{section}]({sectionUrl}), {source}\n\nWhat is wrong, and what should it say?\n',
  'report.source': '`{file}` at {commit}',
  'report.sourceUncommitted': '`{file}` (not committed yet)',

  // Code blocks
  'code.copy': 'Copy',
  'code.copyLabel': 'Copy code',
  'code.copyLabelNamed': 'Copy code: {title}',
  'code.copied': 'Copied',
  'code.copyBlocked': 'Press Ctrl+C',

  // Callouts (:::note and friends)
  'callout.note': 'Note',
  'callout.tip': 'Tip',
  'callout.caution': 'Caution',
  'callout.danger': 'Danger',

  // Checklist tools
  'checklist.progress': '{done} of {total} done',
  'checklist.progressLabel': 'Checklist progress',
  'checklist.copy': 'Copy as Markdown',
  'checklist.reset': 'Reset',
  'checklist.exportLabel': 'Checklist as Markdown',
  'checklist.copied': 'Copied to the clipboard.',
  'checklist.copyBlocked': 'Copying is blocked here: the Markdown is selected below, copy it by hand.',
  'checklist.resetConfirm': 'Clear every tick on this page?',
  'checklist.resetDone': 'Progress cleared.',
  'checklist.exportDone': '{done} of {total} done.',

  // Glossary page
  'glossary.termIndex': 'Terms',
  'glossary.usedIn': 'Used in:',

  // Home page
  'home.searchLabel': 'Search this site',
  'home.searchSubmit': 'Search',
  'home.sectionsHeading': 'Sections',
  'home.allPages': 'All {count}…',

  // Search: the dialog, the search page and the results
  'search.title': 'Search',
  'search.description': 'Search every page of {site}.',
  'search.label': 'Search this site',
  'search.close': 'Close',
  'search.noScript':
    'Search needs JavaScript, which is turned off or blocked in this browser. Every page is one or two clicks away from these sections:',
  'search.prompt': 'Type to search every page.',
  'search.unavailable':
    'Search is unavailable: the search index could not be loaded. Try again later, or browse the sections.',
  'search.sectionFacet': 'Section',
  'search.tagFacet': 'Tag',
  'search.filterByTag': 'Filter by tag',
  'search.pagesHeading': 'Pages',
  'search.termsHeading': 'Glossary',
  'search.morePages': 'Show more results ({shown} of {total} shown)',
  'search.moreTerms': 'Show more terms ({shown} of {total} shown)',
  'search.noResults': 'No results. Try fewer or different words, or remove a filter.',
  'search.noResultsFor': 'No results for “{query}”. Try fewer or different words, or remove a filter.',
  'search.summary': '{results}: {pages} and {terms}.',
  'search.summaryFor': '{results} for “{query}”: {pages} and {terms}.',
  'search.results.one': '{count} result',
  'search.results.other': '{count} results',
  'search.pages.one': '{count} page',
  'search.pages.other': '{count} pages',
  'search.terms.one': '{count} glossary term',
  'search.terms.other': '{count} glossary terms',

  // Tags
  'tags.title': 'Tags',
  'tags.description': 'Every topic tag used on this site, with the number of pages for each.',
  'tags.pageTitle': 'Pages tagged #{tag}',
  'tags.pageDescription': 'Pages about {tag}.',
  'tags.all': 'All tags',

  // Pages that are not there
  'notFound.title': 'Page not found',
  'notFound.description': 'This page does not exist. Try the sections or the search.',
  'notFound.text': 'The page you asked for is not here. It may have moved; these places are a good start:',
  'redirect.title': 'Moved: {title}',
  'redirect.heading': 'This page has moved',
  'redirect.text': 'It is now {link}.',
  'gone.title': 'This page was removed',
  'gone.description': 'This page was removed from the site on purpose.',
  'gone.text': 'It was taken out of the site on purpose. The closest place that is still here: {link}.',
  // The language switcher and the notices of pages in other languages than the original
  'locale.switcher': 'Language: {language}. Choose another',
  'locale.notTranslated': 'not translated yet',
  'locale.fallbackNotice': 'This page is not translated yet, so it is shown in its original language ({original}).',
  'locale.helpTranslate': 'Help translate it',
  'locale.outdatedNotice': 'The original has changed since this translation.',
  'locale.outdatedDiff': 'See what changed',
  'search.allLanguages': 'Search all languages',
} as const satisfies Record<string, string>;

export type UiKey = keyof typeof defaultUiStrings;

/**
 * The merged table: every default key, plus plural variants a language needs (`search.results.few`). Indexing
 * by a key of the default table always gives a string.
 */
export type UiStrings = Readonly<Record<UiKey, string> & Record<string, string | undefined>>;

/** The plural categories of Intl.PluralRules, which a plural key may end with. */
const pluralCategories: readonly Intl.LDMLPluralRule[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

/**
 * Whether `key` may be overridden: a key of the default table, or a plural variant of one (`x.few` where
 * `x.other` exists), since languages have other plural categories than English.
 */
export function isUiKey(key: string): boolean {
  if (Object.hasOwn(defaultUiStrings, key)) return true;
  const dot = key.lastIndexOf('.');
  const category = key.slice(dot + 1) as Intl.LDMLPluralRule;
  return (
    dot > 0 && pluralCategories.includes(category) && Object.hasOwn(defaultUiStrings, `${key.slice(0, dot)}.other`)
  );
}

/** The placeholder names a template uses, in order of first use: `{count} of {total}` -> count, total. */
export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!))];
}

/**
 * The placeholders an override of `key` may use: those of its default (for a plural variant, those of the
 * `.other` form). Undefined for a key that is not in the table.
 */
export function allowedPlaceholders(key: string): string[] | undefined {
  if (!isUiKey(key)) return undefined;
  const own = (defaultUiStrings as Record<string, string>)[key];
  return placeholders(own ?? (defaultUiStrings as Record<string, string>)[`${key.replace(/\.[a-z]+$/, '')}.other`]!);
}

/** The default table with the config's overrides on top (validated by the config schema beforehand). */
export function uiStrings(overrides: Readonly<Record<string, string>> = {}): UiStrings {
  return { ...defaultUiStrings, ...overrides };
}

/** Fills `{name}` placeholders; a placeholder without a value stays as written, so a gap is visible, not blank. */
export function format(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

/**
 * The template split at its placeholders, with each placeholder replaced by its value, for templates that hold
 * markup: `formatParts('Last updated {date}', { date: timeElement })` -> ['Last updated ', timeElement].
 * Empty strings are left out.
 */
export function formatParts<T>(template: string, values: Readonly<Record<string, T>>): (string | T)[] {
  const parts: (string | T)[] = [];
  let last = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    const name = match[1]!;
    if (!Object.hasOwn(values, name)) continue;
    if (match.index > last) parts.push(template.slice(last, match.index));
    parts.push(values[name]!);
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push(template.slice(last));
  return parts;
}

/**
 * A string that depends on a number, e.g. `plural(strings, 'search.results', 3, 'en')` -> "3 results": picks
 * `<key>.<category>` by the language's plural rules, falling back to `<key>.other`, and fills `{count}` and any
 * other `values`.
 */
/**
 * Plural rules by language. Building an Intl.PluralRules costs as much as rendering a small page's text, and
 * every page asks for several; the objects are immutable and depend on the language alone, so sharing them
 * changes no result.
 */
const pluralRules = new Map<string, Intl.PluralRules>();

function pluralRulesFor(lang: string): Intl.PluralRules {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  return rules;
}

export function plural(
  strings: Readonly<Record<string, string | undefined>>,
  key: string,
  count: number,
  lang: string,
  values: Readonly<Record<string, string | number>> = {},
): string {
  const category = pluralRulesFor(lang).select(count);
  const template = strings[`${key}.${category}`] ?? strings[`${key}.other`] ?? key;
  return format(template, { ...values, count });
}

/**
 * The keys each browser script shows, for `uiData`: a key, or a prefix ending in "." for a group (plural
 * variants included). Only what the script needs, since the strings ride on the page's HTML.
 */
export const scriptUiKeys = {
  theme: ['theme.auto', 'theme.light', 'theme.dark', 'theme.switch'],
  checklist: [
    'checklist.progress',
    'checklist.exportLabel',
    'checklist.copied',
    'checklist.copyBlocked',
    'checklist.resetConfirm',
    'checklist.resetDone',
    'checklist.exportDone',
  ],
  code: ['code.copy', 'code.copyLabel', 'code.copyLabelNamed', 'code.copied', 'code.copyBlocked'],
  links: [
    'links.copy',
    'links.copied',
    'links.copiedStatus',
    'links.copyBlocked',
    'links.copySection',
    'links.copySectionOf',
    'links.copiedSectionStatus',
    'links.copySectionBlocked',
    'links.sectionTools',
    'page.copyMarkdown',
    'page.copyMarkdownLabel',
    'page.copiedMarkdown',
    'page.copiedMarkdownStatus',
    'page.copyMarkdownBlocked',
  ],
  search: [
    'search.label',
    'search.allLanguages',
    'search.close',
    'search.prompt',
    'search.unavailable',
    'search.sectionFacet',
    'search.tagFacet',
    'search.filterByTag',
    'search.pagesHeading',
    'search.termsHeading',
    'search.morePages',
    'search.moreTerms',
    'search.noResults',
    'search.noResultsFor',
    'search.summary',
    'search.summaryFor',
    'search.results.',
    'search.pages.',
    'search.terms.',
  ],
} as const satisfies Record<string, readonly string[]>;

/**
 * The strings a browser script needs, as JSON for one `data-ui` attribute on the element it enhances (read by
 * src/scripts/ui-text.ts): each key listed, and every key under a listed prefix ending in "." (`search.results.`
 * takes `.one`, `.other` and any plural variant the config adds). Scripts get their text from the page this way,
 * so the site's wording reaches them without an inline script (the CSP allows none) and without a string in the
 * script files.
 */
export function uiData(strings: UiStrings, keys: readonly string[]): string {
  // Every page asks for the same few groups of the same strings: each is written once per site's strings.
  const known = uiDataCache.get(strings) ?? new Map<readonly string[], string>();
  uiDataCache.set(strings, known);
  let data = known.get(keys);
  if (data === undefined) known.set(keys, (data = pickUiData(strings, keys)));
  return data;
}

/** uiData's answers by the strings object (weakly: a dev server's reloaded config lets the old one go) and list. */
const uiDataCache = new WeakMap<UiStrings, Map<readonly string[], string>>();

function pickUiData(strings: UiStrings, keys: readonly string[]): string {
  const wanted = (key: string) =>
    keys.some((listed) => key === listed || (listed.endsWith('.') && key.startsWith(listed)));
  const picked = Object.entries(strings).filter(
    (entry): entry is [string, string] => entry[1] !== undefined && wanted(entry[0]),
  );
  return JSON.stringify(Object.fromEntries(picked));
}

/**
 * The strings the Markdown pipeline writes into a page's HTML: callout names, link labels, external-link notes,
 * "View source" links.
 */
export const markdownUiKeys = [
  'callout.note',
  'callout.tip',
  'callout.caution',
  'callout.danger',
  'links.toSection',
  'links.copyToSection',
  'links.external',
  'links.source',
  'links.sourceOfSection',
  'links.sourceOfSectionLine',
  'links.report',
  'links.reportSection',
  'report.title',
  'report.body',
  'report.source',
  'report.sourceUncommitted',
  'diagram.name',
] as const satisfies readonly UiKey[];

export type MarkdownStrings = Readonly<Record<(typeof markdownUiKeys)[number], string>>;

/**
 * The pipeline's strings out of the site's table: a plain object, so it reaches the render workers (structured
 * clone) and goes into the digest of every rendered page (a changed callout name renders the pages again).
 */
export function markdownStrings(strings: UiStrings = defaultUiStrings): MarkdownStrings {
  return Object.fromEntries(markdownUiKeys.map((key) => [key, strings[key]])) as Record<
    (typeof markdownUiKeys)[number],
    string
  >;
}
