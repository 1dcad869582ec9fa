/**
 * Pages past their review date: a page that says when it was last reviewed (`reviewed`), with a period from its
 * `review_every` or the config's `review.every`, is reported once that period has passed, at its `reviewed`
 * line, naming its owners. A warning that `--strict` leaves a warning unless the config's `review.strict` says
 * otherwise (levels.ts): a date passing must not break a build nobody changed.
 */
import type { ContentGraph } from '../content-graph/graph.ts';
import { warning, type Problem } from '../problems.ts';
import { formatDay, formatPeriod, isOverdue, pageReview } from '../review-dates.ts';

export function checkReviewDates(graph: ContentGraph, today: Date = new Date()): Problem[] {
  return graph.pages.flatMap((page) => {
    const review = pageReview(page.data, graph.layout.reviewEvery);
    if (review && formatDay(review.reviewed) > formatDay(today)) {
      const { line, column } = page.positions.get('reviewed') ?? { line: 1, column: 1 };
      return [
        warning(
          page.file,
          line,
          column,
          `reviewed ${formatDay(review.reviewed)} is a day still to come`,
          'write the day the page was last reviewed (YYYY-MM-DD), not a day to come',
        ),
      ];
    }
    if (!review?.every || !review.due || !isOverdue(review, today)) return [];
    const { line, column } = page.positions.get('reviewed') ?? { line: 1, column: 1 };
    const owners = review.owners.length > 0 ? `; owners: ${review.owners.join(', ')}` : '; no owners named';
    return [
      warning(
        page.file,
        line,
        column,
        `review overdue since ${formatDay(review.due)} (last reviewed ${formatDay(review.reviewed)}, every ${formatPeriod(review.every)})${owners}`,
        'check the page is still true, fix what is not, then set `reviewed:` to the day you did (YYYY-MM-DD)',
      ),
    ];
  });
}
