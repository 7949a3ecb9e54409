// Tests of the script size check itself (node's test runner; `npm test` runs it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { checkScripts, contentProblems, guardProblems, setOf, BUDGET } from './size.mjs';

/** Random text does not compress: about `gzipBytes` of gzip. */
const noise = (gzipBytes) => `var x="${randomBytes(gzipBytes).toString('base64')}";`;
const budget = { english: { cap: 30720, target: 25600, moonshot: 20480 }, perLanguage: 4096 };

test('the budget file holds the 30 KB cap and the +4 KB per language', () => {
  assert.equal(BUDGET.english.cap, 30720);
  assert.equal(BUDGET.english.target, 25600);
  assert.equal(BUDGET.english.moonshot, 20480);
  assert.equal(BUDGET.perLanguage, 4096);
  // A language ratchet is only for a language still over its cap, and is deleted once the cap holds.
  for (const [lang, ratchet] of Object.entries(BUDGET.languageRatchets ?? {})) assert.ok(ratchet > BUDGET.perLanguage, lang);
});

test('passes small clean scripts, one per language set', () => {
  const en = noise(10000);
  const r = checkScripts({ 'lip-widgets.js': en, 'lip-widgets.it.js': en + noise(3000), 'lip-widgets.all.js': en + noise(3000) }, budget);
  assert.deepEqual(r.problems, []);
  assert.deepEqual(r.rows.map((x) => x.set).sort(), ['all', 'en', 'it']);
  assert.ok(r.rows.every((x) => x.gzip > 0 && x.brotli > 0));
});

test('fails an English script over the 30 KB cap when no ratchet is set', () => {
  const r = checkScripts({ 'lip-widgets.js': noise(32000) }, budget);
  assert.equal(r.ok, false);
  assert.match(r.problems.join(), /lip-widgets\.js: \d+ B gzip is over its limit of 30720 B \(cap 30720\)/);
});

test('while over the cap, the ratchet is enforced and the overshoot printed', () => {
  const withRatchet = { ...budget, english: { ...budget.english, ratchet: 40960 } };
  const under = checkScripts({ 'lip-widgets.js': noise(35000) }, withRatchet);
  assert.deepEqual(under.problems, []);
  assert.match(under.notes.join(), /OVER THE 30 KB CAP by \d+ B gzip .* ratchet 40960 enforced/);
  const over = checkScripts({ 'lip-widgets.js': noise(42000) }, withRatchet);
  assert.match(over.problems.join(), /over its limit of 40960 B/);
});

test('fails a language script more than 4,096 B gzip over the English one', () => {
  const en = noise(10000);
  const r = checkScripts({ 'lip-widgets.js': en, 'lip-widgets.fr.js': en + noise(5000) }, budget);
  assert.equal(r.ok, false);
  assert.match(r.problems.join(), /lip-widgets\.fr\.js: \d+ B gzip over English is over its allowance of 4096 B \(English \+ 4096\)/);
  assert.match(r.notes.join(), /lip-widgets\.fr\.js: OVER ITS CAP/);
});

test('a listed language ratchet replaces only that language cap', () => {
  const en = noise(10000);
  const b = { ...budget, languageRatchets: { it: 6000 } };
  const extra = noise(5000);
  const r = checkScripts({ 'lip-widgets.js': en, 'lip-widgets.it.js': en + extra, 'lip-widgets.de.js': en + extra }, b);
  assert.deepEqual(
    r.problems.map((p) => p.split(':')[0]),
    ['lip-widgets.de.js'],
  );
});

test('fails the all-languages script over English + 4,096 × languages', () => {
  const en = noise(10000);
  const scripts = { 'lip-widgets.js': en, 'lip-widgets.it.js': en + noise(3000), 'lip-widgets.es.js': en + noise(3000) };
  assert.deepEqual(checkScripts({ ...scripts, 'lip-widgets.all.js': en + noise(7500) }, budget).problems, []);
  const r = checkScripts({ ...scripts, 'lip-widgets.all.js': en + noise(9000) }, budget);
  assert.match(r.problems.join(), /lip-widgets\.all\.js: .* \(English \+ 8192\)/);
});

test('fails when the English script is missing', () => {
  assert.match(checkScripts({ 'lip-widgets.it.js': 'x' }, budget).problems.join(), /English script\) is missing/);
});

test('names the language set of each script file', () => {
  assert.equal(setOf('lip-widgets.js'), 'en');
  assert.equal(setOf('lip-widgets.pt.js'), 'pt');
  assert.equal(setOf('lip-widgets.all.js'), 'all');
  assert.equal(setOf('lip-widgets.js.map'), undefined);
  assert.equal(setOf('register.js'), undefined);
});

test("fails Lit's dev-mode build, eval and new Function", () => {
  assert.match(contentProblems('console.warn("Lit is in dev mode. Not recommended")').join(), /dev-mode/);
  assert.match(contentProblems('eval("1")').join(), /eval/);
  assert.match(contentProblems('new Function("return 1")').join(), /eval or new Function/);
  const r = checkScripts({ 'lip-widgets.js': 'eval("1")' }, budget);
  assert.match(r.problems.join(), /lip-widgets\.js: contains eval/);
});

test('fails a URL the kit could fetch, but not an SVG namespace', () => {
  assert.match(contentProblems('fetch("https://tracker.example.com/p")').join(), /URLs/);
  assert.deepEqual(contentProblems('x="http://www.w3.org/2000/svg"'), []);
});

test('names a script that lost a build guard', () => {
  const good =
    '//# allFunctionsCalledOnLoad\n/*! x */ var lipWin=window;lipWin.__lipWidgetsLoading=!0;for(const n of["lip-widgets","lit-html"]);Object.isExtensible(Symbol);';
  assert.deepEqual(guardProblems(good), []);
  assert.match(guardProblems(good.slice(29)).join(), /compile hint/);
  assert.match(guardProblems(good.replace('__lipWidgetsLoading', 'x')).join(), /second-copy guard/);
  assert.match(guardProblems(good.replace('Object.isExtensible', 'x')).join(), /Lit's load/);
  assert.match(guardProblems(good + '"è"').join(), /ASCII/);
  assert.match(guardProblems(good + '`a\n  b`').join(), /line breaks/);
});
