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

const loaded = loadSiteConfig({
  docsDir: docsFolder(process.cwd()),
  configFile: process.env['FOLIO_CONFIG'] || undefined,
  env: process.env,
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

export const site = {
  ...config,
  /** Shown in the header, the <title> suffix and feeds. */
  name: config.title,
  /** Where the docs are, for the content graph. */
  layout: {
    docsDir: config.docsDir,
    displayRoot: process.cwd(),
    glossary: config.glossary,
    repoRoot,
    repository: config.repository,
    trackedFiles: repoRoot ? () => trackedFiles(repoRoot) : undefined,
    requiredKeys: new Map(config.sections.map((section) => [section.folder, section.required])),
  } satisfies DocsLayout,
  /** What is wrong in the config file or the environment, reported with the content's problems. */
  problems: loaded.problems.map((problem) => byRule(configRuleId, problem)) as readonly Problem[],
};

/** Where the glossary is and what its section is called, for the search index; undefined without one. */
export function glossaryPlace(settings: Pick<typeof site, 'glossary' | 'sections'>): GlossaryPlace | undefined {
  const folder = settings.glossary;
  if (!folder) return undefined;
  return { folder, label: settings.sections.find((section) => section.folder === folder)?.label ?? folder };
}
