/**
 * `folio reviews [dir] [--config PATH] [--format markdown|json] [--today YYYY-MM-DD]`: lists every page that says
 * when it was last reviewed, overdue ones first, with their owners (src/lib/review-report.ts). Exits 0 whatever
 * it finds: `folio check` is what warns; this is the list a person or the scheduled workflow reads.
 */
import { parseDay } from '../lib/review-dates.ts';
import { reviewMarkdown, reviewRows } from '../lib/review-report.ts';
import { configOption, docsPositional, UsageError, type Command } from './command.ts';
import { readSiteGraph } from './site-graph.ts';

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
    const { site, graph } = await readSiteGraph(dir, values['config'] as string | undefined);
    const rows = reviewRows(graph, today);
    const siteUrl = `${site.url}${site.base.replace(/\/$/, '')}`;
    console.log(format === 'json' ? JSON.stringify(rows, null, 2) : reviewMarkdown(rows, today, siteUrl));
    return 0;
  },
};
