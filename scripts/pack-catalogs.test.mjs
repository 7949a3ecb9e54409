// Tests of the catalogs' packing for the browser scripts (node's test
// runner; `npm test` runs it after the build): every built-in catalog packs
// and unpacks back to itself, key by key, through the build's packValues and
// the browser's unpacking (dist/lang/pack.js).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { CODES, packValues } from './pack-catalogs.mjs';

const dist = new URL('../dist/', import.meta.url);
const pack = await import(new URL('lang/pack.js', dist));

/** Every built-in catalog module's exports: interface catalogs and data text. */
async function catalogs(dir, re, keys, unpack) {
  const out = [];
  for (const f of readdirSync(new URL(dir, dist))) {
    if (!re.test(f)) continue;
    for (const [name, catalog] of Object.entries(await import(new URL(`${dir}${f}`, dist)))) out.push({ name, catalog, keys, unpack });
  }
  return out;
}
const all = [
  ...(await catalogs('core/messages/', /^[a-z]{2,3}(-[a-z0-9]+)*\.js$/, pack.messageKeys(), pack.unpackMessages)),
  ...(await catalogs('data/', /^text-[a-z]{2,3}(-[a-z0-9]+)*\.js$/, pack.dataTextKeys(), pack.unpackDataText)),
];

test('every built-in catalog is found (five languages, pt-pt and whole pt-pt, interface and data text)', () => {
  assert.deepEqual(all.map((c) => c.name).sort(), [
    'dataTextDe',
    'dataTextEs',
    'dataTextFr',
    'dataTextIt',
    'dataTextPt',
    'dataTextPtPT',
    'dataTextPtPTWhole',
    'de',
    'es',
    'fr',
    'it',
    'pt',
    'ptPT',
    'ptPTWhole',
  ]);
});

test('every built-in catalog packs into one string and unpacks to itself, key by key (holes stay holes)', () => {
  const text = all.flatMap((c) => Object.values(c.catalog)).join('\n');
  for (const { name, catalog, keys, unpack } of all) {
    const values = [];
    for (const [k, v] of Object.entries(catalog)) values[keys.indexOf(k)] = v;
    const { packed, key } = packValues(values);
    assert.equal(typeof packed, 'string');
    assert.deepEqual(unpack(packed, key), { ...catalog }, name);
    assert.ok(packed.length < values.filter(Boolean).join('').length + values.length, `${name} packs shorter than its text`);
    // The same with the code table picked from more text than its own (a language's catalogs share one).
    const shared = packValues(values, text);
    assert.deepEqual(unpack(shared.packed, shared.key), { ...catalog }, `${name}, shared table`);
  }
});

test('code characters are ASCII the text does not use; each stands for a piece the language uses often', () => {
  const values = [
    'Zurücksetzen',
    undefined,
    'Häkchen entfernen',
    ...Array.from({ length: 12 }, (_, i) => `für ~ die Nachsorge ${i}: „Lippenpigmentierung“ · über`),
  ];
  const { packed, key } = packValues(values);
  const [, codes, ...pieces] = key.split(key[0]);
  assert.equal(key[0], '`', 'the separator: the first code the text does not use (~ is used)');
  assert.ok(pieces.length > 0 && pieces.length === codes.length, 'one piece per code character');
  for (const c of key[0] + codes)
    assert.ok(CODES.includes(c) && !values.some((v) => v?.includes(c)), `${c} is a code the text does not use`);
  assert.ok(packed.length < values.filter(Boolean).join('`').length, 'the packed text is shorter');
  assert.deepEqual(
    pack.unpackValues(packed, key),
    values.map((v) => v ?? ''),
  );
  const k = pack.messageKeys();
  assert.deepEqual(pack.unpackMessages(packed, key), Object.fromEntries(values.flatMap((v, i) => (v ? [[k[i], v]] : []))));
});

test('refuses an empty value, text that uses every code character, and a value outside the given text', () => {
  assert.throws(() => packValues(['a', '']), /value 1 is not a non-empty string/);
  assert.throws(() => packValues([CODES]), /no character is left/);
  assert.throws(() => packValues(['Straße'], 'Strasse'), /value 0 is not in the text/);
});
