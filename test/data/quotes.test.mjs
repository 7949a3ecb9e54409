// Every quote in src/data is word for word in ITS OWN source text, its parts
// ("…" between them) in the source's order. Node's test runner; the source
// texts live beside the project (../shared/sources, as the before-stop check
// reads them); without them the test is skipped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';

const sourcesDir = new URL('../../../shared/sources/', import.meta.url);
const files = {
  'harpers-bazaar': '000_',
  'blush-overview': '001_',
  'the-cut': '002_',
  'clinic-lip-rejuvenation': '003_',
  'filler-massage': '004_',
};

/** The comparison form of a text: typographic quotes and dashes plain, spaces collapsed, lower case (as the before-stop check). */
const norm = (s) =>
  s
    .replace(/[\u2018\u2019\u201B]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/** Every `source: '…', quote: '…'` pair of a TypeScript data file. */
function quotesOf(file) {
  const text = readFileSync(new URL(`../../src/data/${file}`, import.meta.url), 'utf8');
  const pat = /source:\s*'([\w-]+)',\s*quote:\s*(['"`])((?:\\.|(?!\2).)*)\2/gs;
  return [...text.matchAll(pat)].map((m) => ({ source: m[1], quote: m[3].replace(/\\(['"`\\])/g, '$1') }));
}

/** The quotes that are not word for word in their own source, parts in order. */
function notInSource(quotes, texts) {
  return quotes.filter(({ source, quote }) => {
    const text = texts[source];
    if (!text) return true;
    let at = 0;
    for (const part of norm(quote)
      .split(/\.\.\.|\u2026/)
      .map((p) => p.trim())
      .filter(Boolean)) {
      const i = text.indexOf(part, at);
      if (i < 0) return true;
      at = i + part.length;
    }
    return false;
  });
}

const skip = !existsSync(sourcesDir) && 'no source texts beside the project';
const texts = () => {
  const names = readdirSync(sourcesDir);
  return Object.fromEntries(
    Object.entries(files).map(([id, prefix]) => [
      id,
      norm(
        readFileSync(
          new URL(
            names.find((n) => n.startsWith(prefix)),
            sourcesDir,
          ),
          'utf8',
        ),
      ),
    ]),
  );
};

test('every quote is word for word in its own source, in order', { skip }, () => {
  const quotes = quotesOf('procedures.ts');
  assert.ok(quotes.length > 100, `only ${quotes.length} quotes found`);
  assert.deepEqual(notInSource(quotes, texts()), []);
});

test('the check fails on an invented quote, a quote of another source, and parts out of order', { skip }, () => {
  const bad = [
    { source: 'the-cut', quote: 'Rarely: infection, allergy, scars, granulomas' },
    { source: 'the-cut', quote: 'washed only with water' },
    { source: 'the-cut', quote: 'scarring can occur … Very rarely' },
  ];
  const good = [
    { source: 'the-cut', quote: 'Very rarely, scarring can occur' },
    { source: 'harpers-bazaar', quote: 'washed only with water' },
  ];
  assert.deepEqual(notInSource([...bad, ...good], texts()), bad);
});
