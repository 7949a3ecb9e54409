import type { Span, TimeUnit } from '../data/types.js';
import type { CalendarDate } from './dates.js';
import { addDays, addMonths, addWeeks, addYears } from './dates.js';

/** Rough length of each unit in days, only to order spans of different units. */
const UNIT_DAYS: Record<TimeUnit, number> = {
  minute: 1 / 1440,
  hour: 1 / 24,
  day: 1,
  week: 7,
  month: 30.44,
  year: 365.25,
};

export function spanDays(span: Span, end: 'min' | 'max'): number {
  return span[end] * UNIT_DAYS[span.unit];
}

/**
 * The overall range of several sources' spans: its low end is the span with
 * the smallest minimum, its high end the one with the largest maximum, so
 * each end names its own sources.
 */
export function overallRange(spans: readonly Span[]): { low: Span; high: Span } | undefined {
  if (!spans.length) return undefined;
  let low = spans[0];
  let high = spans[0];
  for (const s of spans) {
    if (spanDays(s, 'min') < spanDays(low, 'min')) low = s;
    if (spanDays(s, 'max') > spanDays(high, 'max')) high = s;
  }
  return { low, high };
}

/** A calendar date `amount` units after `date` (minutes and hours fall on the same day). */
export function addUnits(date: CalendarDate, amount: number, unit: TimeUnit): CalendarDate {
  switch (unit) {
    case 'day':
      return addDays(date, amount);
    case 'week':
      return addWeeks(date, amount);
    case 'month':
      return addMonths(date, amount);
    case 'year':
      return addYears(date, amount);
    default:
      return date;
  }
}

/** Whole days a span's end stands for (6–8 weeks → 42 and 56), for day counters. */
export function wholeDays(span: Span, end: 'min' | 'max'): number {
  return Math.round(spanDays(span, end));
}

const numberFormats = new Map<string, Intl.NumberFormat>();

function unitFormat(locale: string, unit: TimeUnit): Intl.NumberFormat {
  const key = locale + unit;
  let f = numberFormats.get(key);
  if (!f) {
    try {
      f = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits: 1 });
    } catch {
      f = new Intl.NumberFormat('en', { style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits: 1 });
    }
    numberFormats.set(key, f);
  }
  return f;
}

/** "6–24 months", "2.5 hours" in the locale, without the "about" (the caller adds it). */
export function formatAmount(min: number, max: number, unit: TimeUnit, locale = 'en'): string {
  const f = unitFormat(locale, unit);
  return min === max ? f.format(min) : f.formatRange(min, max);
}

const plainFormats = new Map<string, Intl.NumberFormat>();

/** "42–56" (or "7") in the locale's own range style, without a unit. */
export function formatRange(min: number, max: number, locale = 'en'): string {
  let f = plainFormats.get(locale);
  if (!f) {
    try {
      f = new Intl.NumberFormat(locale);
    } catch {
      f = new Intl.NumberFormat('en');
    }
    plainFormats.set(locale, f);
  }
  return min === max ? f.format(max) : f.formatRange(min, max);
}
