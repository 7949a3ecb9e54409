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
 * Locales whose figures the kit writes without an Intl object: Latin digits,
 * no grouping below 1000, so a figure below 1000 with at most one decimal
 * differs only in its decimal sign and range dash; and their plural rule
 * for such a figure is "one" for exactly 1 (`rangeOne`: a range ending at 1
 * is "one" too, "0,5-1 ora"). Building an Intl.NumberFormat (its locale data)
 * is the largest single item of a first render; PluralRules costs too.
 * test/core/figures.test.ts checks every entry against Intl, so a browser's
 * locale data that says otherwise fails there. A tag not listed here (another
 * region, a -u- extension, another language) goes through Intl, cached.
 */
const PLAIN: Readonly<Record<string, { dec: string; dash: string; rangeOne: boolean }>> = {
  en: { dec: '.', dash: '\u2013', rangeOne: false },
  'en-us': { dec: '.', dash: '\u2013', rangeOne: false },
  'en-gb': { dec: '.', dash: '\u2013', rangeOne: false },
  it: { dec: ',', dash: '-', rangeOne: true },
  'it-it': { dec: ',', dash: '-', rangeOne: true },
};

/** The locale's plain style when both figures can be written without Intl, else undefined. */
function plainStyle(min: number, max: number, locale: string) {
  const style = PLAIN[locale.toLowerCase()];
  // Below 1000 (no grouping), not negative, written without an exponent, and
  // distinct once rounded (Intl writes "~2" for a range that rounds to one figure).
  const fits = (n: number) => n >= 0 && n < 999.95 && !`${n}`.includes('e');
  if (!style || !fits(min) || !fits(max) || (min !== max && round1(min) === round1(max))) return undefined;
  return style;
}

/** A figure rounded to one decimal, half away from zero as Intl rounds its shortest decimal form. */
const round1 = (n: number): number => Math.round(+`${n}e1`) / 10;

/** A figure below 1000 in a plain style: "2.5", "2,5", "7". */
const plainNumber = (n: number, dec: string): string => `${round1(n)}`.replace('.', dec);

/** The figure's plural category in the locale ("one", "few", "other"…): plain for English and Italian, else a cached Intl.PluralRules. */
function pluralCategory(min: number, max: number, locale: string): string {
  const plain = plainStyle(min, max, locale);
  if (plain) return round1(max) === 1 && (min === max || plain.rangeOne) ? 'one' : 'other';
  // selectRange (ES2023) is missing from TypeScript's lib and from browsers before 2022-23.
  const rules: Intl.PluralRules & { selectRange?(a: number, b: number): string } = cachedIntl(
    `plural ${locale}`,
    locale,
    (l) => new Intl.PluralRules(l, ROUND),
  );
  // A range whose ends round to one figure reads as that figure ("~1 day").
  const single = min === max || round1(min) === round1(max) || !rules.selectRange;
  return single ? rules.select(max) : rules.selectRange!(min, max);
}

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
  return `${formatRange(min, max, locale)} ${unitWord(locale, unit, pluralCategory(min, max, locale))}`;
}

/** A formatted figure with "about" where the source is vague, "at least" where it gives a minimum, else as it is. */
export function qualified(amount: string, basis: FigureBasis, locale: string): string {
  return basis.approx ? t(locale, 'about', { x: amount }) : basis.atLeast ? t(locale, 'atLeast', { x: amount }) : amount;
}

/**
 * "42–56" (or "7") in the locale's own digits, decimal sign and range style,
 * without a unit: written directly for the locales of `PLAIN`, else by a
 * cached Intl.NumberFormat.
 */
export function formatRange(min: number, max: number, locale = 'en'): string {
  const plain = plainStyle(min, max, locale);
  if (plain) return min === max ? plainNumber(max, plain.dec) : `${plainNumber(min, plain.dec)}${plain.dash}${plainNumber(max, plain.dec)}`;
  const f = cachedIntl(`number ${locale}`, locale, (l) => new Intl.NumberFormat(l, ROUND));
  return min === max ? f.format(max) : f.formatRange(min, max);
}
