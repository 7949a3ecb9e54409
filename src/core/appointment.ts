/**
 * The client's appointment date, shared by the timeline, the healing tracker
 * and the prep checklist: entered once per procedure, seen by all three.
 */
import { addYears, compareDates, parseDate, toISODate } from './dates.js';
import type { CalendarDate, DateProblem } from './dates.js';
import { defaultStore } from './storage.js';
import type { Store } from './storage.js';

/**
 * Sanity limits for an appointment date, relative to today:
 * - more than 2 years ahead is 'far-future': studios book weeks or months
 *   ahead, so such a date is almost surely a typo (2062 for 2026);
 * - more than 5 years back is 'far-past': the longest-lasting lip treatments
 *   fade within a few years, so no healing or touch-up schedule still applies.
 *   Dates 1–5 years back stay valid ("touch-up overdue" is a useful state).
 * Exactly 2 years ahead or 5 years back (same month and day) is still in range.
 */
export const MAX_YEARS_AHEAD = 2;
export const MAX_YEARS_BACK = 5;

export type RangeProblem = 'far-future' | 'far-past';
export type AppointmentProblem = DateProblem | RangeProblem;
export type AppointmentSource = 'attribute' | 'url' | 'stored' | 'none';

export interface ResolvedAppointment {
  /** The date to use; absent when there is none or it has a problem. */
  readonly date?: CalendarDate;
  /** Where the date (or the problem) came from. */
  readonly from: AppointmentSource;
  /** Why the given value is not used, naming the value for the page author. */
  readonly problem?: { readonly value: string; readonly problem: AppointmentProblem };
}

export interface ResolveOptions {
  /** The element's `appointment` attribute: null/undefined when absent. */
  attribute?: string | null;
  /** The widget's procedure id. */
  procedure: string;
  /** The page address (usually `location.href`). */
  url?: string | URL | null;
  /** Today's local date (the caller reads the clock). */
  today: CalendarDate;
  /** Where saved dates live (default: the page's shared store). */
  store?: Store;
}

export function appointmentKey(procedure: string): string {
  return `appointment:${procedure}`;
}

/** Whether `date` lies outside the sanity limits around `today`. */
export function rangeProblem(date: CalendarDate, today: CalendarDate): RangeProblem | undefined {
  if (compareDates(date, addYears(today, MAX_YEARS_AHEAD)) > 0) return 'far-future';
  if (compareDates(date, addYears(today, -MAX_YEARS_BACK)) < 0) return 'far-past';
  return undefined;
}

/** The query of an absolute or relative address, without parsing the rest (empty without one). */
const params = (url: string | URL | null | undefined) => new URLSearchParams(/\?([^#]*)/.exec(String(url))?.[1]);

/** The `procedure` parameter of a page address, trimmed; undefined when absent or empty. */
export function procedureFromUrl(url: string | URL | null | undefined): string | undefined {
  return params(url).get('procedure')?.trim() || undefined;
}

/** A date given as text, checked: the date, or the problem naming the text. */
function check(from: AppointmentSource, value: string, today: CalendarDate): ResolvedAppointment {
  const parsed = parseDate(value);
  if (!parsed.ok) return { from, problem: { value, problem: parsed.problem } };
  const problem = rangeProblem(parsed.date, today);
  return problem ? { from, problem: { value, problem } } : { date: parsed.date, from };
}

/** A stored value that is a valid date (parseDate names anything else a problem, never throwing). */
function sanitizeStored(raw: unknown): CalendarDate | undefined {
  const parsed = parseDate(raw);
  return parsed.ok ? parsed.date : undefined;
}

/** The saved date for a procedure (valid dates only; no range check). */
export function storedAppointment(procedure: string, store: Store = defaultStore()): CalendarDate | undefined {
  return store.read(appointmentKey(procedure), sanitizeStored);
}

/**
 * Finds the appointment date for a widget. Order:
 * 1. the `appointment` attribute when present — if it is unusable the result
 *    is a problem, never a silent fall-through to other sources;
 * 2. the page URL's `?appointment=YYYY-MM-DD`, when the URL names no
 *    `procedure` or names this one (same rule: present but unusable → problem);
 * 3. the date saved for this procedure (a corrupt saved value counts as none).
 * Every date found is checked against the sanity limits (`rangeProblem`).
 */
export function resolveAppointment({ attribute, procedure, url, today, store }: ResolveOptions): ResolvedAppointment {
  if (attribute != null) return check('attribute', String(attribute), today);
  const fromUrl = params(url).get('appointment');
  const named = procedureFromUrl(url);
  if (fromUrl != null && (!named || named.toLowerCase() === procedure.trim().toLowerCase())) return check('url', fromUrl, today);
  const stored = storedAppointment(procedure, store);
  return stored ? check('stored', toISODate(stored), today) : { from: 'none' };
}

/** Saves the client's date for a procedure (user action only); true when it reached storage. */
export function saveAppointment(procedure: string, date: CalendarDate, store: Store = defaultStore()): boolean {
  return store.write(appointmentKey(procedure), toISODate(date));
}

/** Forgets the saved date for a procedure (user action only). */
export function clearAppointment(procedure: string, store: Store = defaultStore()): void {
  store.remove(appointmentKey(procedure));
}

/**
 * Calls `listener` with the saved date whenever it changes — on this page or
 * in another tab; returns the unsubscribe function.
 */
export function subscribeAppointment(
  procedure: string,
  listener: (stored: CalendarDate | undefined) => void,
  store: Store = defaultStore(),
): () => void {
  return store.subscribe(appointmentKey(procedure), () => listener(storedAppointment(procedure, store)));
}
