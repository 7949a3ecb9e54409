/**
 * Return visits (refinement, booster, touch-up, repeat) on the calendar: one
 * rule for the timeline and the healing tracker's "next step".
 */
import type { Procedure, Span, Upkeep } from '../data/types.js';
import { compareDates, type CalendarDate } from './dates.js';
import { addUnits, overallRange } from './figures.js';

/** When the refinement session falls: the earliest day its figures give (the appointment when there is none). */
export function refinementDate(p: Procedure, appointment: CalendarDate): CalendarDate {
  const refinement = p.upkeep?.find((u) => u.kind === 'refinement' && u.after?.length);
  const low = refinement && overallRange(refinement.after!)?.low;
  return low ? addUnits(appointment, low.min, low.unit) : appointment;
}

/** The day a visit is counted from: the appointment, or the refinement session. */
export function visitBase(p: Procedure, item: Upkeep, appointment: CalendarDate): CalendarDate {
  return item.from === 'refinement' ? refinementDate(p, appointment) : appointment;
}

/**
 * Which occurrence of a span to show (1 = the first): for a recurring visit
 * the first one whose window has not ended by `today`; otherwise 1.
 */
export function occurrence(from: CalendarDate, span: Span, recurring?: boolean, today?: CalendarDate): number {
  let n = 1;
  while (recurring && today && span.max > 0 && n < 99 && compareDates(addUnits(from, span.max * n, span.unit), today) < 0) n++;
  return n;
}
