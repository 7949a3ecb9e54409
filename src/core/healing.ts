/**
 * The healing calendar: day N since the appointment (the appointment day is
 * Day 1), the span the tracker counts to, what applies on a day, the care
 * tasks, their stored ticks and the next return visit. Pure: no DOM, no clock.
 */
import { update, type Store } from './storage.js';
import type { CareItem, Cited, Disagreement, FigureBasis, Procedure, Span, TimedNote, Upkeep } from '../data/types.js';
import { addUnits, formatRange, overallRange, qualified, wholeDays } from './figures.js';
import { addDays, compareDates, daysBetween, toISODate, type CalendarDate } from './dates.js';
import { isPlainObject } from './safe.js';
import { occurrence, visitBase } from './upkeep.js';

export type Phase = 'before' | 'healing' | 'healed';

/**
 * The tracked span in whole days (lip blush 6–8 weeks → 42–56), with the
 * sources of its ends, `approx` where a source's words are vague and
 * `atLeast` where the source gives a minimum.
 */
export interface HealingSpan extends Cited, FigureBasis {
  readonly min: number;
  readonly max: number;
}

export interface HealingDay {
  /** Day number of `date`: 1 on the appointment day, 0 or less before it. */
  readonly day: number;
  readonly phase: Phase;
  /** What is normal on this day. */
  readonly expect: readonly TimedNote[];
  /** Advice for this day that is not a tickable task. */
  readonly care: readonly CareItem[];
  /** Tickable tasks for this day. */
  readonly tasks: readonly CareItem[];
  /** Where the sources differ about this day's care: every side, none ticked. */
  readonly differ: readonly Disagreement[];
}

/** Day N of `date` for an appointment (appointment day = Day 1); exact in every time zone. */
export function dayNumber(appointment: CalendarDate, date: CalendarDate): number {
  return daysBetween(appointment, date) + 1;
}

/** What the tracker counts to: the recovery spans, else the full-effect spans; undefined when the data has neither. */
export function healingSpan(p: Procedure): HealingSpan | undefined {
  const spans: readonly Span[] = p.recovery?.spans.length ? p.recovery.spans : (p.fullEffect ?? []);
  const r = overallRange(spans);
  if (!r) return undefined;
  const cite = r.low === r.high ? r.low.cite : [...r.low.cite, ...r.high.cite];
  return {
    min: Math.max(1, wholeDays(r.low, 'min')),
    max: Math.max(1, wholeDays(r.high, 'max')),
    cite,
    studio: r.low.studio || r.high.studio,
    approx: r.low.approx || r.high.approx,
    atLeast: r.high.atLeast,
  };
}

/** The span as the day line shows it: "42–56", "about 10–14", "at least 7". */
export function healingSpanText(span: HealingSpan, locale: string): string {
  return qualified(formatRange(span.min, span.max, locale), span, locale);
}

/** Whether a note applies on day N (a note without days applies over the whole span). */
export function appliesOn(note: TimedNote | Disagreement, day: number, span: HealingSpan | undefined): boolean {
  const w = note.days;
  return day >= (w?.from ?? 1) && day <= (w?.to ?? span?.max ?? Infinity);
}

/** How many times a task is done on a day (the massage: 4); 1 for a single task. */
export function taskTimes(item: CareItem): number {
  return Math.max(1, Math.floor(item.timesPerDay?.max ?? 1));
}

/** Everything the tracker shows for one calendar date. */
export function healingDay(p: Procedure, appointment: CalendarDate, date: CalendarDate): HealingDay {
  const day = dayNumber(appointment, date);
  const span = healingSpan(p);
  const phase: Phase = day < 1 ? 'before' : span && day > span.max ? 'healed' : 'healing';
  const on = <T extends TimedNote | Disagreement>(list: readonly T[] = []) =>
    phase === 'healing' ? list.filter((n) => appliesOn(n, day, span)) : [];
  const care = on(p.aftercare);
  const differ = on(p.disagreements?.filter((d) => d.area === 'aftercare'));
  return { day, phase, expect: on(p.expect), care: care.filter((c) => !c.task), tasks: care.filter((c) => c.task), differ };
}

/** The stored ticks of one procedure and appointment: day number → task id → times done. */
export type Ticks = Readonly<Record<string, Readonly<Record<string, number>>>>;

/** Storage key of the ticks for a procedure and appointment. */
export function healingTicksKey(procedure: string, appointment: CalendarDate): string {
  return `ticks:${procedure}:${toISODate(appointment)}`;
}

const isCount = (n: unknown) => Number.isInteger(n) && (n as number) >= 0 && (n as number) <= 24;

/** Keeps only day → id → whole count (0–24) from stored data; anything else reads as no ticks. */
export function sanitizeHealingTicks(raw: unknown): Ticks | undefined {
  if (!isPlainObject(raw)) return undefined;
  const days = Object.entries(raw).filter(([, ids]) => isPlainObject(ids)) as [string, Record<string, unknown>][];
  return Object.fromEntries(
    days.map(([day, ids]) => [day, Object.fromEntries(Object.entries(ids).filter(([, n]) => isCount(n))) as Record<string, number>]),
  );
}

/** Times a task was done on day N. */
export function ticksOn(ticks: Ticks | undefined, day: number, id: string): number {
  // inherited names ("toString", "__proto__") are no whole numbers: 0
  const n = ticks?.[day]?.[id];
  return Number.isInteger(n) ? n! : 0;
}

/** A copy of `ticks` with the count of one task on day N set (clamped to 0–24). */
export function withTick(ticks: Ticks | undefined, day: number, id: string, count: number): Ticks {
  const all = ticks ?? {};
  const n = Math.min(24, Math.max(0, Math.floor(count) || 0));
  return { ...all, [day]: { ...(Object.hasOwn(all, day) ? all[day] : {}), [id]: n } };
}

export interface NextStep extends Cited {
  readonly item: Upkeep;
  /** First and last date it may fall on (equal for one date); absent for "when the effect wears off". */
  readonly from?: CalendarDate;
  readonly to?: CalendarDate;
}

/**
 * The first return visit (refinement, booster, touch-up, repeat) whose date
 * has not passed on `today`; a recurring one moves to its next occurrence
 * (the same rule as the timeline: core/upkeep).
 */
export function nextStep(p: Procedure, appointment: CalendarDate, today: CalendarDate): NextStep | undefined {
  for (const item of p.upkeep ?? []) {
    const after = item.after ?? [];
    const cite = [...item.cite, ...after.flatMap((s) => s.cite)];
    const r = overallRange(after);
    if (!r) {
      if (item.whenWornOff) return { item, cite, studio: item.studio };
      continue;
    }
    const base = visitBase(p, item, appointment);
    const n = occurrence(base, r.high, item.recurring, today);
    const to = addUnits(base, r.high.max * n, r.high.unit);
    if (compareDates(to, today) >= 0) {
      return { item, from: addUnits(base, r.low.min * n, r.low.unit), to, cite, studio: item.studio || after.some((a) => a.studio) };
    }
  }
  return undefined;
}

/** The calendar date of day N (Day 1 = the appointment). */
export function dateOfDay(appointment: CalendarDate, day: number): CalendarDate {
  return addDays(appointment, day - 1);
}

/** Days the tracker lets the client step through: Day 1 to the end of the span, or to today when later. */
export function dayRange(today: number, span: HealingSpan | undefined): [number, number] {
  return [1, Math.max(span?.max ?? 1, today)];
}

/** The stored ticks under `key` (none when missing, corrupt or from a newer version). */
export function readHealingTicks(store: Store, key: string): Ticks | undefined {
  return store.read(key, sanitizeHealingTicks);
}

/**
 * Stores a task's count for day N after the client ticked, through storage's one
 * read-modify-write (other tabs' ticks are kept); false when it was not saved.
 */
export function saveHealingTick(store: Store, key: string, day: number, task: string, done: number): boolean {
  return update(store, key, sanitizeHealingTicks, (ticks) => withTick(ticks, day, task, done));
}
