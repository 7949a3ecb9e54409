import { sources } from '../data/sources.js';
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

/** The source with this id, or undefined. */
export const sourceOf = (id: SourceId): Source | undefined => sources.find((s) => s.id === id);

export function createRefs(): RefNumbers {
  // each source's quotes, in order of first use: its number is its place + 1
  const used = new Map<SourceId, Set<string>>();
  return {
    add: (cite) =>
      [
        ...new Set(
          cite.map((c) => {
            if (!used.has(c.source)) used.set(c.source, new Set());
            used.get(c.source)!.add(c.quote);
            return [...used.keys()].indexOf(c.source) + 1;
          }),
        ),
      ],
    list: () =>
      [...used].flatMap(([id, quotes], i) => {
        const source = sourceOf(id);
        return source ? [{ n: i + 1, source, quotes: [...quotes] }] : [];
      }),
  };
}
