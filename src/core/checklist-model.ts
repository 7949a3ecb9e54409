/**
 * The prep checklist's view-model: the groups with their due dates, each item
 * with its tick state and text, and the progress, in the locale's language.
 * Built on core/prep (the dates and what is late); no DOM, no clock.
 */
import type { Citation, Note, PrepGroup, Procedure } from '../data/types.js';
import { formatDate, toISODate, type CalendarDate } from './dates.js';
import { formatAmount, qualified } from './figures.js';
import { t } from './i18n.js';
import { prepModel, prepTicksKey, type Ahead, type Due } from './prep.js';
import { noteText, procedureName } from './text.js';
import type { CitedLine, DifferLine } from './tracker-model.js';

export interface ChecklistItem {
  readonly id: string;
  /** The label ("Avoid: Alcohol" for an avoid item). */
  readonly text: string;
  readonly cite: readonly Citation[];
  readonly studio?: boolean;
  readonly done: boolean;
  /** Unticked and its last day has passed ("time has passed"). */
  readonly late: boolean;
  /** Its own due date where it says more than its group's: text and `YYYY-MM-DD`. */
  readonly dueText?: string;
  readonly dueDate?: string;
  /** Without a date: how far ahead ("3–4 days before"). */
  readonly aheadText?: string;
}

export interface ChecklistGroup {
  readonly group: PrepGroup;
  /** "Days before". */
  readonly label: string;
  /** "from 16 Mar" and `YYYY-MM-DD`; absent without a date. */
  readonly dueText?: string;
  readonly dueDate?: string;
  readonly items: readonly ChecklistItem[];
  readonly done: number;
  /** Its first item's number in the whole checklist (items are numbered 0, 1, … across the groups). */
  readonly first: number;
}

export interface ChecklistModel {
  /** "Lip blush: getting ready". */
  readonly title: string;
  /** Storage key of the ticks (per procedure and appointment). */
  readonly ticksKey: string;
  /** The appointment, `YYYY-MM-DD`, when known. */
  readonly appointment?: string;
  /** "Appointment: Friday, 20 March 2026" (or "Your appointment was on …"). */
  readonly appointmentText?: string;
  /** The appointment is behind us. */
  readonly over: boolean;
  readonly groups: readonly ChecklistGroup[];
  readonly done: number;
  readonly total: number;
  /** done / total (0 with nothing to do). */
  readonly fraction: number;
  /** "3 of 9 done". */
  readonly progressText: string;
  readonly complete: boolean;
  /** "Our sources give no preparation steps for …" when there is nothing to do. */
  readonly noneText?: string;
  /** Who should avoid the treatment, each with its source (a line above the list, not tickable). */
  readonly notFor: readonly CitedLine[];
  /** Where the sources differ on something to settle before the appointment: what about, and every side (none tickable). */
  readonly differ: readonly DifferLine[];
}

export interface ChecklistInput {
  readonly procedure: Procedure;
  readonly procedureId: string;
  /** Ticked item ids. */
  readonly ticks: readonly string[];
  readonly appointment?: CalendarDate;
  readonly today?: CalendarDate;
  readonly locale: string;
}

/** "4 weeks", "at least 4 weeks" (a minimum in the source), "3–4 days". */
const aheadAmount = (ahead: Ahead, min: number, max: number, locale: string): string =>
  qualified(formatAmount(min, max, ahead.unit, locale), ahead, locale);

/** "from 16 Mar (4 days before), 17 Mar at the latest (3 days)", "from 20 Feb (at least 4 weeks before)", "on 20 Mar", "before 20 Mar". */
export function dueText(due: Due, locale: string, ahead?: Ahead): string {
  const date = formatDate(due.date, locale, 'short');
  if (due.kind !== 'from' || !ahead) return t(locale, `prep.${due.kind}`, { date });
  const x = aheadAmount(ahead, ahead.max, ahead.max, locale);
  return due.to
    ? t(locale, 'prep.range', { date, x, to: formatDate(due.to, locale, 'short'), y: aheadAmount(ahead, ahead.min, ahead.min, locale) })
    : t(locale, 'prep.fromAhead', { date, x });
}

/** The checklist's title for a procedure, or the generic one (an unknown procedure). */
export function checklistTitle(p: Procedure | undefined, locale: string): string {
  return p ? t(locale, 'prep.title', { name: procedureName(p, locale) }) : t(locale, 'prep.titleGeneric');
}

/** The model of the checklist for one update. */
export function checklistModel(input: ChecklistInput): ChecklistModel {
  const { procedure: p, appointment, today, locale } = input;
  const m = prepModel(p, input.ticks, appointment, today);
  const line = (x: Note): CitedLine => ({ id: x.id, text: noteText(p, x, locale), cite: x.cite, studio: x.studio });
  const groups = m.sections.map((s, i): ChecklistGroup => {
    const items = s.entries.map((e): ChecklistItem => {
      const text = noteText(p, e.item, locale);
      return {
        id: e.item.id,
        text: e.item.kind === 'avoid' ? t(locale, 'avoidItem', { x: text }) : text,
        cite: e.item.cite,
        studio: e.item.studio,
        done: e.done,
        late: e.late,
        dueText: e.due && dueText(e.due, locale, e.ahead),
        dueDate: e.due && toISODate(e.due.date),
        aheadText:
          !appointment && e.ahead ? t(locale, 'prep.ahead', { x: aheadAmount(e.ahead, e.ahead.min, e.ahead.max, locale) }) : undefined,
      };
    });
    return {
      group: s.group,
      label: t(locale, `prep.${s.group}`),
      dueText: s.due && dueText(s.due, locale),
      dueDate: s.due && toISODate(s.due.date),
      items,
      done: items.filter((x) => x.done).length,
      first: m.sections.slice(0, i).reduce((n, x) => n + x.entries.length, 0),
    };
  });
  const name = procedureName(p, locale);
  const { done, total } = m;
  return {
    title: checklistTitle(p, locale),
    ticksKey: prepTicksKey(input.procedureId, appointment),
    appointment: appointment && toISODate(appointment),
    appointmentText: appointment && t(locale, m.over ? 'prep.over' : 'prep.appointment', { date: formatDate(appointment, locale, 'long') }),
    over: !!m.over,
    groups,
    done,
    total,
    fraction: total ? done / total : 0,
    progressText: t(locale, 'prep.progress', { done, total }),
    complete: total > 0 && done === total,
    noneText: total ? undefined : t(locale, 'prep.none', { name }),
    notFor: m.notFor.map((x) => line(x)),
    differ: m.differ.map((d) => ({ id: d.id, text: noteText(p, d, locale), sides: d.sides.map((x) => line(x)) })),
  };
}
