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

export function createRefs(): RefNumbers {
  const numbers = new Map<SourceId, { n: number; quotes: Set<string> }>();
  return {
    add(cite) {
      const ns = cite.map((c) => {
        let entry = numbers.get(c.source);
        if (!entry) {
          entry = { n: numbers.size + 1, quotes: new Set() };
          numbers.set(c.source, entry);
        }
        entry.quotes.add(c.quote);
        return entry.n;
      });
      return [...new Set(ns)];
    },
    list() {
      const out: SourceRef[] = [];
      for (const [id, { n, quotes }] of numbers) {
        const source = sources.find((s) => s.id === id);
        if (source) out.push({ n, source, quotes: [...quotes] });
      }
      return out;
    },
  };
}
