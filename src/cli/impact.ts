/**
 * `folio impact [dir] [--base REV] [--config PATH] [--format FORMAT]`: what the change in the working tree does
 * to the site, against a base revision (default: where this branch left the default branch). Reads both trees
 * as `folio check` does, compares them (src/lib/impact/compare-sites.ts) and prints the report in Markdown. With
 * --format github (the default when CI=true) each problem is also a workflow command that annotates its line in
 * the pull request, and on GitHub Actions the report goes to the job summary. Exits 1 when the change brings in
 * an error, so a repository with old problems can still hold every pull request to "no new ones".
 */
import { judgeDiagrams } from './judge-diagrams.ts';
import { appendFileSync, existsSync, readFileSync, realpathSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { assembleGraph, buildContentGraph, type ContentGraph } from '../lib/content-graph/graph.ts';
import { compareSites, introducedErrors, type SiteReading } from '../lib/impact/compare-sites.ts';
import { impactAnnotations } from '../lib/impact/impact-annotations.ts';
import { impactMarkdown } from '../lib/impact/impact-markdown.ts';
import { checkContent } from '../lib/rules/index.ts';
import type { SiteSource } from '../site.config.ts';
import { baseRevision, checkOutRevision, checkoutRoot } from './base-revision.ts';
import { configOption, docsPositional, UsageError, type Command } from './command.ts';
import { configFile, docsFolder, setFolioEnvironment } from './places.ts';

const formats = ['markdown', 'github'] as const;
type ImpactFormat = (typeof formats)[number];

function impactFormat(option: string | undefined, env: NodeJS.ProcessEnv): ImpactFormat {
  if (option === undefined) return env['CI'] === 'true' ? 'github' : 'markdown';
  const format = formats.find((name) => name === option);
  if (!format) throw new UsageError(`--format is one of ${formats.join(', ')}, got "${option}"`);
  return format;
}

type Settings = Awaited<typeof import('../site.config.ts')>['site'];

/** One tree's site as the check reads it: its graph, its problems at their levels, and each page's text. */
async function readSite(root: string, settings: Settings): Promise<SiteReading> {
  const graph: ContentGraph = existsSync(settings.docsDir)
    ? buildContentGraph(root, { layout: settings.layout })
    : // The base revision had no docs folder yet: every page of the working tree is new.
      assembleGraph(root, [], { publicFiles: [], assets: [], problems: [] }, { layout: settings.layout });
  await judgeDiagrams(graph);
  const checked = checkContent(graph, { configProblems: settings.problems, rules: settings.rules, strict: false });
  return { graph, problems: checked.problems, text: (page) => readFileSync(page.absPath, 'utf8') };
}

/** Where a path of the working tree is in the base checkout (a path outside the repository stays as it is). */
function inCheckout(root: string, checkout: string, path: string): string {
  const rel = relative(root, realpathSync(path));
  return rel.startsWith('..') || isAbsolute(rel) ? path : join(checkout, rel);
}

export const impact: Command = {
  name: 'impact',
  summary: 'Report what the change in the working tree does to the site, against a base git revision.',
  positionals: [docsPositional],
  options: {
    config: configOption,
    base: {
      type: 'string',
      value: 'REV',
      description: 'the revision to compare with (default: the merge base of HEAD and the default branch)',
    },
    format: {
      type: 'string',
      value: 'FORMAT',
      description:
        'markdown, or github (also each problem as a GitHub Actions annotation, and the report in the job summary; the default when CI=true)',
    },
  },
  async run(values, [dir]) {
    const format = impactFormat(values['format'] as string | undefined, process.env);
    const cwd = process.cwd();
    const docs = docsFolder(cwd, dir);
    const config = configFile(cwd, docs, values['config'] as string | undefined);
    const root = checkoutRoot(docs);
    const base = baseRevision(root, values['base'] as string | undefined);
    setFolioEnvironment(process.env, { docs, config, strict: false });
    // Loaded after the environment is set: the working tree's settings read it.
    const { site, siteSettings } = await import('../site.config.ts');
    const head = await readSite(cwd, site);
    const checkout = checkOutRevision(root, base.commit);
    let result: ReturnType<typeof compareSites>;
    try {
      const at = (path: string) => inCheckout(root, checkout.dir, path);
      const baseConfig = config === undefined ? undefined : at(config);
      const source: SiteSource = {
        cwd: at(cwd),
        docsDir: at(docs),
        // A config file the base revision did not have yet: the base is read with its defaults.
        configFile: baseConfig !== undefined && existsSync(baseConfig) ? baseConfig : undefined,
        env: process.env,
      };
      // Compared before the checkout goes: the comparison reads the base's files.
      result = compareSites(await readSite(source.cwd, siteSettings(source)), head);
    } finally {
      checkout.remove();
    }
    const markdown = impactMarkdown(result, base.label);
    if (format === 'github') {
      console.log(impactAnnotations(result).join('\n'));
      const summary = process.env['GITHUB_STEP_SUMMARY'];
      if (summary) appendFileSync(summary, `${markdown}\n`);
    }
    console.log(markdown);
    return introducedErrors(result) > 0 ? 1 : 0;
  },
};
