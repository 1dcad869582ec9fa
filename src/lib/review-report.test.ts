import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildContentGraph } from './content-graph/graph.ts';
import { parseDay } from './review-dates.ts';
import { reviewMarkdown, reviewRows } from './review-report.ts';

// The review-dates rule fixture: a site reviewed every 12 months, with pages overdue, to come and unreadable.
const root = join(import.meta.dirname, 'rules/fixtures/review-dates');
const graph = buildContentGraph(root, { layout: { reviewEvery: { count: 12, unit: 'month' } } });
const today = parseDay('2026-12-02') ?? new Date(0);

describe('the review list', () => {
  it('lists the reviewed pages, overdue first, longest overdue first', () => {
    expect(reviewRows(graph, today).map((row) => [row.file, row.due, row.overdue])).toEqual([
      ['content/guides/overdue.md', '2021-01-31', true],
      ['content/guides/own-period.md', '2021-03-15', true],
      ['content/guides/future.md', '3000-01-01', false],
    ]);
  });

  it('reads as Markdown tables, with links to the pages and their owners', () => {
    expect(reviewMarkdown(reviewRows(graph, today), today, 'https://docs.example/base')).toBe(
      [
        '2 of 3 reviewed pages overdue on 2026-12-02.',
        '',
        '## Overdue',
        '',
        '| Page | File | Last reviewed | Due | Owners |',
        '| --- | --- | --- | --- | --- |',
        '| [Overdue](https://docs.example/base/guides/overdue/) | `content/guides/overdue.md` | 2020-01-31 | 2021-01-31 | alice, @org/docs-team |',
        '| [Own period](https://docs.example/base/guides/own-period/) | `content/guides/own-period.md` | 2021-03-01 | 2021-03-15 | none named |',
        '',
        '## Up to date',
        '',
        '| Page | File | Last reviewed | Due | Owners |',
        '| --- | --- | --- | --- | --- |',
        '| [Future](https://docs.example/base/guides/future/) | `content/guides/future.md` | 2999-01-01 | 3000-01-01 | bob |',
        '',
        'To clear a page: check that it is still true, fix what is not, and set `reviewed:` in its front matter to the day you did.',
      ].join('\n'),
    );
  });

  it('says so when nothing is overdue', () => {
    const rows = reviewRows(graph, parseDay('2020-06-01') ?? new Date(0));
    expect(reviewMarkdown(rows, parseDay('2020-06-01') ?? new Date(0), '').split('\n')[0]).toBe(
      '0 of 3 reviewed pages overdue on 2020-06-01.',
    );
  });
});
