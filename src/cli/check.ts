/**
 * `folio check [dir] [--config PATH] [--strict] [--drafts]`: validates all content without building the site.
 * Reads the content graph once, runs every rule, prints every problem as path:line:column (GitHub annotations
 * when CI=true) at the level the config gives its rule, and exits non-zero on an error (a warning too, with
 * --strict). The build's content check reports the same problems the same way (src/lib/rules/levels.ts).
 */
import { buildContentGraph } from '../lib/content-graph/graph.ts';
import { formatProblem } from '../lib/problems.ts';
import { checkContent } from '../lib/rules/index.ts';
import { levelSummary } from '../lib/rules/levels.ts';
import { configOption, docsPositional, type Command } from './command.ts';
import { configFile, docsFolder, setFolioEnvironment } from './places.ts';

export const check: Command = {
  name: 'check',
  summary: 'Check every page of the docs folder without building: lists each problem as path:line:column.',
  positionals: [docsPositional],
  options: {
    config: configOption,
    strict: { type: 'boolean', description: 'warnings count as errors' },
    drafts: { type: 'boolean', description: 'check drafts too' },
  },
  async run(values, [dir]) {
    const started = performance.now();
    const cwd = process.cwd();
    const docs = docsFolder(cwd, dir);
    setFolioEnvironment(process.env, {
      docs,
      config: configFile(cwd, docs, values['config'] as string | undefined),
      strict: values['strict'] === true,
    });
    // Loaded after the environment is set: the site settings read it.
    const { site } = await import('../site.config.ts');
    const graph = buildContentGraph(cwd, { includeDrafts: values['drafts'] === true, layout: site.layout });
    const checked = checkContent(graph, { configProblems: site.problems, rules: site.rules, strict: site.strict });
    // GitHub Actions turns these lines into annotations on the pull request's changed lines.
    const github = process.env['CI'] === 'true';
    for (const problem of checked.problems) {
      console.log(formatProblem(problem, { ruleId: true }));
      if (github) console.log(formatProblem(problem, { github }));
    }
    const ms = Math.round(performance.now() - started);
    console.log(`${graph.pages.length} pages checked in ${ms} ms: ${levelSummary(checked)}`);
    return checked.errors > 0 ? 1 : 0;
  },
};
