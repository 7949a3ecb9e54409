/**
 * The healing tracker's view-model: everything the widget draws for one
 * procedure, appointment, day and set of ticks, as plain data with its text
 * already in the locale's language. The component asks for one model per
 * update and renders it; this module has no DOM and no clock.
 */
import type { Citation, CareItem, Note, Procedure } from '../data/types.js';
import { formatDate, formatDateRange, toISODate, type CalendarDate } from './dates.js';
import { formatRange } from './figures.js';
import {
  dateOfDay,
  dayNumber,
  dayRange,
  healingDay,
  healingSpan,
  healingSpanText,
  healingTicksKey,
  nextStep,
  taskTimes,
  ticksOn,
  type Phase,
  type Ticks,
} from './healing.js';
import { t, type MessageKey } from './i18n.js';
import { noteText, procedureName } from './text.js';

/** A statement with its citations (empty `cite` and `studio` set: the studio's own words). */
export interface CitedLine {
  readonly id: string;
  readonly text: string;
  readonly cite: readonly Citation[];
  readonly studio?: boolean;
}

/** Where the sources differ about this day's care: what about, and every side with its own source (none is a task). */
export interface DifferLine {
  readonly id: string;
  /** "Water on your lips". */
  readonly text: string;
  readonly sides: readonly CitedLine[];
}

/** A care task as tick boxes: one box, or one per time of a repeated task (massage: 4). */
export interface TaskRow extends CitedLine {
  /** How many times a day (the number of boxes). */
  readonly times: number;
  /** How many of them are ticked. */
  readonly done: number;
  /** Each box's state, in order (the first `done` are ticked). */
  readonly boxes: readonly boolean[];
  /** "2/4" for a repeated task. */
  readonly countText: string;
}

/** One stretch of the progress bar, as fractions (0–1) of the bar's length. */
export interface BarStage {
  /** `healing`: Day 1 to the earliest end; `window`: the uncertain end, earliest to latest. */
  readonly kind: 'healing' | 'window';
  readonly from: number;
  readonly to: number;
}

export interface TrackerBar {
  /** The native progress value (the day shown, at most `max`) and maximum (the latest end). */
  readonly value: number;
  readonly max: number;
  /** Where the day shown sits on the bar, 0–1 (the end of its day: `value / max`). */
  readonly at: number;
  readonly stages: readonly BarStage[];
  /** "Day 1" and "Healing: 42–56 days" (qualified like the day line) under the bar's ends. */
  readonly startLabel: string;
  readonly endLabel: string;
}

export interface TrackerNav {
  /** The day each button goes to; undefined when it would go nowhere (the button is inert). */
  readonly prev?: number;
  readonly next?: number;
  readonly today?: number;
}

export interface NextVisit extends CitedLine {
  /** When, as text ("Apr 2, 2026", "Jun 2, 2026 – Mar 2, 2027", "when the effect wears off"). */
  readonly when: string;
  /** The same in pieces that must not break inside (a range splits after its dash: "Jun 2, 2026 –", "Mar 2, 2027"). */
  readonly whenParts: readonly string[];
  /** The first possible date, `YYYY-MM-DD`, for a `<time>`; absent without a date. */
  readonly datetime?: string;
}

/** What every state has: the title and the warning signs with the studio's phone. */
interface TrackerCommon {
  /** "Lip blush aftercare": the widget's title in every state. */
  readonly title: string;
  readonly warnings: readonly CitedLine[];
  /** "Contact your practitioner if you notice" (or "… your studio …" with a phone). */
  readonly warnTitle: string;
  /** The studio's phone as written, with its checked `tel:` link when it can be dialled reliably. */
  readonly call?: { readonly text: string; readonly url?: string };
}

/** No usable date yet: the title, and the date form (drawn by the widget). */
export interface TrackerNoDate extends TrackerCommon {
  readonly state: 'no-date';
}

/** The appointment has not happened yet. */
export interface TrackerBefore extends TrackerCommon {
  readonly state: 'before';
  /** Days until the appointment (1: tomorrow). */
  readonly daysUntil: number;
  /** "Your appointment is in 3 days." */
  readonly countdown: string;
  readonly pointer: string;
}

/** Day 1 or later. */
export interface TrackerDay extends TrackerCommon {
  readonly state: 'day';
  /** Storage key of this appointment's ticks. */
  readonly ticksKey: string;
  /** The day shown and today's day number. */
  readonly day: number;
  readonly today: number;
  readonly isToday: boolean;
  /** The date of the day shown, `YYYY-MM-DD`, and as long text. */
  readonly date: string;
  readonly dateText: string;
  readonly phase: Exclude<Phase, 'before'>;
  /** "Healing", "Settling in", "Healed". */
  readonly stage: string;
  /** "Day 9 of 42–56" ("about" only where the source is vague, "at least" for a minimum), or "Day 61" after the span (the progress bar's value text). */
  readonly dayText: string;
  /** The same in two unbreakable parts, the day ("Day 9") and the rest (" of 42–56", with its leading space; empty after the span). */
  readonly dayParts: { readonly lead: string; readonly rest: string };
  /** The healing span's citation (the "42–56"), when there is a span. */
  readonly span?: CitedLine & { readonly min: number; readonly max: number; readonly text: string };
  readonly bar?: TrackerBar;
  readonly nav: TrackerNav;
  /** "Today", or the short date of another day shown. */
  readonly todayHeading: string;
  /** Ticks allowed (not on a day still to come). */
  readonly canTick: boolean;
  readonly expect: readonly CitedLine[];
  readonly tasks: readonly TaskRow[];
  readonly doList: readonly CitedLine[];
  readonly avoid: readonly CitedLine[];
  /** Where the sources differ about this day (after the Avoid list); empty on most days. */
  readonly differ: readonly DifferLine[];
  readonly next?: NextVisit;
}

export type TrackerModel = TrackerNoDate | TrackerBefore | TrackerDay;

export interface TrackerInput {
  readonly procedure: Procedure;
  /** The procedure id in use (keys the stored ticks). */
  readonly procedureId: string;
  readonly appointment?: CalendarDate;
  readonly today: CalendarDate;
  /** The day the client navigated to; undefined follows today. */
  readonly view?: number;
  readonly ticks?: Ticks;
  readonly locale: string;
  /** The studio's phone as written and its checked `tel:` link. */
  readonly phone?: string;
  readonly phoneUrl?: string;
}

const line = (p: Procedure, n: Note, locale: string): CitedLine => ({
  id: n.id,
  text: noteText(p, n, locale),
  cite: n.cite,
  studio: n.studio,
});

const SPLIT = '\u0000';

/** A date or date range and its unbreakable pieces (a range may wrap after its dash, never inside a date); else the words. */
function whenOf(range: string | undefined, words: string): { when: string; whenParts: readonly string[] } {
  if (!range) return { when: words, whenParts: words.split(' ') };
  const m = /^(.+?)\s*([–-])\s*(.+)$/u.exec(range);
  return { when: range, whenParts: m && /\d/.test(m[1]) && /\d/.test(m[3]) ? [`${m[1]} ${m[2]}`, m[3]] : [range] };
}

/** "Day \0 of 42–56" → { lead: "Day 9", rest: " of 42–56" } (the day number ends the lead, in any language's word order). */
function splitAfter(text: string, n: string): { lead: string; rest: string } {
  const at = text.indexOf(SPLIT);
  if (at < 0) return { lead: text, rest: '' };
  return { lead: text.slice(0, at) + n, rest: text.slice(at + 1) };
}

/** The tracker's title for a procedure, or the generic one (an unknown procedure). */
export function trackerTitle(p: Procedure | undefined, locale: string): string {
  return p ? t(locale, 'trk.title', { name: procedureName(p, locale) }) : t(locale, 'trk.titleGeneric');
}

/** The model of the tracker for one update. */
export function trackerModel(input: TrackerInput): TrackerModel {
  const { procedure: p, appointment, today, locale } = input;
  const msg = (key: MessageKey, vars?: Record<string, string | number>) => t(locale, key, vars);
  // A phone that cannot be dialled reliably is shown as written, without a link.
  const call = input.phone ? { text: msg('call', { phone: input.phone }), url: input.phoneUrl } : undefined;
  const common: TrackerCommon = {
    title: trackerTitle(p, locale),
    warnings: (p.warningSigns ?? []).map((n) => line(p, n, locale)),
    warnTitle: msg(call ? 'warnStudio' : 'warnTitle'),
    call,
  };
  if (!appointment) return { ...common, state: 'no-date' };
  const now = dayNumber(appointment, today);
  if (now < 1) {
    return {
      ...common,
      state: 'before',
      daysUntil: 1 - now,
      countdown: now ? msg('inDays', { n: 1 - now }) : msg('tomorrow'),
      pointer: msg('prepPointer'),
    };
  }
  const span = healingSpan(p);
  const [lo, hi] = dayRange(now, span);
  const n = Math.min(hi, Math.max(lo, input.view ?? now));
  const date = dateOfDay(appointment, n);
  const d = healingDay(p, appointment, date);
  const phase = d.phase === 'healed' ? 'healed' : 'healing';
  const kind = p.recovery?.kind ?? 'healed';
  const spanText = span ? healingSpanText(span, locale) : '';
  const key: MessageKey = span && phase === 'healing' ? 'dayOf' : 'day';
  const dayText = msg(key, { n, span: spanText });
  const dayParts = splitAfter(msg(key, { n: SPLIT, span: spanText }), String(n));
  const ticks = input.ticks;
  const task = (c: CareItem): TaskRow => {
    const times = taskTimes(c);
    const done = Math.min(times, ticksOn(ticks, n, c.id));
    return { ...line(p, c, locale), times, done, boxes: Array.from({ length: times }, (_, k) => k < done), countText: `${done}/${times}` };
  };
  const next = nextStep(p, appointment, today);
  const stageEnd = span ? span.min / span.max : 1;
  const go = (to: number) => (to < lo || to > hi || to === n ? undefined : to);
  return {
    ...common,
    state: 'day',
    ticksKey: healingTicksKey(input.procedureId, appointment),
    day: n,
    today: now,
    isToday: n === now,
    date: toISODate(date),
    dateText: formatDate(date, locale, 'long'),
    phase,
    stage: msg(phase === 'healed' ? `done.${kind}` : `stage.${kind}`),
    dayText,
    dayParts,
    span: span && {
      id: 'span',
      text: formatRange(span.min, span.max, locale),
      min: span.min,
      max: span.max,
      cite: span.cite,
      studio: span.studio,
    },
    bar: span && {
      value: Math.min(n, span.max),
      max: span.max,
      at: Math.min(n, span.max) / span.max,
      stages: [
        { kind: 'healing', from: 0, to: stageEnd },
        ...(span.min < span.max ? [{ kind: 'window' as const, from: stageEnd, to: 1 }] : []),
      ],
      startLabel: msg('day', { n: 1 }),
      endLabel: msg('trk.barEnd', { what: msg(`stage.${kind}`), span: spanText }),
    },
    nav: { prev: go(n - 1), next: go(n + 1), today: n === now ? undefined : now },
    todayHeading: n === now ? msg('trk.today') : formatDate(date, locale, 'short'),
    canTick: n <= now,
    expect: d.expect.map((x) => line(p, x, locale)),
    tasks: d.tasks.map(task),
    doList: d.care.filter((c) => c.kind === 'do').map((x) => line(p, x, locale)),
    avoid: d.care.filter((c) => c.kind === 'avoid').map((x) => line(p, x, locale)),
    differ: d.differ.map((x) => ({ id: x.id, text: noteText(p, x, locale), sides: x.sides.map((s) => line(p, s, locale)) })),
    next: next && {
      id: next.item.id,
      text: noteText(p, next.item, locale),
      cite: next.cite,
      studio: next.studio,
      ...whenOf(next.from && next.to ? formatDateRange(next.from, next.to, locale) : undefined, msg('whenWornOff')),
      datetime: next.from && toISODate(next.from),
    },
  };
}
