/**
 * The review list `folio reviews` prints: every page that says when it was last reviewed, the overdue ones
 * first, in Markdown (for a person, and for the issue the scheduled workflow keeps up to date:
 * .github/workflows/review-dates.yml) or as JSON.
 */
import type { ContentGraph } from './content-graph/graph.ts';
import { formatDay, formatPeriod, isOverdue, pageReview } from './review-dates.ts';

export interface ReviewRow {
  file: string;
  /** The page's path on the site, base not included. */
  path: string;
  title: string;
  reviewed: string;
  /** YYYY-MM-DD, or null when no period applies. */
  due: string | null;
  every: string | null;
  owners: string[];
  overdue: boolean;
}

export function reviewRows(graph: ContentGraph, today: Date): ReviewRow[] {
  const rows: ReviewRow[] = [];
  for (const page of graph.pages) {
    const review = pageReview(page.data, graph.layout.reviewEvery);
    if (!review) continue;
    rows.push({
      file: page.file,
      path: page.path,
      title: page.title,
      reviewed: formatDay(review.reviewed),
      due: review.due ? formatDay(review.due) : null,
      every: review.every ? formatPeriod(review.every) : null,
      owners: [...review.owners],
      overdue: isOverdue(review, today),
    });
  }
  // Overdue first, longest overdue first; then by due day, pages without one last.
  return rows.sort(
    (a, b) =>
      Number(b.overdue) - Number(a.overdue) ||
      (a.due ?? '9999').localeCompare(b.due ?? '9999') ||
      a.file.localeCompare(b.file),
  );
}

/** Table cells hold no pipes or line breaks. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');

/** The list as Markdown: a summary line, then a table of the overdue pages and one of the rest. */
export function reviewMarkdown(rows: readonly ReviewRow[], today: Date, siteUrl: string): string {
  const overdue = rows.filter((row) => row.overdue);
  const rest = rows.filter((row) => !row.overdue);
  const table = (list: readonly ReviewRow[]) => [
    '| Page | File | Last reviewed | Due | Owners |',
    '| --- | --- | --- | --- | --- |',
    ...list.map(
      (row) =>
        `| [${cell(row.title)}](${siteUrl}${row.path}) | \`${cell(row.file)}\` | ${row.reviewed} | ${row.due ?? 'never'} | ${cell(row.owners.join(', ')) || 'none named'} |`,
    ),
  ];
  const lines = [
    `${overdue.length} of ${rows.length} reviewed page${rows.length === 1 ? '' : 's'} overdue on ${formatDay(today)}.`,
  ];
  if (overdue.length > 0) lines.push('', '## Overdue', '', ...table(overdue));
  if (rest.length > 0) lines.push('', '## Up to date', '', ...table(rest));
  if (overdue.length > 0)
    lines.push(
      '',
      'To clear a page: check that it is still true, fix what is not, and set `reviewed:` in its front matter to the day you did.',
    );
  return lines.join('\n');
}
