/**
 * Unpacking of a language's catalogs in the browser scripts. The build
 * (rollup.config.mjs, `pack-catalogs`) turns each language's interface
 * catalog and data text into its values alone, packed in one string
 * (scripts/pack-catalogs.mjs), in a key order this module derives at run
 * time: the English catalog's keys for messages, and for data text the
 * prose keys `<lip-studio>` checks a studio's text against (core/procedures.ts).
 * The keys are in the script once, on the English side, not once more per
 * language. A catalog's source stays a keyed, typed
 * object; the ESM modules (`lip-widgets/lang/<code>.js`) are not packed.
 */
import { english, type Catalog } from '../core/i18n.js';
import { proseKeys } from '../core/procedures.js';

/** The interface keys in their packed order: the English catalog's own. */
export const messageKeys = (): string[] => Object.keys(english);

/** The data text keys in their packed order: the built-in prose keys, as `<lip-studio>` checks a studio's text against them. */
export const dataTextKeys = (): string[] => proseKeys();

/**
 * The values a build packed into one string (scripts/pack-catalogs.mjs), and
 * the key to them: the key's first character separates the values (nothing
 * in between: no value) and the parts of the key, which are the code
 * characters, then the piece of text each stands for.
 */
export function unpackValues(packed: string, key: string): string[] {
  const [, codes, ...pieces] = key.split(key[0]);
  return Array.from(packed, (c) => pieces[codes.indexOf(c)] ?? c)
    .join('')
    .split(key[0]);
}

/** A keyed catalog back from packed values (no value: the key is not in it). */
function unpack(keys: string[], packed: string, key: string): Record<string, string> {
  const out: Record<string, string> = {};
  unpackValues(packed, key).forEach((v, i) => v && (out[keys[i]] = v));
  return out;
}

/** An interface catalog from its packed values. */
export const unpackMessages = (packed: string, key: string): Catalog => unpack(messageKeys(), packed, key) as Catalog;

/** A data text from its packed values. */
export const unpackDataText = (packed: string, key: string): Readonly<Record<string, string>> => unpack(dataTextKeys(), packed, key);
