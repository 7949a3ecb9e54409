import type { Citation, Note, Procedure, Span } from '../data/types.js';
import { createRefs, type SourceRef } from './citations.js';
import { formatAmount, qualified } from './figures.js';
import { t, type MessageKey } from './i18n.js';
import { noteText } from './text.js';

/** One statement in a cell, with the numbers of its sources. */
export interface CellPart {
  readonly text: string;
  readonly refs: readonly number[];
  /** The studio's own figure: shown "per <studio>" instead of markers. */
  readonly studio?: boolean;
}

export interface CompareRow {
  readonly aspect: Aspect;
  readonly label: string;
  /** One cell per procedure; an empty cell means no source states it. */
  readonly cells: readonly (readonly CellPart[])[];
}

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
          text: `${label}: ${t(locale, u.recurring ? 'everyYear' : 'after', { x: spanText(s, locale) })}`,
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
        d.sides.map((side) => ({ text: `${noteText(p, d, locale)}: ${noteText(p, side, locale)}`, cite: side.cite, studio: side.studio })),
      );
    default:
      return notes(p[aspect]);
  }
}

/**
 * The comparison table's content: a row per aspect, a cell per procedure, and
 * the sources numbered in order of first use. Pure: no DOM.
 */
export function compareModel(list: readonly Procedure[], locale: string): { rows: CompareRow[]; refs: SourceRef[] } {
  const refs = createRefs();
  const rows = aspects.map((aspect) => ({
    aspect,
    label: t(locale, `aspect.${aspect}`),
    cells: list.map((p) =>
      statements(p, aspect, locale).map((s) => ({
        text: s.text,
        refs: s.studio ? [] : refs.add(s.cite),
        studio: s.studio,
      })),
    ),
  }));
  return { rows, refs: refs.list() };
}
