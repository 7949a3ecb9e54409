/**
 * The preparation checklist as data: items grouped by when they apply, each
 * group's and item's due date from the appointment, what is late, progress,
 * and the stored ticks (a list of item ids per procedure and appointment).
 */
import type { Store } from './storage.js';
import type { Disagreement, Note, PrepGroup, PrepItem, Procedure, TimeUnit } from '../data/types.js';
import { addDays, compareDates, toISODate, type CalendarDate } from './dates.js';

/** The groups in the order they happen. */
export const prepGroups: readonly PrepGroup[] = ['weeks-before', 'days-before', 'night-before', 'day-of', 'bring'];

/**
 * When something is due: `on` a day, `from` a day (with `to`, the latest start
 * where the source gives a range of days), or `before` the appointment where
 * no source gives a number.
 */
export interface Due {
  readonly kind: 'on' | 'from' | 'before';
  readonly date: CalendarDate;
  readonly to?: CalendarDate;
}

/** How long before the appointment an item starts, in days or whole weeks; `atLeast` where the source gives a minimum. */
export interface Ahead {
  readonly min: number;
  readonly max: number;
  readonly unit: TimeUnit;
  readonly atLeast?: boolean;
}

export interface PrepEntry {
  readonly item: PrepItem;
  readonly done: boolean;
  /** Unticked and its last day has passed. */
  readonly late: boolean;
  /** The item's own due date, when it says more than its group's. */
  readonly due?: Due;
  readonly ahead?: Ahead;
}

export interface PrepSection {
  readonly group: PrepGroup;
  readonly due?: Due;
  readonly entries: readonly PrepEntry[];
}

export interface PrepModel {
  readonly sections: readonly PrepSection[];
  readonly done: number;
  readonly total: number;
  /** The appointment is behind us: nothing is marked late any more. */
  readonly over?: boolean;
  /** Who should avoid the treatment or look elsewhere (shown above the list, not tickable). */
  readonly notFor: readonly Note[];
  /** Where the sources differ on something to settle before the appointment: every side, not tickable. */
  readonly differ: readonly Disagreement[];
}

/** The item's days-before figure, ordered and non-negative, or undefined. */
function days(item: PrepItem): { min: number; max: number } | undefined {
  const b = item.daysBefore;
  if (!b || !Number.isFinite(b.min) || !Number.isFinite(b.max)) return undefined;
  return { min: Math.max(0, Math.min(b.min, b.max)), max: Math.max(0, b.min, b.max) };
}

/** How far ahead an item starts ("3–4 days", "4 weeks"); undefined on the day or with no figure. */
export function aheadOf(item: PrepItem): Ahead | undefined {
  const b = days(item);
  if (!b?.max) return undefined;
  const least = item.daysBefore?.atLeast ? { atLeast: true } : {};
  return b.min % 7 || b.max % 7 || !b.min ? { ...b, unit: 'day', ...least } : { min: b.min / 7, max: b.max / 7, unit: 'week', ...least };
}

/** When an item is due for an appointment; a group's span when the sources give no number. */
export function itemDue(item: PrepItem, appointment: CalendarDate): Due {
  const b = days(item);
  if (b?.max) return { kind: 'from', date: addDays(appointment, -b.max), to: b.min < b.max ? addDays(appointment, -b.min) : undefined };
  if (b || item.group === 'day-of' || item.group === 'bring') return { kind: 'on', date: appointment };
  if (item.group === 'night-before') return { kind: 'on', date: addDays(appointment, -1) };
  return { kind: 'before', date: appointment };
}

/** A group's due date: its items' common day, the earliest start when all are dated, else "before" the appointment. */
function groupDue(dues: readonly Due[], appointment: CalendarDate): Due {
  if (dues.some((d) => d.kind === 'before')) return { kind: 'before', date: appointment };
  const first = dues.reduce((a, b) => (compareDates(b.date, a.date) < 0 ? b : a));
  return { kind: dues.every((d) => d.kind === 'on' && !compareDates(d.date, first.date)) ? 'on' : 'from', date: first.date };
}

const same = (a: Due, b: Due) => a.kind === b.kind && !compareDates(a.date, b.date) && !a.to && !b.to;

/**
 * The checklist of a procedure: non-empty groups in order, each item's due
 * date (where it differs from its group's), whether it is done or late, and
 * the progress. Without an appointment there are no dates and nothing is late.
 */
export function prepModel(procedure: Procedure, ticks: readonly string[], appointment?: CalendarDate, today?: CalendarDate): PrepModel {
  const over = !!(appointment && today && compareDates(today, appointment) > 0);
  const sections: PrepSection[] = [];
  for (const group of prepGroups) {
    const items = (procedure.prep ?? []).filter((i) => i.group === group);
    if (!items.length) continue;
    const dues = appointment ? items.map((i) => itemDue(i, appointment)) : [];
    const due = appointment && groupDue(dues, appointment);
    const entries = items.map((item, n): PrepEntry => {
      const own = dues[n];
      const done = ticks.includes(item.id);
      return {
        item,
        done,
        late: !!(own && today && !done && !over && compareDates(today, own.to ?? own.date) > 0),
        due: own && due && !same(own, due) ? own : undefined,
        ahead: aheadOf(item),
      };
    });
    sections.push({ group, due, entries });
  }
  const all = sections.flatMap((s) => s.entries);
  return {
    sections,
    done: all.filter((e) => e.done).length,
    total: all.length,
    over,
    notFor: procedure.notFor ?? [],
    differ: (procedure.disagreements ?? []).filter((d) => d.area === 'prep'),
  };
}

/** Storage key of the ticks for a procedure and appointment (`-` without a date). */
export function prepTicksKey(procedure: string, appointment?: CalendarDate): string {
  return `prep:${procedure}:${appointment ? toISODate(appointment) : '-'}`;
}

/** Stored ticks: a list of distinct item ids (short strings); anything else reads as none. */
export function sanitizePrepTicks(raw: unknown): string[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  return [...new Set(raw.filter((id): id is string => typeof id === 'string' && id.length <= 200))].slice(0, 500);
}

/** The ticks with `id` ticked or not. */
export function setTick(ticks: readonly string[], id: string, on: boolean): string[] {
  const rest = ticks.filter((t) => t !== id);
  return on ? [...rest, id] : rest;
}

/** The ticked item ids stored under `key` (empty when missing, corrupt or from a newer version). */
export function readPrepTicks(store: Store, key: string): string[] {
  return store.read(key, sanitizePrepTicks) ?? [];
}

/** Forgets the ticks (the client confirmed a reset). */
export function clearPrepTicks(store: Store, key: string): void {
  store.remove(key);
}
