/**
 * The touch-up timeline of a procedure, computed from its data alone (so a
 * studio's own procedure works too): the appointment, first results, full
 * effect or healing, the massage week, how long results last (each source's
 * span its own window) and the return visits. Pure: no DOM.
 */
import type { Citation, Procedure, Span } from '../data/types.js';
import { createRefs, type SourceRef } from './citations.js';
import { spanText } from './compare.js';
import { addDays, compareDates, formatDate, sameDate, type CalendarDate } from './dates.js';
import { addUnits } from './figures.js';
import { t } from './i18n.js';
import { occurrence, visitBase } from './upkeep.js';
import { noteText } from './text.js';

/** Before today (`done`), around today (`now`) or ahead (`next`). */
export type EventState = 'done' | 'now' | 'next';

/** One source's window for an event: a day, or a span of days when uncertain. */
export interface TimelineWindow {
  readonly start: CalendarDate;
  readonly end: CalendarDate;
  /** An uncertain window (start and end differ), drawn as a band. */
  readonly band: boolean;
  readonly approx?: boolean;
  /** Relative time: "6–8 weeks after your appointment". */
  readonly rel: string;
  readonly cite: readonly Citation[];
  /** A studio's own figure: shown "per <studio>" instead of source markers. */
  readonly studio?: boolean;
  /** Numbers of the window's sources (see `Timeline.refs`). */
  readonly refs: readonly number[];
}

export interface TimelineEvent {
  /** Stable id: `start`, `results`, `full-effect`, `recovery`, `lasts`, `upkeep-<id>`. */
  readonly id: string;
  readonly label: string;
  /** Extra words, such as "when the effect wears off". */
  readonly note?: string;
  readonly windows: readonly TimelineWindow[];
  /** Earliest start and latest end of the windows. */
  readonly start: CalendarDate;
  readonly end: CalendarDate;
  /** A return visit (refinement, booster, touch-up, repeat): goes to the calendar. */
  readonly visit?: boolean;
  /** The interval of a recurring visit (its next occurrence is shown). */
  readonly every?: Span;
  /** With an appointment date only. */
  readonly state?: EventState;
}

export interface Timeline {
  /** In order of start. */
  readonly events: readonly TimelineEvent[];
  /** The sources, numbered in order of first use. */
  readonly refs: readonly SourceRef[];
  /** The appointment the dates count from; absent: dates are only placeholders, show `rel`. */
  readonly appointment?: CalendarDate;
  readonly today?: CalendarDate;
  /** Where today falls: the index of the first event that starts after today; -1 without a date. */
  readonly todayAt: number;
}

/** Placeholder base for undated timelines (dates then only order the events). */
const BASE: CalendarDate = { y: 2000, m: 1, d: 1 };

type Win = Omit<TimelineWindow, 'refs' | 'band'>;

/**
 * The events of a procedure. With `appointment`, real dates; with `today`
 * as well, each event's state, and a recurring visit moves on to its next
 * occurrence that is not over.
 */
export function timeline(p: Procedure, locale: string, appointment?: CalendarDate, today?: CalendarDate): Timeline {
  const base = appointment ?? BASE;
  const now = appointment && today;
  const win = (s: Span, from: CalendarDate = base, by: 'appointment' | 'refinement' = 'appointment', every?: boolean, n = 1): Win => ({
    start: addUnits(from, s.min * n, s.unit),
    end: addUnits(from, s.max * n, s.unit),
    approx: s.approx,
    cite: s.cite,
    studio: s.studio,
    rel:
      s.max === 0
        ? spanText(s, locale)
        : t(locale, every ? 'tl.every' : 'tl.after', { x: spanText(s, locale), from: t(locale, `tl.from.${by}`) }),
  });
  const wins = (l?: readonly Span[]) => (l ?? []).map((s) => win(s));
  const raw: (Omit<TimelineEvent, 'windows'> & { w: Win[] })[] = [];
  const add = (id: string, label: string, w: Win[], extra?: Pick<TimelineEvent, 'note' | 'visit' | 'every'>) => {
    if (!w.length) return;
    w.sort((a, b) => compareDates(a.start, b.start));
    const start = w[0].start;
    const end = w.reduce((a, x) => (compareDates(x.end, a) > 0 ? x.end : a), w[0].end);
    const state = now && (compareDates(end, now) < 0 ? 'done' : compareDates(start, now) > 0 ? 'next' : 'now');
    raw.push({ id, label, ...extra, start, end, state, w });
  };

  add('start', t(locale, 'tl.start'), [{ start: base, end: base, rel: '', cite: (p.sessions ?? []).flatMap((n) => n.cite) }]);
  const rec = p.recovery;
  const key = (l?: readonly Span[]) => JSON.stringify(l?.map((s) => [s.min, s.max, s.unit]));
  // results that show once healed (lip blush) are the healing event itself
  if (key(p.resultsShow) !== key(rec?.spans)) add('results', t(locale, 'tl.results'), wins(p.resultsShow));
  if (key(p.fullEffect) !== key(rec?.spans)) add('full-effect', t(locale, 'tl.full-effect'), wins(p.fullEffect));
  if (rec) {
    // the massage week: the days of the aftercare tasks that have them
    const week = rec.kind === 'massage-week';
    const care = week ? (p.aftercare ?? []).filter((c) => c.task && c.days?.to) : [];
    const from = Math.min(...care.map((c) => c.days!.from));
    const to = Math.max(...care.map((c) => c.days!.to!));
    const approx = care.some((c) => c.days!.approx);
    const atLeast = care.some((c) => c.days!.atLeast);
    const days = t(locale, atLeast && !approx ? 'tl.daysAtLeast' : 'tl.days', { a: from, b: to });
    add(
      'recovery',
      t(locale, `tl.${rec.kind}`),
      care.length
        ? [
            {
              start: addDays(base, from - 1),
              end: addDays(base, to - 1),
              approx,
              rel: approx ? t(locale, 'about', { x: days }) : days,
              cite: [...care.flatMap((c) => c.cite), ...rec.spans.flatMap((s) => s.cite)],
            },
          ]
        : rec.spans.map((s) => (week ? { ...win(s), start: base } : win(s))),
    );
  }
  add('lasts', t(locale, 'tl.fade'), wins(p.lasts));

  for (const u of p.upkeep ?? []) {
    const spans = (u.whenWornOff ? p.lasts : u.after) ?? [];
    const from = visitBase(p, u, base);
    add(
      `upkeep-${u.id}`,
      noteText(p, u, locale),
      spans.map((s) => ({ ...win(s, from, u.from, u.recurring, occurrence(from, s, u.recurring, now)), cite: [...s.cite, ...u.cite] })),
      { visit: true, note: u.whenWornOff ? t(locale, 'whenWornOff') : undefined, every: u.recurring ? spans[0] : undefined },
    );
  }

  // in order of start; sources numbered in that order
  const refs = createRefs();
  const events = raw
    .sort((a, b) => compareDates(a.start, b.start))
    .map(({ w, ...e }) => ({
      ...e,
      windows: w.map((x) => ({ ...x, band: !sameDate(x.start, x.end), refs: x.studio ? [] : refs.add(x.cite) })),
    }));
  // the events that have begun by today come first
  return {
    events,
    refs: refs.list(),
    appointment,
    today: now,
    todayAt: now ? events.filter((e) => compareDates(e.start, now) <= 0).length : -1,
  };
}

/** A window on the calendar: "2 Apr 2026", "around 2 Mar 2027", "between 13 Apr and 27 Apr 2026". */
export function whenText(w: Pick<TimelineWindow, 'start' | 'end' | 'approx'>, locale: string): string {
  const a = formatDate(w.start, locale, w.start.y === w.end.y && !sameDate(w.start, w.end) ? 'short' : 'medium');
  if (sameDate(w.start, w.end)) return w.approx ? t(locale, 'tl.around', { a }) : a;
  return t(locale, 'tl.between', { a, b: formatDate(w.end, locale) });
}
