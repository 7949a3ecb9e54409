/**
 * The touch-up timeline as a picture: the events of `schedule.ts` placed on
 * a piecewise time axis that runs from the appointment (day 0) to the
 * furthest event, giving the first weeks as much room as the months and the
 * years. Pure geometry, no DOM: every position is a fraction 0..1 of the
 * axis, which the component draws horizontally (one row per event, one lane
 * per source) or vertically (time flowing down beside the list).
 */
import type { Procedure, TimeUnit } from '../data/types.js';
import { daysBetween, type CalendarDate } from './dates.js';
import { addUnits } from './figures.js';
import { unitWord } from './i18n.js';
import { timeline, type Timeline, type TimelineEvent } from './schedule.js';
import { visitBase } from './upkeep.js';

/** The units the axis is cut into. */
export type AxisUnit = Extract<TimeUnit, 'week' | 'month' | 'year'>;

/** One piece of the piecewise axis: days `fromDay`..`toDay` drawn over fractions `from`..`to`. */
export interface AxisSegment {
  readonly unit: AxisUnit;
  readonly fromDay: number;
  readonly toDay: number;
  readonly from: number;
  readonly to: number;
  /** The unit's plural word in the locale ("weeks", "mesi"). */
  readonly label: string;
}

/** A labelled tick: `value` units (of its segment's unit) after the appointment. */
export interface AxisTick {
  readonly at: number;
  readonly day: number;
  readonly value: number;
  readonly unit: AxisUnit;
  /** The number as shown ("6"); the segment label gives the unit. */
  readonly label: string;
}

/** One window of an event (or one occurrence of a recurring visit) on the axis. */
export interface ChartMark {
  /** The event it belongs to. */
  readonly event: string;
  /** `point`: one day; `band`: an uncertain window; `repeat`: a later occurrence of a recurring visit. */
  readonly kind: 'point' | 'band' | 'repeat';
  readonly from: number;
  readonly to: number;
  /** The lane inside its event's row: one lane per source window. */
  readonly lane: number;
  /** The column beside the vertical axis (bands only; points sit on the axis). */
  readonly column: number;
  /** The sources of this window (numbers as in `Timeline.refs`). */
  readonly refs: readonly number[];
  /** A studio's own figure. */
  readonly studio: boolean;
  /** Whether its lane is labelled with its sources: the event's windows come from different sources. */
  readonly labelled: boolean;
  /** Over by today (to be muted). */
  readonly past: boolean;
}

/** What one row of the vertical picture draws: a mark clipped to the row's slice, local 0..1 (beyond: continues into the next/previous row). */
export interface SlicePiece {
  readonly mark: ChartMark;
  readonly y1: number;
  readonly y2: number;
}

/** One item of the list (an event, or today), with its share of the picture. */
export interface ChartRow {
  /** The event's id, or `today`. */
  readonly id: string;
  readonly event?: TimelineEvent;
  /** Where the row starts on the axis (its event's start, or today). */
  readonly at: number;
  readonly past: boolean;
  /** Lanes the row needs horizontally (one per source window, at least 1). */
  readonly lanes: number;
  /** The row's own marks (horizontal picture). */
  readonly marks: readonly ChartMark[];
  /** Vertical picture: the axis from this row's start to the next row's start, and what crosses it. */
  readonly slice: readonly [number, number];
  /** The part of the axis line inside the slice, local (beyond 0..1: it runs on into the next or previous row). */
  readonly axis: readonly [number, number];
  readonly pieces: readonly SlicePiece[];
  /** The last row, with much of the axis still below its start: it needs room for the rest of the picture. */
  readonly tail: boolean;
}

export interface TimelineModel {
  /** The events and sources, as the list shows them. */
  readonly timeline: Timeline;
  /** Days from the appointment to the end of the axis. */
  readonly endDay: number;
  readonly segments: readonly AxisSegment[];
  readonly ticks: readonly AxisTick[];
  /** Every mark, row by row. */
  readonly marks: readonly ChartMark[];
  /** The list in order, today included where it falls (matches `Timeline.todayAt`). */
  readonly rows: readonly ChartRow[];
  /** Columns of bands beside the vertical axis. */
  readonly columns: number;
  /** Today on the axis (with an appointment only); `clamped` when it falls before or after the axis. */
  readonly today?: { readonly at: number; readonly day: number; readonly clamped?: 'before' | 'after' };
}

/** Where the weeks end and the months begin, in days. */
const WEEKS_END = 56;
/** How much of the axis each segment gets, by number of segments. */
const SHARES: Record<number, readonly number[]> = { 1: [1], 2: [0.45, 0.55], 3: [0.3, 0.32, 0.38] };

/** The axis's fraction for a day after the appointment, clamped to 0..1. */
export function axisPosition(segments: readonly AxisSegment[], day: number): number {
  if (!segments.length) return 0;
  const last = segments[segments.length - 1];
  if (day <= 0) return 0;
  if (day >= last.toDay) return 1;
  const s = segments.find((x) => day <= x.toDay) ?? last;
  return s.from + ((day - s.fromDay) / (s.toDay - s.fromDay)) * (s.to - s.from);
}

/** The axis's segments and ticks for an axis reaching at least `lastDay`, counted from `base`. */
export function axis(base: CalendarDate, lastDay: number, locale: string): { endDay: number; segments: AxisSegment[]; ticks: AxisTick[] } {
  const days = (n: number, unit: AxisUnit) => daysBetween(base, addUnits(base, n, unit));
  const yearDay = days(12, 'month');
  const cut = (unit: AxisUnit, min: number) => {
    let n = min;
    while (days(n, unit) < lastDay && n < 200) n++;
    return { n, toDay: days(n, unit) };
  };
  const parts: { unit: AxisUnit; fromDay: number; toDay: number; values: number[] }[] = [];
  const range = (a: number, b: number, step: number) => Array.from({ length: Math.floor((b - a) / step) + 1 }, (_, i) => a + i * step);
  if (lastDay <= WEEKS_END) {
    const { n, toDay } = cut('week', 2);
    parts.push({ unit: 'week', fromDay: 0, toDay, values: range(n > 8 ? 2 : 1, n, n > 8 ? 2 : 1) });
  } else {
    // 8 weeks is the segment's end, next to 3 months: the boundary and the segment labels tell it
    parts.push({ unit: 'week', fromDay: 0, toDay: WEEKS_END, values: [2, 4, 6] });
    if (lastDay <= yearDay) {
      const { n, toDay } = cut('month', 3);
      parts.push({ unit: 'month', fromDay: WEEKS_END, toDay, values: n <= 6 ? range(3, n, 1) : range(3, n, 3) });
    } else {
      parts.push({ unit: 'month', fromDay: WEEKS_END, toDay: yearDay, values: [3, 6, 9, 12] });
      const { n, toDay } = cut('year', 2);
      const step = n > 6 ? Math.ceil(n / 5) : 1;
      parts.push({ unit: 'year', fromDay: yearDay, toDay, values: range(2, n, step).filter((v) => v <= n) });
    }
  }
  const shares = SHARES[parts.length];
  let f = 0;
  const segments = parts.map((p, i) => {
    const from = f;
    f = i === parts.length - 1 ? 1 : f + shares[i];
    // The axis's unit heading stands alone ("weeks"; Polish "tygodnie", Arabic "أسابيع"): a language's 'few' form where it has one, else its plural.
    return { unit: p.unit, fromDay: p.fromDay, toDay: p.toDay, from, to: f, label: unitWord(locale, p.unit, 'few') || p.unit };
  });
  const ticks = parts.flatMap((p) =>
    p.values.map((value) => {
      const day = days(value, p.unit);
      return { at: axisPosition(segments, day), day, value, unit: p.unit, label: String(value) };
    }),
  );
  return { endDay: segments[segments.length - 1].toDay, segments, ticks };
}

/** Placeholder base for undated timelines, as in `schedule.ts`. */
const BASE: CalendarDate = { y: 2000, m: 1, d: 1 };

/**
 * The touch-up timeline of a procedure with its picture: the list's events
 * (with dates when `appointment` is given, states when `today` is too), the
 * axis, one mark per window, repeated marks for a recurring visit up to the
 * axis's end, today's position, and the rows of the list with their lanes and
 * vertical slices.
 */
export function timelineModel(p: Procedure, locale: string, appointment?: CalendarDate, today?: CalendarDate): TimelineModel {
  const tl = timeline(p, locale, appointment, today);
  const base = tl.appointment ?? BASE;
  const now = tl.today;
  const day = (d: CalendarDate) => daysBetween(base, d);

  // recurring visits: every occurrence from the first (the list shows the next one)
  const occurrences = new Map<string, { from: number; to: number }[]>();
  for (const u of p.upkeep ?? []) {
    const e = tl.events.find((x) => x.id === `upkeep-${u.id}`);
    if (!e?.every) continue;
    const from = visitBase(p, u, base);
    const list: { from: number; to: number }[] = [];
    for (let n = 1; n <= 60; n++)
      list.push({ from: day(addUnits(from, e.every.min * n, e.every.unit)), to: day(addUnits(from, e.every.max * n, e.every.unit)) });
    occurrences.set(e.id, list);
  }
  // the axis reaches the furthest event, and a recurring visit's second occurrence
  let last = Math.max(0, ...tl.events.map((e) => day(e.end)));
  for (const list of occurrences.values()) if (list[1].from > 0) last = Math.max(last, list[1].to);
  const { endDay, segments, ticks } = axis(base, last, locale);
  const at = (d: number) => axisPosition(segments, d);
  const todayDay = now ? day(now) : undefined;
  const over = (d: number) => todayDay !== undefined && d < todayDay;

  const marks: ChartMark[] = [];
  for (const e of tl.events) {
    // lanes are labelled where the sources disagree: several windows, not all from the same sources
    const labelled = new Set(e.windows.map((w) => (w.studio ? 'studio' : w.refs.join()))).size > 1;
    e.windows.forEach((w, lane) => {
      const [a, b] = [day(w.start), day(w.end)];
      const common = { event: e.id, lane, column: 0, refs: w.refs, studio: !!w.studio, labelled };
      marks.push({ ...common, kind: w.band ? 'band' : 'point', from: at(a), to: at(b), past: over(b) });
    });
    const reps = occurrences.get(e.id);
    if (reps) {
      const w = e.windows[0];
      const shown = day(w.start);
      for (const r of reps) {
        if (r.from > endDay) break;
        if (r.from === shown) continue;
        const common = { event: e.id, lane: 0, column: 0, refs: w.refs, studio: !!w.studio, labelled: false };
        marks.push({
          ...common,
          kind: r.to > r.from ? 'band' : 'repeat',
          from: at(r.from),
          to: at(Math.min(r.to, endDay)),
          past: over(r.to),
        });
      }
    }
  }

  // bands into columns beside the vertical axis: a column holds bands that neither overlap nor touch
  const columnsEnd: number[] = [];
  const placed = marks.map((m, i) => ({ m, i })).filter((x) => x.m.kind === 'band');
  placed.sort((x, y) => x.m.from - y.m.from || x.m.lane - y.m.lane);
  for (const x of placed) {
    let c = columnsEnd.findIndex((end) => end < x.m.from - 1e-9);
    if (c < 0) c = columnsEnd.push(0) - 1;
    columnsEnd[c] = x.m.to;
    marks[x.i] = { ...x.m, column: c };
  }

  // the rows of the list, today where it falls
  const todayModel =
    todayDay !== undefined
      ? {
          at: at(todayDay),
          day: todayDay,
          clamped: todayDay < 0 ? ('before' as const) : todayDay > endDay ? ('after' as const) : undefined,
        }
      : undefined;
  type Row = Omit<ChartRow, 'slice' | 'axis' | 'pieces' | 'tail'>;
  const rows: Row[] = tl.events.map((e) => {
    const own = marks.filter((m) => m.event === e.id);
    return { id: e.id, event: e, at: at(day(e.start)), past: e.state === 'done', lanes: Math.max(1, e.windows.length), marks: own };
  });
  if (todayModel && tl.todayAt >= 0) rows.splice(tl.todayAt, 0, { id: 'today', at: todayModel.at, past: false, lanes: 1, marks: [] });

  const withSlices = rows.map((r, i): ChartRow => {
    const a = r.at;
    // the last row's slice runs on past the axis's end, so that its end shows inside the row
    const b = i + 1 < rows.length ? rows[i + 1].at : a + (1 - a) / 0.7;
    const local = (x: number) => (b > a ? (x - a) / (b - a) : x < a ? -Infinity : x > a ? Infinity : 0);
    const clamp = (y: number) => Math.max(-0.5, Math.min(1.5, y));
    const pieces: SlicePiece[] = [];
    for (const m of marks) {
      if (m.kind === 'band') {
        const [y1, y2] = [local(m.from), local(m.to)];
        if (y1 < 1 && y2 >= 0 && y2 > y1) pieces.push({ mark: m, y1: clamp(y1), y2: clamp(y2) });
        continue;
      }
      // a point belongs to the row whose slice holds it; an event's first point is its own row's anchor
      if (m.lane === 0 && m.kind === 'point') continue;
      const holder = rows.findIndex((x, j) => x.at <= m.from && (j + 1 === rows.length || m.from < rows[j + 1].at));
      if (holder === i) pieces.push({ mark: m, y1: clamp(local(m.from)), y2: clamp(local(m.from)) });
    }
    return { ...r, slice: [a, b], axis: [clamp(local(0)), clamp(local(1))], pieces, tail: i === rows.length - 1 && a < 0.8 };
  });

  return { timeline: tl, endDay, segments, ticks, marks, rows: withSlices, columns: columnsEnd.length, today: todayModel };
}

/** A piece of text to be shown as is (`keep: false`) or never broken across lines (`keep: true`). */
export interface TextRun {
  readonly text: string;
  readonly keep: boolean;
}

/**
 * Splits a date or figure text into runs that must not break: a space next to
 * a word with a digit joins its words ("between | Apr 13 and | Apr 27, 2026",
 * "6–8 weeks | after your appointment"), so a range or a date never breaks
 * inside. The runs joined give the text back unchanged.
 */
export function keepTogether(text: string): TextRun[] {
  const parts = text.split(/( +)/);
  const digit = (w: string) => /\d/.test(w);
  const out: TextRun[] = [];
  let cur = parts[0];
  let keep = digit(cur);
  for (let i = 1; i < parts.length; i += 2) {
    const next = parts[i + 1];
    if (digit(parts[i - 1]) || digit(next)) {
      cur += parts[i] + next;
      keep = true;
    } else {
      out.push({ text: cur, keep }, { text: parts[i], keep: false });
      cur = next;
      keep = digit(next);
    }
  }
  out.push({ text: cur, keep });
  return out.filter((r) => r.text);
}
