import { procedures } from '../data/procedures.js';
import { sources } from '../data/sources.js';
import type { Procedure, ProcedureId } from '../data/types.js';

/** Procedures a page can use: the built-in ones, plus a studio's (which win on the same id). */
export type ProcedureSet = Readonly<Record<string, Procedure>>;

export const builtInProcedures: ProcedureSet = procedures;

/**
 * Every key the data's prose is translated by, in one fixed order: `source.<id>`
 * (our description of each source), then for each procedure `<procedure>.name`
 * and `<procedure>.<id>` of each note, visit and side, in the data's order.
 * A studio's text is checked against it, and a language script's packed data
 * text (src/lang/pack.ts) is its values in this order.
 */
export function proseKeys(set: ProcedureSet = builtInProcedures): string[] {
  const keys = new Set<string>(sources.map((s) => `source.${s.id}`));
  for (const p of Object.values(set)) {
    keys.add(`${p.id}.name`);
    for (const list of Object.values(p)) {
      if (!Array.isArray(list)) continue;
      for (const n of list as { id?: unknown; sides?: { id?: unknown }[] }[]) {
        for (const x of [n, ...(n?.sides ?? [])]) if (typeof x?.id === 'string') keys.add(`${p.id}.${x.id}`);
      }
    }
  }
  return [...keys];
}

/** The procedure with this id, or undefined (own keys only: "__proto__" or "toString" are never found). */
export function findProcedure(id: string | null | undefined, set: ProcedureSet = builtInProcedures): Procedure | undefined {
  if (!id) return undefined;
  const key = String(id).trim().toLowerCase();
  return Object.hasOwn(set, key) ? set[key] : undefined;
}

/** Splits a `procedures="a b"` attribute (spaces or commas, any case) into distinct ids. */
export function parseIdList(value: string | null | undefined): ProcedureId[] {
  const ids = String(value ?? '')
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean);
  return [...new Set(ids)];
}

/** The procedures a list of ids names (at most `max`), and the ids that name nothing. */
export function pickProcedures(
  value: string | null | undefined,
  set: ProcedureSet = builtInProcedures,
  max = 3,
): { list: Procedure[]; unknown: string[]; extra: number } {
  const list: Procedure[] = [];
  const unknown: string[] = [];
  for (const id of parseIdList(value)) {
    const p = findProcedure(id, set);
    if (p) list.push(p);
    else unknown.push(id);
  }
  return { list: list.slice(0, max), unknown, extra: Math.max(0, list.length - max) };
}
