// node --test scripts/size-floor.test.mjs (after the build): the floor report
// leaves out what it says it leaves out, and fails where register.js changed.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { buildWith, keepWidgets, widgetsOf, WIDGETS } from './size-floor.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const register = join(root, 'dist/register.js');
const transform = (keep, code) =>
  keepWidgets(keep, register).transform.call(
    {
      error(m) {
        throw new Error(m);
      },
    },
    code,
    register,
  );

test("the widget classes are read from register.js's imports, each with its tag", () => {
  assert.deepEqual(Object.values(WIDGETS).sort(), [
    'lip-comparison-table',
    'lip-healing-tracker',
    'lip-prep-checklist',
    'lip-studio',
    'lip-touchup-timeline',
  ]);
  assert.equal(WIDGETS.LipHealingTracker, 'lip-healing-tracker');
});

test('only the widget classes left out become empty element classes', () => {
  const out = transform(['LipHealingTracker'], readFileSync(register, 'utf8')).code;
  assert.match(out, /import \{ LipHealingTracker \} from '[^']+';/);
  for (const cls of Object.keys(WIDGETS).filter((c) => c !== 'LipHealingTracker')) {
    assert.ok(out.includes(`const ${cls} = class extends HTMLElement {};`), cls);
    assert.doesNotMatch(out, new RegExp(`import \\{ ${cls} \\}`), cls);
  }
});

test('a register.js that imports a widget class some other way fails the report', () => {
  const code = readFileSync(register, 'utf8').replace(/import \{ LipStudio \} from '([^']+)';/, "import * as studio from '$1';");
  assert.throws(() => transform([], code), /no longer imports each widget class on a line of its own/);
  assert.throws(() => widgetsOf(code), /no longer imports each widget class/);
});

test('keeping a class register.js does not import fails the build, naming it', () => {
  assert.throws(() => transform(['LipNoSuchWidget'], readFileSync(register, 'utf8')), /imports no widget class LipNoSuchWidget/);
});

test('a script with one widget weighs more than one with none and less than the whole', async () => {
  const gz = async (keep) => gzipSync(await buildWith(keep), { level: 9 }).length;
  const none = await gz([]);
  const one = await gz(['LipComparisonTable']);
  const all = await gz(Object.keys(WIDGETS));
  assert.ok(none < one && one < all, `none ${none} < comparison ${one} < all ${all}`);
  // The whole differs from the shipped script by the evaluation split alone (within 1 %).
  const shipped = gzipSync(readFileSync(join(root, 'dist/lip-widgets.js')), { level: 9 }).length;
  assert.ok(Math.abs(all - shipped) < shipped / 100, `all five ${all} B, shipped ${shipped} B`);
});
