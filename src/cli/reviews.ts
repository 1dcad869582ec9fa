/**
 * `folio reviews [dir] [--config PATH] [--format markdown|json] [--today YYYY-MM-DD]`: lists every page that says
 * when it was last reviewed, overdue ones first, with their owners (src/lib/review-report.ts). Exits 0 whatever
 * it finds: `folio check` is what warns; this is the list a person or the scheduled workflow reads.
 */
import { buildContentGraph } from '../lib/content-graph/graph.ts';
import { parseDay } from '../lib/review-dates.ts';
import { reviewMarkdown, reviewRows } from '../lib/review-report.ts';
import { configOption, docsPositional, UsageError, type Command } from './command.ts';
import { configFile, docsFolder, setFolioEnvironment } from './places.ts';

export const reviews: Command = {
  name: 'reviews',
  summary: 'List the pages with review dates, overdue ones first, with their owners.',
  positionals: [docsPositional],
  options: {
    config: configOption,
    format: { type: 'string', value: 'FORMAT', description: 'markdown (the default) or json' },
    today: {
      type: 'string',
      value: 'YYYY-MM-DD',
      description: 'the day to judge by (default: today, in UTC)',
    },
  },
  async run(values, [dir]) {
    const format = (values['format'] as string | undefined) ?? 'markdown';
    if (format !== 'markdown' && format !== 'json')
      throw new UsageError(`--format is markdown or json, got "${format}"`);
    const todayOption = values['today'] as string | undefined;
    const today = todayOption === undefined ? new Date() : parseDay(todayOption);
    if (!today) throw new UsageError(`--today is a day written YYYY-MM-DD, got "${todayOption}"`);
    const cwd = process.cwd();
    const docs = docsFolder(cwd, dir);
    setFolioEnvironment(process.env, {
      docs,
      config: configFile(cwd, docs, values['config'] as string | undefined),
      strict: false,
    });
    // Loaded after the environment is set: the site settings read it.
    const { site } = await import('../site.config.ts');
    const graph = buildContentGraph(cwd, { layout: site.layout });
    const rows = reviewRows(graph, today);
    const siteUrl = `${site.url}${site.base.replace(/\/$/, '')}`;
    console.log(format === 'json' ? JSON.stringify(rows, null, 2) : reviewMarkdown(rows, today, siteUrl));
    return 0;
  },
};
