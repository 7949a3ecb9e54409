import type { Span, TimeUnit } from '../data/types.js';
import type { CalendarDate } from './dates.js';
import { addDays, addMonths, addWeeks, addYears, cachedIntl } from './dates.js';
import { t } from './i18n.js';

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

const UNITS: readonly TimeUnit[] = ['minute', 'hour', 'day', 'week', 'month', 'year'];

/**
 * "6–24 months", "2.5 hours", "1 settimana": the locale's own number range and
 * the unit word of the kit's language (singular only for exactly 1), without
 * the "about" (the caller adds it). Unit-style Intl.NumberFormat would give
 * the same text but costs a formatter and its locale data per unit on the
 * first render.
 */
export function formatAmount(min: number, max: number, unit: TimeUnit, locale = 'en'): string {
  const word = t(locale, 'units').split('|')[UNITS.indexOf(unit) * 2 + (min === 1 && max === 1 ? 0 : 1)];
  return `${formatRange(min, max, locale)} ${word}`;
}

/** "42–56" (or "7") in the locale's own range style, without a unit. */
export function formatRange(min: number, max: number, locale = 'en'): string {
  const f = cachedIntl(locale, locale, (l) => new Intl.NumberFormat(l));
  return min === max ? f.format(max) : f.formatRange(min, max);
}
