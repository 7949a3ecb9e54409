/** Ids of the five published sources every built-in fact comes from. */
export type SourceId = 'harpers-bazaar' | 'blush-overview' | 'the-cut' | 'clinic-lip-rejuvenation' | 'filler-massage';

export type BuiltInProcedureId = 'lip-blush' | 'lip-flip' | 'lip-filler';
/** A built-in id, or a studio's own (lower-case letters, digits and dashes). */
export type ProcedureId = BuiltInProcedureId | (string & {});

export interface Person {
  readonly name: string;
  readonly role: string;
}

export interface Source {
  readonly id: SourceId;
  /** The published title, word for word, shown in `<cite>`; absent where the text carries none. */
  readonly title?: string;
  /** Who published it, where the text says so. */
  readonly publisher?: string;
  /** Our own description of what the text is, shown outside `<cite>` ("A clinic's page: …"). */
  readonly label: string;
  readonly people: readonly Person[];
}

/** Where a fact comes from: a source id and the source's exact words. */
export interface Citation {
  readonly source: SourceId;
  readonly quote: string;
}

export interface Cited {
  /** Empty only for a studio's own figure, which shows "per <studio>" instead. */
  readonly cite: readonly Citation[];
  /** Set when a studio's configuration supplied or replaced this fact. */
  readonly studio?: boolean;
}

/** A plain-language statement of a cited fact; `id` keys its translations. */
export interface Note extends Cited {
  readonly id: string;
  readonly text: string;
}

export type TimeUnit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

/**
 * How a figure relates to the quoted words. `approx`: vague words ("a few
 * days", "about", "around") read as a number; it shows as "about", and only
 * then. `atLeast`: the source gives a minimum ("at least a week"); it shows as
 * "at least". `derived`: how the number was worked out where the quote does
 * not state it as such ("four weeks × 7 = 28 days", "right after: Day 1").
 */
export interface FigureBasis {
  readonly approx?: boolean;
  readonly atLeast?: boolean;
  readonly derived?: string;
}

/**
 * One source's figure for a duration: `min`–`max` of `unit` (equal ends for a
 * single figure). Several spans for one fact are several sources (or one
 * source in two places) that disagree: every span is kept, and the overall
 * range's ends name their sources (see core/figures).
 */
export interface Span extends Cited, FigureBasis {
  readonly min: number;
  readonly max: number;
  readonly unit: TimeUnit;
}

/**
 * Days of the healing calendar a note applies to. The appointment day is Day 1.
 * `to` absent: until the end of the tracked span. A window exists only where
 * the note's quote states a time ("right after", "for a few days"); a note
 * whose source gives no duration has no window (it applies over the whole span).
 */
export interface DayWindow extends FigureBasis {
  readonly from: number;
  readonly to?: number;
}

export interface TimedNote extends Note {
  readonly days?: DayWindow;
}

export type CareKind = 'do' | 'avoid';

export interface CareItem extends TimedNote {
  readonly kind: CareKind;
  /** A repeated task (massage 3–4 times a day): the tracker counts up to `max`. */
  readonly timesPerDay?: { readonly min: number; readonly max: number };
  /** Minutes each time, where a source gives it. */
  readonly minutesEach?: number;
  /** Shown as a tickable task on the healing tracker (not only advice). */
  readonly task?: boolean;
}

export type PrepGroup = 'weeks-before' | 'days-before' | 'night-before' | 'day-of' | 'bring';

export interface PrepItem extends Note {
  readonly kind: CareKind | 'bring';
  readonly group: PrepGroup;
  /** Days before the appointment the item starts to apply, where a source gives a number. */
  readonly daysBefore?: { readonly min: number; readonly max: number } & FigureBasis;
}

export type UpkeepKind = 'refinement' | 'check-up' | 'booster' | 'touch-up' | 'repeat';

/** A return visit: the refinement session, a booster, a touch-up, a repeat injection. */
export interface Upkeep extends Note {
  readonly kind: UpkeepKind;
  /** Counted from the first appointment, or from the refinement session. */
  readonly from: 'appointment' | 'refinement';
  /** When; absent for "when the effect wears off" (then `whenWornOff`). */
  readonly after?: readonly Span[];
  readonly whenWornOff?: boolean;
  /** Repeats every `after` (a yearly booster). */
  readonly recurring?: boolean;
}

/**
 * Sources (or two passages of one source) that say different things about
 * one matter. Every side is shown with its own source; none is picked, and no
 * side becomes a tickable task. `text` names the matter ("Water").
 */
export interface Disagreement {
  readonly id: string;
  readonly text: string;
  /** Shown besides the comparison table: on the healing tracker (on `days`) or the preparation checklist. */
  readonly area: 'aftercare' | 'prep' | 'about';
  readonly days?: DayWindow;
  readonly sides: readonly Note[];
}

/** What the tracker counts to: healing for lip blush, full effect for a flip, the massage week for filler. */
export interface Recovery {
  readonly kind: 'healed' | 'full-effect' | 'massage-week';
  readonly spans: readonly Span[];
}

export interface Procedure {
  readonly id: ProcedureId;
  readonly name: string;
  /** What it is and how it works. */
  readonly summary: readonly Note[];
  readonly product?: readonly Note[];
  readonly volume?: readonly Note[];
  readonly sessions?: readonly Note[];
  readonly sessionLength?: readonly Span[];
  readonly numbing?: readonly Note[];
  /** How much it hurts, in each source's words. */
  readonly pain?: readonly Note[];
  /** When first results show, counted from the appointment. */
  readonly resultsShow?: readonly Span[];
  /** When the full effect is reached. */
  readonly fullEffect?: readonly Span[];
  /** How long results last. */
  readonly lasts?: readonly Span[];
  readonly upkeep?: readonly Upkeep[];
  readonly recovery?: Recovery;
  /** What to expect while healing, with the days each applies to. */
  readonly expect?: readonly TimedNote[];
  readonly aftercare?: readonly CareItem[];
  readonly prep?: readonly PrepItem[];
  readonly warningSigns?: readonly Note[];
  readonly sideEffects?: readonly Note[];
  readonly goodFor?: readonly Note[];
  /** Who should avoid it or look elsewhere. */
  readonly notFor?: readonly Note[];
  readonly cost?: readonly Note[];
  readonly removal?: readonly Note[];
  /** Where the sources differ: each side with its source, shown side by side. */
  readonly disagreements?: readonly Disagreement[];
}
