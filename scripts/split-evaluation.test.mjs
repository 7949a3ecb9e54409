// node --test scripts/split-evaluation.test.mjs: the build's evaluation split
// (splitEvaluation in build-plugins.mjs) runs the modules in their order over
// several tasks, and fails the build where a task could read a later one.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { rollup } from 'rollup';
import { splitEvaluation } from './build-plugins.mjs';

const dir = mkdtempSync(join(tmpdir(), 'split-evaluation-'));
after(() => rmSync(dir, { recursive: true, force: true }));

let builds = 0;
/** Builds `main.js` of `files` ({ name: code }; imports name files as './x.js') as one script (IIFE unless `format`), split before the modules named in `at`. */
async function build(files, at, format = 'iife') {
  const base = join(dir, `${builds++}-`);
  const path = (name) => base + name;
  for (const [name, code] of Object.entries(files))
    writeFileSync(
      path(name),
      code.replace(/'\.\/([\w.]+)'/g, (_, f) => JSON.stringify(path(f))),
    );
  const bundle = await rollup({ input: path('main.js'), plugins: [splitEvaluation(at.map(path))], onwarn: () => {} });
  try {
    const { output } = await bundle.generate({ format, inlineDynamicImports: true });
    return output[0].code;
  } finally {
    await bundle.close();
  }
}

/** Runs a built script with a `lipLater` that queues its parts; returns the log and a function that runs the next part. */
function run(code) {
  const log = [];
  const queue = [];
  new Function('lipLater', 'log', code)(
    (part) => queue.push(part),
    (x) => log.push(x),
  );
  return { log, step: () => queue.shift()(), left: () => queue.length };
}

const chain = {
  'a.js': "log('a'); export const a = 1;",
  'b.js': "import { a } from './a.js'; log('b'); export const b = a + 1;",
  'c.js': "log('c'); export const c = 3;",
  'main.js': "import { b } from './b.js'; import { c } from './c.js'; log('main ' + b + ' ' + c);",
};

test('runs the modules in their order, each split starting a later part', async () => {
  const code = await build(chain, ['b.js', 'c.js']);
  assert.equal(code.split('lipLater(function () {').length - 1, 2);
  const r = run(code);
  assert.deepEqual(r.log, ['a']);
  r.step();
  assert.deepEqual(r.log, ['a', 'b']);
  r.step();
  assert.deepEqual(r.log, ['a', 'b', 'c', 'main 2 3']);
  assert.equal(r.left(), 0);
});

test('fails on an import cycle', async () => {
  const cycle = {
    'a.js': "import { b } from './b.js'; export const a = () => b;",
    'b.js': "import { a } from './a.js'; log('b'); export const b = 2; export const again = () => a;",
    'main.js': "import { a } from './a.js'; log(a());",
  };
  await assert.rejects(build(cycle, ['b.js']), /an import cycle would let a split task read a later one/);
});

test('fails on a dynamic import', async () => {
  const dynamic = { ...chain, 'main.js': "import { b } from './b.js'; import('./c.js').then((m) => log(m.c + b));" };
  await assert.rejects(build(dynamic, ['b.js']), /a dynamic import would let a split task read a later one/);
});

test('fails when a module it splits at is not in the script', async () => {
  await assert.rejects(build(chain, ['b.js', 'gone.js']), /found 1 of the 2 evaluation splits/);
});

test('fails when the script does not end as an IIFE', async () => {
  await assert.rejects(build(chain, ['b.js'], 'es'), /does not end as an IIFE/);
});
