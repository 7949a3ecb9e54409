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

/**
 * English and Italian dates, written as Intl writes them, without an Intl
 * object: in a fresh page the first `Intl.DateTimeFormat` pays for starting
 * Intl and the locale's calendar data, the longest single piece of a first
 * render. Month names (the short name is the first three letters of the long
 * one in both languages), then weekday names from Sunday. test/core/dates.test.ts
 * compares every day of two years, in every style, alone and as ranges, with
 * the browser's Intl, so locale data that says otherwise fails there. Any
 * other tag (another region such as en-GB, a -u- extension, another
 * language) goes through Intl, cached.
 */
const NAMES = {
  en: 'January|February|March|April|May|June|July|August|September|October|November|December|Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday',
  it: 'gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre|domenica|lunedì|martedì|mercoledì|giovedì|venerdì|sabato',
} as const;
const PLAIN_DATES: Readonly<Record<string, keyof typeof NAMES>> = { en: 'en', 'en-us': 'en', it: 'it', 'it-it': 'it' };
/** The range separator: an en dash between spaces (ICU versions differ on whether the spaces are thin). */
const DASH = ' \u2013 ';

/** The kit's own date language for a locale ('en', 'it'), or undefined when Intl writes its dates. */
const plainDates = (locale: string) => PLAIN_DATES[locale.split(/-x-/i)[0].toLowerCase()];

/** The kit's own date language when it writes all of `dates` (four-digit years), else undefined. */
const plainFor = (locale: string, ...dates: CalendarDate[]) =>
  dates.every((x) => x.y >= 1000 && x.y <= 9999) ? plainDates(locale) : undefined;

/** Whether dates in this locale need an Intl object (its first one starts Intl: see core/intl.ts). */
export const datesNeedIntl = (locale: string): boolean => !plainDates(locale);

/**
 * One date in the kit's own style for `lang`, without the year unless `year`;
 * `pad` writes the day with two digits, as Italian ranges do.
 */
function plainDate(lang: keyof typeof NAMES, date: CalendarDate, style: DateStyle, year: boolean, pad = false): string {
  const names = NAMES[lang].split('|');
  const long = names[date.m - 1];
  const month = style === 'medium' || style === 'short' ? long.slice(0, 3) : long;
  const day = pad && style !== 'long' ? String(date.d).padStart(2, '0') : date.d;
  // 1970-01-01 was a Thursday (weekday 4 counting from Sunday).
  const weekday = names[12 + ((((serial(date) + 4) % 7) + 7) % 7)];
  if (lang === 'en') {
    const text = `${style === 'long' ? `${weekday}, ` : ''}${month} ${day}`;
    return year ? `${text}, ${date.y}` : text;
  }
  const text = `${style === 'long' ? `${weekday} ` : ''}${day} ${month}`;
  return year ? `${text} ${date.y}` : text;
}

/** Formats a calendar date in a locale; the day shown is the date itself in every time zone. */
export function formatDate(date: CalendarDate, locale = 'en', style: DateStyle = 'medium'): string {
  const lang = plainFor(locale, date);
  if (lang) return plainDate(lang, date, style, style === 'long' || style === 'medium');
  return formatter(locale, style).format(utc(date));
}

/** "29 Mar – 12 Apr 2026" in the locale's own range style. */
export function formatDateRange(a: CalendarDate, b: CalendarDate, locale = 'en', style: DateStyle = 'medium'): string {
  if (sameDate(a, b)) return formatDate(a, locale, style);
  const lang = plainFor(locale, a, b);
  if (!lang || compareDates(a, b) > 0) return formatter(locale, style).formatRange(utc(a), utc(b));
  const it = lang === 'it';
  // Across a new year both ends carry their year, whatever the style.
  if (a.y !== b.y) return plainDate(lang, a, style, true, it) + DASH + plainDate(lang, b, style, true, it);
  const withYear = style === 'long' || style === 'medium';
  const year = withYear ? `${it ? ' ' : ', '}${a.y}` : '';
  if (a.m === b.m && style !== 'long' && !it) return `${plainDate(lang, a, style, false)}${DASH}${b.d}${year}`;
  if (a.m === b.m && it) {
    // "08–12 mar 2026"; with weekdays "domenica 8 – giovedì 12 marzo 2026".
    if (style === 'long') return plainDate(lang, a, style, false).replace(/ \S+$/, '') + DASH + plainDate(lang, b, style, true);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${pad(a.d)}\u2013${plainDate(lang, b, style, false, true)}${year}`;
  }
  return plainDate(lang, a, style, false, it) + DASH + plainDate(lang, b, style, false, it) + year;
}
