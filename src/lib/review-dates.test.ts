import { describe, expect, it } from 'vitest';
import { dueDate, formatDay, formatPeriod, isOverdue, pageReview, parseDay, parsePeriod } from './review-dates.ts';

const day = (text: string) => {
  const date = parseDay(text);
  if (!date) throw new Error(`not a day: ${text}`);
  return date;
};

describe('parsePeriod', () => {
  it('reads a count and a calendar unit, singular or plural, in any case', () => {
    expect(parsePeriod('6 months')).toEqual({ count: 6, unit: 'month' });
    expect(parsePeriod('1 Year')).toEqual({ count: 1, unit: 'year' });
    expect(parsePeriod(' 90days ')).toEqual({ count: 90, unit: 'day' });
    expect(parsePeriod('2 weeks')).toEqual({ count: 2, unit: 'week' });
  });

  it('refuses what is not one', () => {
    for (const text of ['soon', '0 months', '-1 year', '1.5 years', 'P6M', '6', 'months'])
      expect(parsePeriod(text)).toBe(undefined);
  });

  it('is written back in words', () => {
    expect(formatPeriod({ count: 1, unit: 'year' })).toBe('1 year');
    expect(formatPeriod({ count: 3, unit: 'week' })).toBe('3 weeks');
  });
});

describe('parseDay', () => {
  it('reads real days only', () => {
    expect(formatDay(day('2024-02-29'))).toBe('2024-02-29');
    expect(parseDay('2026-02-29')).toBe(undefined);
    expect(parseDay('2026-13-01')).toBe(undefined);
    expect(parseDay('30/11/2026')).toBe(undefined);
    expect(parseDay('2026-11-30T10:00:00Z')).toBe(undefined);
  });
});

describe('dueDate', () => {
  it('adds days and weeks', () => {
    expect(formatDay(dueDate(day('2026-12-25'), { count: 10, unit: 'day' }))).toBe('2027-01-04');
    expect(formatDay(dueDate(day('2026-02-20'), { count: 2, unit: 'week' }))).toBe('2026-03-06');
  });

  it('keeps the day of the month, clamped to the last day of a shorter month', () => {
    expect(formatDay(dueDate(day('2026-08-31'), { count: 6, unit: 'month' }))).toBe('2027-02-28');
    expect(formatDay(dueDate(day('2027-08-31'), { count: 6, unit: 'month' }))).toBe('2028-02-29');
    expect(formatDay(dueDate(day('2024-02-29'), { count: 1, unit: 'year' }))).toBe('2025-02-28');
    expect(formatDay(dueDate(day('2026-11-30'), { count: 12, unit: 'month' }))).toBe('2027-11-30');
  });
});

describe('pageReview', () => {
  const year = { count: 1, unit: 'year' } as const;

  it("takes the page's own period over the site's, and its owners as a list", () => {
    const review = pageReview({ reviewed: '2026-01-10', review_every: '3 months', owners: ['alice'] }, year);
    expect(review && formatDay(review.due ?? new Date(0))).toBe('2026-04-10');
    expect(review?.owners).toEqual(['alice']);
    expect(pageReview({ reviewed: '2026-01-10' }, year)?.every).toEqual(year);
  });

  it('is none without a reviewed day, and never due without a period', () => {
    expect(pageReview({ owners: ['alice'] }, year)).toBe(undefined);
    expect(pageReview(undefined, year)).toBe(undefined);
    const undated = pageReview({ reviewed: '2020-01-01' }, undefined);
    expect(undated?.due).toBe(undefined);
    expect(undated && isOverdue(undated, day('2030-01-01'))).toBe(false);
  });

  it('is overdue the day after it falls due, not on the day', () => {
    const review = pageReview({ reviewed: '2025-12-02' }, year);
    if (!review) throw new Error('no review');
    expect(isOverdue(review, day('2026-12-02'))).toBe(false);
    expect(isOverdue(review, day('2026-12-03'))).toBe(true);
  });
});
