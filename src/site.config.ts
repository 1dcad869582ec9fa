/**
 * The site being built: its settings, read once from the docs folder's optional folio.config.yaml (or the file
 * FOLIO_CONFIG names), the environment and git (src/config/load-config.ts). The docs folder is FOLIO_DOCS, set
 * by the `folio` command, else content/ in the working directory.
 */
import { resolve } from 'node:path';
import { trackedFiles } from './config/git-info.ts';
import { loadSiteConfig } from './config/load-config.ts';
import { normalizeBasePath, normalizeCount, normalizeSiteUrl } from './config/site-address.ts';
import { docsFolder, type DocsLayout } from './lib/content-layout.ts';
import { byRule, type Problem } from './lib/problems.ts';
import type { GlossaryPlace } from './integrations/search-index/records.ts';
import { configRuleId, ruleIds } from './lib/rules/catalog.ts';
import { pageSchema } from './schemas/page.ts';

// Kept importable from here for the tests that read them.
export { normalizeBasePath, normalizeCount, normalizeSiteUrl };

export interface SiteSource {
  /** The working directory: relative paths, `.env` files and the paths shown in messages start here. */
  cwd: string;
  /** The docs folder, absolute. */
  docsDir: string;
  /** The config file named on the command line (--config), if any. */
  configFile: string | undefined;
  env: Readonly<Record<string, string | undefined>>;
}

/**
 * The settings of the site in one docs folder. A function so that one process can read two sites: `folio
 * impact` reads the working tree's and its base revision's.
 */
export function siteSettings(source: SiteSource) {
  const loaded = loadSiteConfig({
    docsDir: source.docsDir,
    configFile: source.configFile,
    env: source.env,
    cwd: source.cwd,
    ruleIds,
    frontMatterKeys: Object.keys(pageSchema.shape),
  });
  const { config, git } = loaded;
  /** The checkout's top folder, written as the docs folder is (git names it through any symbolic link resolved). */
  const repoRoot = git
    ? resolve(
        config.docsDir,
        ...git.docsPath
          .split('/')
          .filter(Boolean)
          .map(() => '..'),
      )
    : undefined;
  return {
    ...config,
    /** Shown in the header, the <title> suffix and feeds. */
    name: config.title,
    /** Rules `strict` raises beyond its default (src/lib/rules/levels.ts): overdue reviews, if the config asks. */
    strictAlso: config.review.strict ? ['review-dates'] : [],
    /** Where the docs are, for the content graph. */
    layout: {
      docsDir: config.docsDir,
      displayRoot: source.cwd,
      glossary: config.glossary,
      repoRoot,
      repository: config.repository,
      trackedFiles: repoRoot ? () => trackedFiles(repoRoot) : undefined,
      requiredKeys: new Map(config.sections.map((section) => [section.folder, section.required])),
      reviewEvery: config.review.every,
      locales: {
        codes: config.locales.map((locale) => locale.code).filter(Boolean),
        layout: config.translations,
      },
    } satisfies DocsLayout,
    /** What is wrong in the config file or the environment, reported with the content's problems. */
    problems: loaded.problems.map((problem) => byRule(configRuleId, problem)) as readonly Problem[],
  };
}

/** This process's site: the docs folder and config file the `folio` command set in the environment. */
export const site = siteSettings({
  cwd: process.cwd(),
  docsDir: docsFolder(process.cwd()),
  configFile: process.env['FOLIO_CONFIG'] || undefined,
  env: process.env,
});

/** Where the glossary is and what its section is called, for the search index; undefined without one. */
export function glossaryPlace(settings: Pick<typeof site, 'glossary' | 'sections'>): GlossaryPlace | undefined {
  const folder = settings.glossary;
  if (!folder) return undefined;
  return { folder, label: settings.sections.find((section) => section.folder === folder)?.label ?? folder };
}

/** The search index of each language besides the default: its code, language and translated glossary. */
export function localeSearchIndexes(settings: Pick<typeof site, 'glossary' | 'sections' | 'locales'>) {
  const glossary = glossaryPlace(settings);
  return settings.locales
    .filter((locale) => locale.code)
    .map((locale) => ({
      code: locale.code,
      lang: locale.lang,
      glossary: glossary && {
        folder: `${locale.code}/${glossary.folder}`,
        label: locale.sections[glossary.folder]?.label ?? glossary.label,
      },
    }));
}
