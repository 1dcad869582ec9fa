/**
 * Review dates: a page may say when someone last checked it is still true (`reviewed: 2026-11-30`), who looks
 * after it (`owners`), and how often it should be checked again (`review_every: 6 months`, else the config's
 * `review.every`). From these come the page's "Last reviewed" line and, once the period has passed, the
 * `review-dates` warning (src/lib/rules/review-dates.ts) and the overdue list (`folio reviews`).
 *
 * Hand-written: a period is a count and a calendar unit, which no date library here reads from plain words;
 * date arithmetic is UTC calendar arithmetic, so a page is due on the same day on every machine.
 */

export type PeriodUnit = 'day' | 'week' | 'month' | 'year';

/** A review period as written ("6 months"): a whole number of calendar units. */
export interface ReviewPeriod {
  count: number;
  unit: PeriodUnit;
}

const periodPattern = /^(\d{1,4})\s*(day|week|month|year)s?$/i;

/** Reads "6 months", "1 year", "90 days", "2 weeks"; undefined for anything else. */
export function parsePeriod(text: string): ReviewPeriod | undefined {
  const match = periodPattern.exec(text.trim());
  if (!match?.[1] || !match[2]) return undefined;
  const count = Number(match[1]);
  if (count < 1) return undefined;
  return { count, unit: match[2].toLowerCase() as PeriodUnit };
}

/** What a period problem says to do, for the config and front-matter schemas. */
export const periodHint = 'write a whole number and a unit, e.g. "6 months", "1 year", "90 days" or "2 weeks"';

/** "6 months", "1 year": a period as the warnings and the overdue list write it. */
export function formatPeriod(period: ReviewPeriod): string {
  return `${period.count} ${period.unit}${period.count === 1 ? '' : 's'}`;
}

const isoDay = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar day written YYYY-MM-DD, as midnight UTC; undefined when it is not a real day (2026-02-30). */
export function parseDay(text: string): Date | undefined {
  const match = isoDay.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
    ? date
    : undefined;
}

/** YYYY-MM-DD of a date, in UTC. */
export function formatDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The day a review made on `reviewed` falls due. Months and years keep the day of the month, clamped to the
 * month's last day (a review on 31 August, every 6 months, is due on 28 or 29 February).
 */
export function dueDate(reviewed: Date, period: ReviewPeriod): Date {
  const year = reviewed.getUTCFullYear();
  const month = reviewed.getUTCMonth();
  const day = reviewed.getUTCDate();
  if (period.unit === 'day' || period.unit === 'week') {
    const days = period.count * (period.unit === 'week' ? 7 : 1);
    return new Date(Date.UTC(year, month, day + days));
  }
  const months = period.count * (period.unit === 'year' ? 12 : 1);
  const lastDay = new Date(Date.UTC(year, month + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month + months, Math.min(day, lastDay)));
}

/** A page's review facts, from its checked front matter (src/schemas/page.ts) and the config's period. */
export interface PageReview {
  reviewed: Date;
  owners: readonly string[];
  /** The page's own period, else the config's; undefined when neither sets one (never due). */
  every: ReviewPeriod | undefined;
  /** When the next review is due; undefined without a period. */
  due: Date | undefined;
}

/**
 * The review facts of a page whose front matter has a `reviewed` date, or undefined. Values were validated by the
 * page schema, so a value that does not read is treated as absent rather than reported twice.
 */
export function pageReview(
  data: Readonly<Record<string, unknown>> | undefined,
  siteEvery: ReviewPeriod | undefined,
): PageReview | undefined {
  const written = data?.['reviewed'];
  const reviewed = typeof written === 'string' ? parseDay(written) : undefined;
  if (!reviewed) return undefined;
  const own = data?.['review_every'];
  const every = (typeof own === 'string' ? parsePeriod(own) : undefined) ?? siteEvery;
  const ownersValue = data?.['owners'];
  const owners = Array.isArray(ownersValue) ? ownersValue.filter((owner) => typeof owner === 'string') : [];
  return { reviewed, owners, every, due: every ? dueDate(reviewed, every) : undefined };
}

/** Whether a review is overdue on `today`: its due day has passed (a page due today is not late yet). */
export function isOverdue(review: PageReview, today: Date): boolean {
  return review.due !== undefined && formatDay(review.due) < formatDay(today);
}
