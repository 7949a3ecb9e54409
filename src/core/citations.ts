import { sources } from '../data/sources.js';
import { sourceLabel } from './text.js';
import type { Citation, Source, SourceId } from '../data/types.js';

/** A numbered source under a widget, with the words quoted from it. */
export interface SourceRef {
  readonly n: number;
  readonly source: Source;
  readonly quotes: readonly string[];
}

export interface RefNumbers {
  /** The numbers of these citations' sources, numbering new sources in order of first use. */
  add(cite: readonly Citation[]): number[];
  /** The numbered sources so far, with every quote used. */
  list(): SourceRef[];
}

/** How a source is named in one line: its published title, else our description of it (in the locale's language when given). */
export const sourceName = (s: Source, locale?: string): string => s.title ?? (locale ? sourceLabel(s, locale) : undefined) ?? s.label;

/** The source with this id, or undefined. */
export const sourceOf = (id: SourceId): Source | undefined => sources.find((s) => s.id === id);

/** The one-line name of the source with this id (the id itself for an unknown one). */
export const sourceNameOf = (id: SourceId, locale?: string): string => {
  const s = sourceOf(id);
  return s ? sourceName(s, locale) : id;
};

export function createRefs(): RefNumbers {
  const numbers = new Map<SourceId, number>(); // 1, 2, … in order of first use
  const quotes = new Map<SourceId, Set<string>>(); // the words quoted from each source
  const number = (c: Citation) => {
    if (!numbers.has(c.source)) {
      numbers.set(c.source, numbers.size + 1);
      quotes.set(c.source, new Set());
    }
    quotes.get(c.source)!.add(c.quote);
    return numbers.get(c.source)!;
  };
  return {
    add: (cite) => [...new Set(cite.map(number))],
    list: () =>
      [...numbers].flatMap(([id, n]) => {
        const source = sourceOf(id);
        return source ? [{ n, source, quotes: [...quotes.get(id)!] }] : [];
      }),
  };
}
