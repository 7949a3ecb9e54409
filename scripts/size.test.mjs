// Tests of the bundle check itself (node's test runner; `npm test` runs it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { checkBundle, CAP_GZIP } from './size.mjs';

test('passes a small clean bundle', () => {
  const r = checkBundle('!function(){console.log("ok")}();');
  assert.deepEqual(r.problems, []);
});

test('fails a bundle over the 20 KB gzip cap', () => {
  // Random text does not compress: 30 KB of it is well over 20 KB gzip.
  const code = `var x="${randomBytes(30000).toString('base64')}";`;
  const r = checkBundle(code);
  assert.ok(r.gzip > CAP_GZIP);
  assert.match(r.problems.join(), /over the 20480 B cap/);
});

test("fails Lit's dev-mode build, eval and new Function", () => {
  assert.match(checkBundle('console.warn("Lit is in dev mode. Not recommended")').problems.join(), /dev-mode/);
  assert.match(checkBundle('eval("1")').problems.join(), /eval/);
  assert.match(checkBundle('new Function("return 1")').problems.join(), /eval or new Function/);
});

test('fails a URL the kit could fetch, but not an SVG namespace', () => {
  assert.match(checkBundle('fetch("https://tracker.example.com/p")').problems.join(), /URLs/);
  assert.deepEqual(checkBundle('x="http://www.w3.org/2000/svg"').problems, []);
});
