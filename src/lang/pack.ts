/**
 * Unpacking of a language's catalogs in the browser scripts. The build
 * (rollup.config.mjs, `pack-catalogs`) turns each language's interface
 * catalog and data text into a bare array of values in a key order this
 * module derives at run time: the English catalog's keys for messages, and
 * for data text each built-in procedure's `name` then every note id in a
 * fixed walk of its data. The keys are in the script once, on the English
 * side, not once more per language. A catalog's source stays a keyed, typed
 * object; the ESM modules (`lip-widgets/lang/<code>.js`) are not packed.
 */
import { english, type Catalog } from '../core/i18n.js';
import { procedures } from '../data/procedures.js';
import { sources } from '../data/sources.js';

/** The interface keys in their packed order: the English catalog's own. */
export const messageKeys = (): string[] => Object.keys(english);

/**
 * The data text keys in their packed order: for each built-in procedure,
 * `<procedure>.name`, then `<procedure>.<id>` of every object with a string
 * `id` and `text` (notes, sides, upkeep, disagreements) depth-first, in the
 * data's own order, citations skipped, each key once; then `source.<id>`,
 * our own description of each source.
 */
export function dataTextKeys(list: Readonly<Record<string, { readonly id: string }>> = procedures): string[] {
  const keys = new Set<string>();
  for (const p of Object.values(list)) {
    keys.add(`${p.id}.name`);
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) return v.forEach(walk);
      if (!v || typeof v !== 'object') return;
      const o = v as Record<string, unknown>;
      if (typeof o.id === 'string' && typeof o.text === 'string') keys.add(`${p.id}.${o.id}`);
      for (const [k, x] of Object.entries(o)) if (k !== 'cite') walk(x);
    };
    walk(p);
  }
  for (const s of sources) keys.add(`source.${s.id}`);
  return [...keys];
}

/** A keyed catalog back from packed values (a hole or undefined: the key is not in it). */
function unpack(keys: string[], values: readonly (string | undefined)[]): Record<string, string> {
  const out: Record<string, string> = {};
  values.forEach((v, i) => v !== undefined && (out[keys[i]] = v));
  return out;
}

/** An interface catalog from its packed values. */
export const unpackMessages = (values: readonly (string | undefined)[]): Catalog => unpack(messageKeys(), values) as Catalog;

/** A data text from its packed values. */
export const unpackDataText = (values: readonly (string | undefined)[]): Readonly<Record<string, string>> => unpack(dataTextKeys(), values);
