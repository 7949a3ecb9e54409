// The build's packing of a language catalog's values into one ASCII string
// (rollup.config.mjs, `pack-catalogs`); src/lang/pack.ts unpacks it in the
// browser. Pure, so scripts/pack-catalogs.test.mjs can round-trip every
// catalog through it.
//
// The scripts are ASCII only, so every "ä", "é" or "’" of a catalog would
// ship as a 4- or 6-byte escape (\xe4, \u2019), and every value as its own
// quoted string. Instead the values ship as one string: the first of
// `codes` separates them (two in a row: no value, a hole), and each further
// code character stands for the catalog's character at the same place in
// `chars`, its most used non-ASCII ones. The code characters are ASCII
// punctuation the catalog's text does not use, picked per catalog, so no
// escape is needed for them.

/** ASCII characters that may stand for others, in order of preference (none needs escaping in a "…" string). */
export const CODES = '~`^@#%&*+<=>[]_!';

/**
 * Packs `values` (an array in the packed key order; a hole or undefined: no
 * value) into `{ packed, codes, chars }`. The code characters are picked from
 * `text` (default: the values' own), which must hold every value: a
 * language's catalogs share one table when each passes all their text, so a
 * phrase common to two of them packs alike in both (gzip finds it again). A
 * character used once is left as it is (its escape is no longer than its
 * entry in `chars`).
 */
export function packValues(values, text = values.filter?.((v) => v !== undefined).join('\n')) {
  const list = Array.from(values);
  for (const [i, v] of list.entries()) {
    if (v !== undefined && (typeof v !== 'string' || v === '')) throw new Error(`value ${i} is not a non-empty string`);
    if (v !== undefined && !text.includes(v)) throw new Error(`value ${i} is not in the text the code characters are picked from`);
  }
  const free = [...CODES].filter((c) => !text.includes(c));
  if (!free.length) throw new Error(`the text uses every one of ${CODES}: no character is left to separate the values`);
  const counts = new Map();
  for (const c of text) if (c > '\x7f' && c.length === 1) counts.set(c, (counts.get(c) ?? 0) + 1);
  const chars = [...counts]
    .filter(([, n]) => n > 1)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, free.length - 1)
    .map(([c]) => c)
    .join('');
  const codes = free.slice(0, chars.length + 1).join('');
  const code = new Map([...chars].map((c, i) => [c, codes[i + 1]]));
  const packed = list.map((v) => (v === undefined ? '' : Array.from(v, (c) => code.get(c) ?? c).join(''))).join(codes[0]);
  return { packed, codes, chars };
}
