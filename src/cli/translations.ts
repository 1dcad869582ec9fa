/**
 * `folio translations [dir] [--config PATH] [--format markdown|json]`: a table of every page in every language
 * of the site, each translation up to date, outdated or missing (src/lib/locales/translation-report.ts). Exits 0
 * whatever it finds: `folio check` is what warns; this is the overview a translator reads.
 */
import { gitHistory, translationReport } from '../lib/locales/translation-report.ts';
import { translationMarkdown, translationRows } from '../lib/locales/translation-table.ts';
import { configOption, docsPositional, UsageError, type Command } from './command.ts';
import { readSiteGraph } from './site-graph.ts';

export const translations: Command = {
  name: 'translations',
  summary: 'Show every page in every language: up to date, outdated or missing.',
  positionals: [docsPositional],
  options: {
    config: configOption,
    format: { type: 'string', value: 'FORMAT', description: 'markdown (the default) or json' },
  },
  async run(values, [dir]) {
    const format = (values['format'] as string | undefined) ?? 'markdown';
    if (format !== 'markdown' && format !== 'json')
      throw new UsageError(`--format is markdown or json, got "${format}"`);
    const { site, graph } = await readSiteGraph(dir, values['config'] as string | undefined);
    const report = translationReport(graph, gitHistory(site.layout.docsDir));
    console.log(
      format === 'json'
        ? JSON.stringify(translationRows(report, site.layout.docsDir), null, 2)
        : translationMarkdown(report, site.layout.docsDir).trimEnd(),
    );
    return 0;
  },
};
