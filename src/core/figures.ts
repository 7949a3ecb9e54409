import type { FigureBasis, Span, TimeUnit } from '../data/types.js';
import type { CalendarDate } from './dates.js';
import { addDays, addMonths, addWeeks, addYears } from './dates.js';
import { cachedIntl } from './intl.js';
import { t, unitWord } from './i18n.js';

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

/** Amounts show at most one decimal: 2.25 hours is "2.3 hours", as Intl's unit format has it. */
const ROUND = { maximumFractionDigits: 1 };

/**
 * "6–24 months", "2.3 hours", "1 settimana", "0,5-1 ora": the locale's own
 * number range and plural category, with the unit word of the kit's
 * language (its word for the plural category, "5 tygodni", "2 tygodnie"),
 * without the "about" (the caller adds it). The same text as a
 * unit-style Intl.NumberFormat for English and Italian, without a formatter
 * and its locale data per unit on the first render. A language the kit has
 * no catalog for gets English unit words, like the rest of its interface.
 */
export function formatAmount(min: number, max: number, unit: TimeUnit, locale = 'en'): string {
  // selectRange (ES2023) is missing from TypeScript's lib and from browsers before 2022-23.
  const rules: Intl.PluralRules & { selectRange?(a: number, b: number): string } = cachedIntl(
    `plural ${locale}`,
    locale,
    (l) => new Intl.PluralRules(l, ROUND),
  );
  const category = min === max || !rules.selectRange ? rules.select(max) : rules.selectRange(min, max);
  return `${formatRange(min, max, locale)} ${unitWord(locale, unit, category)}`;
}

/** A formatted figure with "about" where the source is vague, "at least" where it gives a minimum, else as it is. */
export function qualified(amount: string, basis: FigureBasis, locale: string): string {
  return basis.approx ? t(locale, 'about', { x: amount }) : basis.atLeast ? t(locale, 'atLeast', { x: amount }) : amount;
}

/** "42–56" (or "7") in the locale's own range style, without a unit. */
export function formatRange(min: number, max: number, locale = 'en'): string {
  const f = cachedIntl(`number ${locale}`, locale, (l) => new Intl.NumberFormat(l, ROUND));
  return min === max ? f.format(max) : f.formatRange(min, max);
}
