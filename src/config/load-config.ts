/**
 * Reads the site settings: the optional config file (`<docs>/folio.config.yaml`, or the one named), validated
 * with every problem at `path:line:column`; then the environment (SITE_URL, BASE_PATH, SEARCH_SHARD_PAGES,
 * FOLIO_STRICT) over it; then, for whatever neither says, defaults derived from the docs folder and git.
 * Nothing here throws on bad input: problems are returned, and the config is still complete (built from what
 * was valid), so one run can report everything.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { z } from 'astro/zod';
import { parseFrontMatter } from '../lib/content-graph/front-matter.ts';
import { closest } from '../lib/closest.ts';
import { configFileName } from '../lib/content-layout.ts';
import { error, sortProblems, warning, type Problem } from '../lib/problems.ts';
import { parsePeriod } from '../lib/review-dates.ts';
import { allowedKeys } from '../schemas/allowed-keys.ts';
import { readEnvironment, type EnvValue } from './env-files.ts';
import { readBookToml } from './book-toml.ts';
import { folderIndexFacts, folderTitle, humanise, topLevelFolders } from './folder-defaults.ts';
import { gitInfo, type GitInfo } from './git-info.ts';
import {
  isLanguageTag,
  siteConfigSchema,
  type RepositoryConfig,
  type SectionConfig,
  type SiteConfig,
  type SiteConfigFile,
} from './schema.ts';
import { normalizeBasePath, normalizeCount, normalizeSiteUrl } from './site-address.ts';
import { siteLocales } from './site-locales.ts';
import { uiStrings } from './ui-strings.ts';

/** The config file's name in the docs folder (never published: src/lib/content-graph/assets.ts). */
export { configFileName };

export interface LoadOptions {
  /** The docs folder, absolute or relative to `cwd`. */
  docsDir: string;
  /** A config file named on the command line (--config), absolute or relative to `cwd`; it must exist. */
  configFile?: string | undefined;
  /** The environment to read SITE_URL, BASE_PATH, SEARCH_SHARD_PAGES and FOLIO_STRICT from. */
  env: Readonly<Record<string, string | undefined>>;
  /** The working directory: relative paths start here, `.env` files are read here, and problems name files from here. Default: process.cwd(). */
  cwd?: string;
  /** The ids of the content rules; when given, a `rules` key naming none of them is an error. */
  ruleIds?: readonly string[];
  /** The front-matter keys a page may write; when given, a section's `required` naming none of them is an error. */
  frontMatterKeys?: readonly string[];
}

export interface LoadedConfig {
  config: SiteConfig;
  problems: Problem[];
  /** Git's view of the docs folder (root, remote, branch), undefined outside a checkout. */
  git: GitInfo | undefined;
}

/** Parsed and validated file contents, with where each key was written. */
interface ReadFile {
  data: SiteConfigFile;
  positionOf: (path: readonly PropertyKey[]) => { line: number; column: number };
}

export function loadSiteConfig(options: LoadOptions): LoadedConfig {
  const cwd = options.cwd ?? process.cwd();
  const shown = (path: string) => relative(cwd, path).split(sep).join('/') || '.';
  const problems: Problem[] = [];
  const docsDir = resolve(cwd, options.docsDir);
  const docsExist = isFolder(docsDir);
  if (!docsExist)
    problems.push(
      error(
        shown(docsDir),
        0,
        0,
        existsSync(docsDir) ? 'the docs folder is a file, not a folder' : 'the docs folder does not exist',
        'name the folder that holds the Markdown files, e.g. `folio build docs`',
      ),
    );

  const configFile = findConfigFile(docsDir, options.configFile, cwd, shown, problems);
  const read = configFile ? readConfigFile(configFile, shown(configFile), problems, options) : undefined;
  const file = read?.data ?? siteConfigSchema.parse({});
  const at = (path: readonly PropertyKey[]) => read?.positionOf(path) ?? { line: 0, column: 0 };

  const git = docsExist ? gitInfo(docsDir) : undefined;
  // A locale's folder (es/) holds translations of the sections, and is no section itself.
  const localeFolders = new Set(file.translations === 'folder' ? file.locales.map((locale) => locale.code) : []);
  const folders = docsExist ? topLevelFolders(docsDir).filter((folder) => !localeFolders.has(folder)) : [];
  const configFileShown = configFile ? shown(configFile) : '';
  const listedBefore = new Set<string>();
  for (const [index, { folder }] of (file.sections ?? []).entries()) {
    const { line, column } = at(['sections', index, 'folder']);
    if (listedBefore.has(folder))
      problems.push(
        error(configFileShown, line, column, `section "${folder}" is listed twice`, 'list each folder once'),
      );
    listedBefore.add(folder);
    if (!folders.includes(folder))
      problems.push(
        error(
          configFileShown,
          line,
          column,
          `section folder "${folder}" is not a folder of Markdown pages in ${shown(docsDir)}/`,
          missingFolderHint(folder, folders),
        ),
      );
  }
  const glossaryExists = file.glossary !== undefined && folders.includes(file.glossary);
  if (file.glossary !== undefined && !folders.includes(file.glossary))
    problems.push(
      error(
        configFileShown,
        at(['glossary']).line,
        at(['glossary']).column,
        `glossary folder "${file.glossary}" is not a folder of Markdown pages in ${shown(docsDir)}/`,
        missingFolderHint(file.glossary, folders),
      ),
    );

  const root = docsExist ? folderIndexFacts(docsDir) : { h1: undefined, description: undefined };
  const book = docsExist ? readBookToml(docsDir) : undefined;
  if (book?.problem)
    problems.push(
      warning(
        shown(book.file),
        book.problem.line,
        book.problem.column,
        `book.toml cannot be read: ${book.problem.message}`,
        'fix the TOML, or set title and lang in folio.config.yaml; until then the site takes neither from it',
      ),
    );
  const bookLanguage = book?.defaults.language;
  const config: SiteConfig = {
    // An mdBook tree's book.toml names the book; its first page's heading names a chapter.
    title: file.title ?? book?.defaults.title ?? root.h1 ?? folderTitle(docsDir),
    tagline: file.tagline ?? book?.defaults.description ?? root.description ?? '',
    lang: file.lang ?? (bookLanguage && isLanguageTag(bookLanguage) ? bookLanguage : 'en'),
    url: file.url,
    base: file.base,
    repository: repositoryOf(file, git, configFileShown, at, problems),
    sections: sectionsOf(file.sections ?? [], folders, docsDir),
    glossary: glossaryExists ? file.glossary : undefined,
    ui: uiStrings(file.ui),
    locales: [],
    translations: file.translations,
    rules: file.rules,
    strict: file.strict,
    review: {
      every: file.review.every === undefined ? undefined : parsePeriod(file.review.every),
      strict: file.review.strict,
    },
    searchShardPages: file.searchShardPages,
    docsDir,
    configFile,
  };
  const languages = siteLocales({
    file,
    lang: config.lang,
    title: config.title,
    tagline: config.tagline,
    at,
    configFile: configFileShown,
  });
  problems.push(...languages.problems);
  config.locales = languages.locales;
  // The default locale's table is the site's: a German site's UI is German without a word of config.
  config.ui = languages.locales[0]!.ui;
  applyEnvironment(config, readEnvironment(environmentNames, options.env, cwd), shown, problems);
  return { config, problems: sortProblems(problems), git };
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The config file to read: the one named (which must exist), else the docs folder's own, if any. */
function findConfigFile(
  docsDir: string,
  named: string | undefined,
  cwd: string,
  shown: (path: string) => string,
  problems: Problem[],
): string | undefined {
  if (named !== undefined) {
    const path = resolve(cwd, named);
    if (existsSync(path) && !isFolder(path)) return path;
    problems.push(
      error(
        shown(path),
        0,
        0,
        isFolder(path) ? 'the config file named is a folder' : 'the config file named does not exist',
        `check the path given to --config, or leave it out to use ${configFileName} in the docs folder`,
      ),
    );
    return undefined;
  }
  const path = join(docsDir, configFileName);
  if (existsSync(path)) return path;
  // A near miss would otherwise be ignored without a word, and its settings with it.
  for (const other of ['folio.config.yml', 'folio.config.json', 'folio.yaml', 'folio.yml'])
    if (existsSync(join(docsDir, other)))
      problems.push(
        error(shown(join(docsDir, other)), 0, 0, 'this config file is not read', `rename it to ${configFileName}`),
      );
  return undefined;
}

function readConfigFile(
  path: string,
  shownPath: string,
  problems: Problem[],
  known: Pick<LoadOptions, 'ruleIds' | 'frontMatterKeys'>,
): ReadFile | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    problems.push(error(shownPath, 0, 0, `the config file cannot be read (${(cause as Error).message})`));
    return undefined;
  }
  const yaml = parseFrontMatter(text.replace(/^\uFEFF/, ''), { firstLine: 1, what: 'the config file' });
  for (const e of yaml.errors) problems.push(error(shownPath, e.line, e.column, e.message, e.hint));
  if (yaml.data === undefined) return undefined;
  let data: unknown = yaml.data;
  const positionOf: ReadFile['positionOf'] = (path) => yaml.positionOf(path);
  // Report every issue, then keep what was valid: drop the top-level keys with issues and validate again.
  for (let round = 0; ; round++) {
    const parsed = siteConfigSchema.safeParse(data);
    if (parsed.success) {
      checkRuleIds(parsed.data, known.ruleIds, shownPath, positionOf, problems);
      checkRequiredKeys(parsed.data, known.frontMatterKeys, shownPath, positionOf, problems);
      return { data: parsed.data, positionOf };
    }
    if (round === 0)
      for (const issue of parsed.error.issues) problems.push(...issueProblems(issue, shownPath, positionOf));
    if (round > 0 || !data || typeof data !== 'object' || Array.isArray(data)) {
      data = {};
      continue;
    }
    data = withoutKeysOf(data as Record<string, unknown>, parsed.error.issues);
  }
}

/** `data` without the top-level keys that `issues` concern. */
function withoutKeysOf(data: Record<string, unknown>, issues: readonly z.core.$ZodIssue[]): Record<string, unknown> {
  const bad = new Set(
    issues.flatMap((issue) =>
      issue.path.length > 0 ? [issue.path[0]] : issue.code === 'unrecognized_keys' ? issue.keys : [],
    ),
  );
  return Object.fromEntries(Object.entries(data).filter(([key]) => !bad.has(key)));
}

function issueProblems(issue: z.core.$ZodIssue, file: string, positionOf: ReadFile['positionOf']): Problem[] {
  const paths = issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...issue.path, key]) : [issue.path];
  return paths.map((path) => {
    const { line, column } = positionOf(path);
    const name = path.join('.');
    if (issue.code === 'unrecognized_keys')
      return error(file, line, column, `unknown config key "${name}"`, keyHint(path));
    if (path.length === 0)
      return error(
        file,
        line,
        column,
        'the config file must be a map of settings',
        'write one "key: value" per line, e.g. "title: My docs"',
      );
    const hint = (issue as { params?: { hint?: unknown } }).params?.hint;
    // Messages that name their key ("lang is ...", 'unknown UI string "x"') need no prefix.
    const key = String(path.at(-1));
    const named = issue.message.startsWith(`${key} `) || issue.message.includes(`"${key}"`);
    const message = named ? issue.message : `${name}: ${issue.message}`;
    return error(file, line, column, message, typeof hint === 'string' ? hint : undefined);
  });
}

/** For an unknown key, the closest allowed key of the same object, and the object's keys when they are few. */
function keyHint(path: readonly PropertyKey[]): string {
  const key = path.at(-1);
  const parent = path.slice(0, -1);
  const known = allowedKeys(siteConfigSchema, parent);
  const near = typeof key === 'string' ? closest(key, known) : undefined;
  const allowed = `allowed keys${parent.length ? ` in "${parent.join('.')}"` : ''}: ${known.join(', ')}`;
  return near ? `did you mean "${near}"? (${allowed})` : allowed;
}

function checkRuleIds(
  data: SiteConfigFile,
  ruleIds: readonly string[] | undefined,
  file: string,
  positionOf: ReadFile['positionOf'],
  problems: Problem[],
): void {
  if (!ruleIds) return;
  for (const id of Object.keys(data.rules)) {
    if (ruleIds.includes(id)) continue;
    const { line, column } = positionOf(['rules', id]);
    const near = closest(id, ruleIds);
    problems.push(
      error(
        file,
        line,
        column,
        `unknown rule "${id}"`,
        near ? `did you mean "${near}"?` : `the rules are: ${[...ruleIds].sort().join(', ')}`,
      ),
    );
  }
}

/** Each section's `required` keys are front-matter keys a page can write. */
function checkRequiredKeys(
  data: SiteConfigFile,
  keys: readonly string[] | undefined,
  file: string,
  positionOf: ReadFile['positionOf'],
  problems: Problem[],
): void {
  if (!keys) return;
  for (const [index, section] of (data.sections ?? []).entries())
    for (const [at, key] of (section.required ?? []).entries()) {
      if (keys.includes(key)) continue;
      const { line, column } = positionOf(['sections', index, 'required', at]);
      const near = closest(key, keys);
      problems.push(
        error(
          file,
          line,
          column,
          `sections.${index}.required: "${key}" is not a front-matter key`,
          near ? `did you mean "${near}"?` : `the keys are: ${[...keys].sort().join(', ')}`,
        ),
      );
    }
}

function missingFolderHint(folder: string, folders: readonly string[]): string {
  const near = closest(folder, folders);
  if (near) return `did you mean "${near}"?`;
  return folders.length
    ? `the top-level folders with Markdown are: ${folders.join(', ')}`
    : 'the docs folder has no folders of Markdown pages yet';
}

/** The configured sections in their order, then every other top-level folder, by name. */
function sectionsOf(
  configured: NonNullable<SiteConfigFile['sections']>,
  folders: readonly string[],
  docsDir: string,
): SectionConfig[] {
  const listed = configured.filter(
    ({ folder }, index) => folders.includes(folder) && configured.findIndex((s) => s.folder === folder) === index,
  );
  const rest = folders.filter((folder) => !listed.some((section) => section.folder === folder));
  const written: {
    folder: string;
    label?: string | undefined;
    description?: string | undefined;
    required?: string[] | undefined;
    configured: boolean;
  }[] = [
    ...listed.map((section) => ({ ...section, configured: true })),
    ...rest.map((folder) => ({ folder, configured: false })),
  ];
  return written.map(({ folder, label, description, required, configured }) => ({
    folder,
    label: label ?? humanise(folder),
    description: description ?? folderIndexFacts(join(docsDir, folder)).description ?? '',
    configured,
    required: required ?? [],
  }));
}

/** The repository: the config's values, else git's; none without a web address. */
function repositoryOf(
  file: SiteConfigFile,
  git: GitInfo | undefined,
  configFile: string,
  at: ReadFile['positionOf'],
  problems: Problem[],
): RepositoryConfig | undefined {
  const written = file.repository;
  const url = written?.url ?? git?.remoteUrl;
  if (url === undefined) {
    if (written && (written.branch !== undefined || written.path !== undefined)) {
      const { line, column } = at(['repository']);
      problems.push(
        warning(
          configFile,
          line,
          column,
          'repository has a branch or path but no URL, and git has no origin remote: "Edit this page" links are left out',
          'add repository.url, e.g. https://github.com/owner/repo',
        ),
      );
    }
    return undefined;
  }
  return { url, branch: written?.branch ?? git?.branch ?? 'main', path: written?.path ?? git?.docsPath ?? '' };
}

const environmentNames = ['SITE_URL', 'BASE_PATH', 'SEARCH_SHARD_PAGES', 'FOLIO_STRICT'] as const;

/** The environment wins over the file: a deployment sets its own address without editing the docs. */
function applyEnvironment(
  config: SiteConfig,
  env: Map<string, EnvValue>,
  shown: (path: string) => string,
  problems: Problem[],
): void {
  const attempt = (name: string, apply: (value: string) => void) => {
    const set = env.get(name);
    if (!set) return;
    try {
      apply(set.value);
    } catch (cause) {
      const where = set.file ? shown(set.file) : `environment variable ${name}`;
      problems.push(
        error(
          where,
          set.line,
          set.line ? 1 : 0,
          (cause as Error).message,
          set.file ? undefined : `fix or unset ${name}`,
        ),
      );
    }
  };
  attempt('SITE_URL', (value) => (config.url = normalizeSiteUrl(value)));
  attempt('BASE_PATH', (value) => (config.base = normalizeBasePath(value)));
  attempt('SEARCH_SHARD_PAGES', (value) => (config.searchShardPages = normalizeCount('SEARCH_SHARD_PAGES', value, 1)));
  attempt('FOLIO_STRICT', (value) => {
    if (value !== '1' && value !== '0') throw new Error(`FOLIO_STRICT must be 1 or 0, got "${value}"`);
    config.strict ||= value === '1';
  });
}
