// The build's packing of a language catalog's values into one string
// (rollup.config.mjs, `pack-catalogs`); src/lang/pack.ts unpacks it in the
// browser. scripts/pack-catalogs.test.mjs round-trips every catalog through
// it.
//
// The scripts are ASCII only, so every "ä", "é" or "’" of a catalog would
// ship as a 4- or 6-byte escape (\xe4, \u2019), and every value as its own
// quoted string. Instead the values ship as one string: the first of
// `codes` separates them (two in a row: no value, a hole), and each further
// code character stands for a piece of text (the key, beside the packed
// string, lists them): an accented letter, or a few letters the language
// uses often ("en", " de "). The code characters are ASCII punctuation the
// text does not use, picked per language, so none needs an escape; the
// pieces are picked one by one, each the one that makes the packed text
// smallest after gzip, while one still pays.
import { gzipSync } from 'node:zlib';

/** ASCII characters that may stand for others, in order of preference (none needs escaping in a "…" string). */
export const CODES = '~`^@#%&*+<=>[]_!';

/** A string as the script carries it: quoted, ASCII only (as terser's ascii_only writes it). */
const shipped = (s) =>
  JSON.stringify(s).replace(/[^\x00-\x7f]/g, (c) => {
    const n = c.charCodeAt(0);
    return n < 256 ? `\\x${n.toString(16).padStart(2, '0')}` : `\\u${n.toString(16).padStart(4, '0')}`;
  });
const gzip = (s) => gzipSync(s, { level: 9 }).length;
const encode = (s, table, codes) => table.reduce((t, piece, i) => t.split(piece).join(codes[i + 1]), s);

const tables = new Map();
/**
 * The code table for a text (one value a line): `{ codes, table }`, the
 * separator first. Pieces are tried among the text's non-ASCII characters
 * and its most used runs of two to six characters.
 */
export function codeTable(text) {
  if (tables.has(text)) return tables.get(text);
  const free = [...CODES].filter((c) => !text.includes(c));
  if (!free.length) throw new Error(`the text uses every one of ${CODES}: no character is left to separate the values`);
  const lines = text.split('\n');
  const counts = new Map();
  for (const v of lines) {
    for (let n = 1; n <= 6; n++) {
      for (let i = 0; i + n <= v.length; i++) {
        const g = v.slice(i, i + n);
        if (n > 1 || g > '\x7f') counts.set(g, (counts.get(g) ?? 0) + 1);
      }
    }
  }
  const often = [...counts].filter(([g, n]) => n >= 6 && g.length * n >= 20);
  const candidates = [
    ...often.filter(([g]) => g.length === 1),
    ...often
      .filter(([g]) => g.length > 1)
      .sort((a, b) => b[1] * b[0].length - a[1] * a[0].length || (a[0] < b[0] ? -1 : 1))
      .slice(0, 150),
  ].map(([g]) => g);
  const cost = (table) => {
    const codes = free.slice(0, table.length + 1).join('');
    return gzip(shipped(encode(lines.join(codes[0]), table, codes)) + shipped(table.join(codes[0])));
  };
  const table = [];
  let best = cost(table);
  while (table.length < free.length - 1) {
    let pick;
    for (const g of candidates) {
      if (table.includes(g)) continue;
      const c = cost([...table, g]);
      if (c < best) [best, pick] = [c, g];
    }
    if (pick === undefined) break;
    table.push(pick);
  }
  const result = { codes: free.slice(0, table.length + 1).join(''), table };
  tables.set(text, result);
  return result;
}

/**
 * Packs `values` (an array in the packed key order; a hole or undefined: no
 * value) into `{ packed, key }`: the key is the separator, the other code
 * characters, then the piece each stands for, all separated by the
 * separator. The code table is picked from `text` (default: the values'
 * own, one a line), which must hold every value: a language's catalogs
 * share one table, and so one key, when each passes all their text, so a
 * phrase common to two of them packs alike in both (gzip finds it again).
 */
export function packValues(values, text = values.filter?.((v) => v !== undefined).join('\n')) {
  const list = Array.from(values);
  for (const [i, v] of list.entries()) {
    if (v !== undefined && (typeof v !== 'string' || v === '')) throw new Error(`value ${i} is not a non-empty string`);
    if (v !== undefined && !text.includes(v)) throw new Error(`value ${i} is not in the text the code table is picked from`);
  }
  const { codes, table } = codeTable(text);
  const packed = encode(list.map((v) => v ?? '').join(codes[0]), table, codes);
  return { packed, key: [codes[0] + codes.slice(1), ...table].join(codes[0]) };
}
