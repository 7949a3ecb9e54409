/**
 * Calendar dates without time zones. A `CalendarDate` is a day on the wall
 * calendar (year, month 1–12, day); arithmetic runs on UTC day numbers, so no
 * local midnight, DST change or time zone can shift a day.
 */
import { cachedIntl } from './intl.js';

export interface CalendarDate {
  readonly y: number;
  /** 1–12 */
  readonly m: number;
  /** 1–31 */
  readonly d: number;
}

export type DateProblem = 'empty' | 'format' | 'no-such-date';

export type ParsedDate =
  { readonly ok: true; readonly date: CalendarDate } | { readonly ok: false; readonly problem: DateProblem; readonly input: string };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** The date's midnight UTC in ms. */
const utc = (date: CalendarDate) => Date.UTC(date.y, date.m - 1, date.d);

/** Days from 1970-01-01 to the date (negative before). */
const serial = (date: CalendarDate) => Math.round(utc(date) / DAY_MS);

function fromSerial(n: number): CalendarDate {
  const t = new Date(n * DAY_MS);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/**
 * Strictly parses `YYYY-MM-DD` (surrounding white space allowed). Anything
 * else — other formats, times, impossible days such as 2024-02-30 — is a
 * problem the caller can name to the page author.
 */
export function parseDate(input: unknown): ParsedDate {
  const text = typeof input === 'string' ? input.trim() : '';
  if (!text) {
    // objects are not stringified: String() throws for null-prototype or hostile ones
    const shown = typeof input === 'object' || typeof input === 'function' ? '' : String(input ?? '');
    return { ok: false, problem: 'empty', input: shown };
  }
  const m = ISO_DATE.exec(text);
  if (!m) return { ok: false, problem: 'format', input: text };
  const date = { y: +m[1], m: +m[2], d: +m[3] };
  // a day the calendar lacks (2024-02-30, month 13, day 0) moves on: it no longer reads the same
  return date.y < 1000 || toISODate(addDays(date, 0)) !== text ? { ok: false, problem: 'no-such-date', input: text } : { ok: true, date };
}

/** `YYYY-MM-DD`, the form attributes, storage and `.ics` use. */
export function toISODate(date: CalendarDate): string {
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${p(date.y, 4)}-${p(date.m)}-${p(date.d)}`;
}

/** The local calendar date of an instant (default: now) in the browser's time zone. */
export function localDate(now: Date = new Date()): CalendarDate {
  return { y: now.getFullYear(), m: now.getMonth() + 1, d: now.getDate() };
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromSerial(serial(date) + Math.trunc(days));
}

export function addWeeks(date: CalendarDate, weeks: number): CalendarDate {
  return addDays(date, Math.round(weeks * 7));
}

/**
 * Adds calendar months; a day that the target month lacks falls to its last
 * day (31 Jan + 1 month = 28 or 29 Feb). Fractions of a month count as days
 * (0.5 month = 15 days).
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const whole = Math.trunc(months);
  const index = date.y * 12 + (date.m - 1) + whole;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  const moved = { y, m, d: Math.min(date.d, daysInMonth(y, m)) };
  const rest = months - whole;
  return rest ? addDays(moved, Math.round(rest * 30)) : moved;
}

export function addYears(date: CalendarDate, years: number): CalendarDate {
  return addMonths(date, years * 12);
}

/** Whole calendar days from `a` to `b` (negative when b is earlier); exact across DST. */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return serial(b) - serial(a);
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return Math.sign(daysBetween(b, a));
}

export function sameDate(a: CalendarDate, b: CalendarDate): boolean {
  return daysBetween(a, b) === 0;
}

/** Milliseconds from `now` to the next local midnight (at least 1 s, for timers). */
export function msUntilLocalMidnight(now: Date = new Date()): number {
  const next = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 0, 0, 0, 0);
  return Math.max(1000, next.getTime() - now.getTime());
}

/** A cached UTC formatter for a locale and style. */
const formatter = (locale: string, style: DateStyle): Intl.DateTimeFormat =>
  cachedIntl(`date ${locale} ${style}`, locale, (l) => new Intl.DateTimeFormat(l, { ...STYLES[style], timeZone: 'UTC' }));

export type DateStyle = 'long' | 'medium' | 'short' | 'day-month';

const STYLES: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  long: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  medium: { day: 'numeric', month: 'short', year: 'numeric' },
  short: { day: 'numeric', month: 'short' },
  'day-month': { day: 'numeric', month: 'long' },
};

/** Formats a calendar date in a locale; the day shown is the date itself in every time zone. */
export function formatDate(date: CalendarDate, locale = 'en', style: DateStyle = 'medium'): string {
  return formatter(locale, style).format(utc(date));
}

/** "29 Mar – 12 Apr 2026" in the locale's own range style. */
export function formatDateRange(a: CalendarDate, b: CalendarDate, locale = 'en', style: DateStyle = 'medium'): string {
  if (sameDate(a, b)) return formatDate(a, locale, style);
  return formatter(locale, style).formatRange(utc(a), utc(b));
}
