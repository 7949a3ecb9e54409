import type { Citation, Note, Procedure, Span } from '../data/types.js';
import { createRefs, type SourceRef } from './citations.js';
import { formatAmount, qualified } from './figures.js';
import { t, type MessageKey } from './i18n.js';
import { noteText, procedureName } from './text.js';

/** A run of a statement's text; `keep` runs ("2–3 years", "20 min") must not break across lines. */
export interface TextPiece {
  readonly text: string;
  readonly keep: boolean;
}

/** One statement in a cell, with the numbers of its sources. */
export interface CellPart {
  readonly text: string;
  /** The same text in runs, the figures marked to be kept on one line. */
  readonly pieces: readonly TextPiece[];
  readonly refs: readonly number[];
  /** The studio's own figure: shown "per <studio>" instead of markers. */
  readonly studio?: boolean;
}

export interface CompareRow {
  readonly aspect: Aspect;
  readonly label: string;
  /** One cell per procedure; an empty cell means no source states it. */
  readonly cells: readonly (readonly CellPart[])[];
  /**
   * Every statement in the row is short (at most {@link COMPACT_CHARS}
   * characters): on a narrow screen the procedures' values fit side by side.
   */
  readonly compact: boolean;
}

/** A compared procedure: its id and its name in the locale's language. */
export interface CompareColumn {
  readonly id: string;
  readonly name: string;
}

/** What the comparison widget draws: a column per procedure, a row per aspect, the numbered sources. */
export interface CompareModel {
  readonly columns: readonly CompareColumn[];
  readonly rows: readonly CompareRow[];
  readonly refs: readonly SourceRef[];
}

/** The longest statement (in characters) that still counts as short for side-by-side values. */
export const COMPACT_CHARS = 24;

/**
 * The rows of the comparison, in order. Each aspect is a row labelled by the
 * message `aspect.<id>`; one that is a list of notes on the procedure (same
 * name as the field) needs no other code, so adding a row is one line here
 * and one message.
 */
export const aspects = [
  'summary',
  'product',
  'volume',
  'sessionLength',
  'numbing',
  'pain',
  'resultsShow',
  'lasts',
  'upkeep',
  'aftercare',
  'sideEffects',
  'goodFor',
  'notFor',
  'cost',
  'removal',
  'disagreements',
] as const;
export type Aspect = (typeof aspects)[number];

/** "about 2.5 hours" (vague words), "at least 1 week" (a minimum), "6–24 months", "right away". */
export function spanText(span: Span, locale: string): string {
  if (span.max === 0) return t(locale, 'rightAway');
  return qualified(formatAmount(span.min, span.max, span.unit, locale), span, locale);
}

type Statement = { text: string; cite: readonly Citation[]; studio?: boolean };

function statements(p: Procedure, aspect: Aspect, locale: string): Statement[] {
  const notes = (list: readonly Note[] | undefined) =>
    (list ?? []).map((n) => ({ text: noteText(p, n, locale), cite: n.cite, studio: n.studio }));
  const spans = (list: readonly Span[] | undefined, wrap?: MessageKey) =>
    (list ?? []).map((s) => ({
      text: wrap ? t(locale, wrap, { x: spanText(s, locale) }) : spanText(s, locale),
      cite: s.cite,
      studio: s.studio,
    }));
  switch (aspect) {
    case 'sessionLength':
      return spans(p.sessionLength);
    case 'resultsShow':
      return spans(p.resultsShow);
    case 'lasts':
      return spans(p.lasts);
    case 'upkeep':
      return (p.upkeep ?? []).flatMap((u) => {
        const label = noteText(p, u, locale);
        if (u.whenWornOff) return [{ text: `${label}, ${t(locale, 'whenWornOff')}`, cite: u.cite, studio: u.studio }];
        return (u.after ?? []).map((s) => ({
          text: t(locale, 'labelled', { label, x: t(locale, u.recurring ? 'everyYear' : 'after', { x: spanText(s, locale) }) }),
          cite: [...s.cite, ...u.cite],
          studio: s.studio || u.studio,
        }));
      });
    case 'aftercare':
      return (p.aftercare ?? []).slice(0, 4).map((c) => {
        const text = noteText(p, c, locale);
        return { text: c.kind === 'avoid' ? t(locale, 'avoidItem', { x: text }) : text, cite: c.cite, studio: c.studio };
      });
    case 'disagreements':
      // every side of every disagreement, each with its own sources: "Water on your lips: Wash them only with water"
      return (p.disagreements ?? []).flatMap((d) =>
        d.sides.map((side) => ({
          text: t(locale, 'labelled', { label: noteText(p, d, locale), x: noteText(p, side, locale) }),
          cite: side.cite,
          studio: side.studio,
        })),
      );
    default:
      return notes(p[aspect]);
  }
}

/** A figure, kept on one line: a number or a range ("2–3", "1-2", "10–20", "2.5", "2,500", "$2,500"). */
const FIGURE = /\$?\d+(?:[.,]\d+)*(?:\s?[–—-]\s?\d+(?:[.,]\d+)*)?/gu;

/**
 * Splits a statement into runs so that no figure breaks inside: "about
 * 2–3 years" may wrap at a space but never becomes "about 2–" / "3 years".
 * (The source markers drawn after the last word need no help: no line
 * breaks between a letter and "[".) Joining the texts gives the statement
 * back unchanged.
 */
export function keepFigures(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const m of text.matchAll(FIGURE)) {
    const i = m.index ?? 0;
    if (i > at) pieces.push({ text: text.slice(at, i), keep: false });
    pieces.push({ text: m[0], keep: true });
    at = i + m[0].length;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), keep: false });
  return pieces;
}

/**
 * The comparison's content, computed once per render: a column per
 * procedure, a row per aspect with a cell per procedure (an empty cell: no
 * source states it), and the sources numbered in order of first use. Pure:
 * no DOM.
 */
export function compareModel(list: readonly Procedure[], locale: string): CompareModel {
  const refs = createRefs();
  const rows = aspects.map((aspect): CompareRow => {
    const cells = list.map((p) =>
      statements(p, aspect, locale).map((s): CellPart => ({
        text: s.text,
        pieces: keepFigures(s.text),
        refs: s.studio ? [] : refs.add(s.cite),
        studio: s.studio,
      })),
    );
    return {
      aspect,
      label: t(locale, `aspect.${aspect}`),
      cells,
      compact: cells.every((c) => c.every((part) => part.text.length <= COMPACT_CHARS)),
    };
  });
  return { columns: list.map((p) => ({ id: p.id, name: procedureName(p, locale) })), rows, refs: refs.list() };
}
