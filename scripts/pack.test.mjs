// What `npm publish` would ship, checked as a user gets it: packs the tarball
// (the build already ran: `npm test` builds first), installs it into a
// temporary project, resolves its entry points there and type-checks a React
// and a plain TypeScript file against it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const modules = realpathSync(join(root, 'node_modules'));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let dir;
let files;
let app;

before(() => {
  if (!existsSync(join(root, 'dist/lip-widgets.js')) || !existsSync(join(root, 'custom-elements.json'))) {
    throw new Error('Build first: `npm run build` (npm test does).');
  }
  dir = mkdtempSync(join(tmpdir(), 'lip-pack-'));
  const [info] = JSON.parse(
    execFileSync(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], { cwd: root, encoding: 'utf8' }),
  );
  files = new Set(info.files.map((f) => f.path));
  app = join(dir, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'studio-site', private: true, type: 'module' }));
  execFileSync(
    npm,
    ['install', join(dir, info.filename), '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'],
    {
      cwd: app,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
});

after(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('the tarball holds the script-tag bundle, ESM + types, the manifest, editor data, JSX types and the licence', () => {
  for (const f of [
    'package.json',
    'README.md',
    'LICENSE',
    'CHANGELOG.md',
    'custom-elements.json',
    'dist/lip-widgets.js',
    'dist/index.js',
    'dist/index.d.ts',
    'dist/register.js',
    'dist/register.d.ts',
    'dist/events.d.ts',
    'dist/lang/it.js',
    'dist/lang/it.d.ts',
    'dist/jsx-types.d.ts',
    'dist/react.d.ts',
    'dist/preact.d.ts',
    'dist/solid.d.ts',
    'dist/vscode.html-custom-data.json',
    'dist/vscode.css-custom-data.json',
    'dist/web-types.json',
  ]) {
    assert.ok(files.has(f), `${f} is in the tarball`);
  }
  const stray = [...files].filter(
    (f) => /^(src|test|stories|scripts|demo|docs|\.storybook|\.ci)\//.test(f) || f.startsWith('node_modules'),
  );
  assert.deepEqual(stray, [], 'no sources, tests, stories or scripts ship');
});

test('the licence is MIT and the bundle keeps Lit\u2019s licence notice', () => {
  const pkg = join(app, 'node_modules/lip-widgets');
  const license = readFileSync(join(pkg, 'LICENSE'), 'utf8');
  assert.match(license, /^MIT License/);
  assert.match(license, /Copyright \(c\) 2026 lip-widgets contributors/);
  const bundle = readFileSync(join(pkg, 'dist/lip-widgets.js'), 'utf8');
  assert.match(bundle, /\/\*! @license [^*]*lit-html[^*]*Copyright [\d, ]+ Google LLC, BSD-3-Clause \*\//);
  const { version } = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8'));
  assert.ok(bundle.includes(`lip-widgets ${version}`), 'the bundle names the package version');
  assert.ok(
    readFileSync(join(pkg, 'dist/version.js'), 'utf8').includes(`export const version = '${version}';`),
    'the ESM build carries the real version',
  );
});

test('a CDN serves the classic-script bundle, and every public entry point resolves', () => {
  const pkg = JSON.parse(readFileSync(join(app, 'node_modules/lip-widgets/package.json'), 'utf8'));
  assert.equal(pkg.unpkg, 'dist/lip-widgets.js');
  assert.equal(pkg.jsdelivr, 'dist/lip-widgets.js');
  const bundle = readFileSync(join(app, 'node_modules/lip-widgets', pkg.unpkg), 'utf8');
  assert.doesNotMatch(bundle, /^\s*(export|import)\s/m, 'no ES module syntax in the script-tag file');
  const specifiers = [
    'lip-widgets',
    'lip-widgets/register.js',
    'lip-widgets/lip-widgets.js',
    'lip-widgets/lang/it.js',
    'lip-widgets/lang/it',
    'lip-widgets/custom-elements.json',
    'lip-widgets/web-types.json',
    'lip-widgets/package.json',
    'lip-widgets/dist/lip-widgets.js',
  ];
  const out = execFileSync(
    process.execPath,
    ['--input-type=module', '-e', `for (const s of ${JSON.stringify(specifiers)}) console.log(s, import.meta.resolve(s));`],
    { cwd: app, encoding: 'utf8' },
  );
  for (const s of specifiers) {
    const line = out.split('\n').find((l) => l.startsWith(`${s} `));
    assert.ok(line, `${s} resolves`);
    assert.ok(existsSync(fileURLToPath(line.slice(s.length + 1))), `${s} resolves to a shipped file`);
  }
});

test('the manifest names shipped files, typed events and public members only', () => {
  const pkg = join(app, 'node_modules/lip-widgets');
  const manifest = JSON.parse(readFileSync(join(pkg, 'custom-elements.json'), 'utf8'));
  const paths = JSON.stringify(manifest).match(/"(path|module)":"[^"]*"/g);
  for (const p of paths) {
    const file = p.split('"')[3];
    assert.ok(file.startsWith('dist/') && existsSync(join(pkg, file)), `${p} is a shipped file`);
  }
  const tracker = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'lip-healing-tracker');
  const dayChange = tracker.events.find((e) => e.name === 'lip-day-change');
  assert.equal(dayChange.type.text, 'CustomEvent<{ day: number; date: string }>');
  for (const el of manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName)) {
    for (const e of el.events ?? []) assert.match(e.type.text, /^CustomEvent<\{.+\}>$/, `${el.tagName} ${e.name} has a typed detail`);
    const hidden = (el.members ?? []).filter((m) => m.privacy || m.static);
    assert.deepEqual(hidden, [], `${el.tagName} lists public members only`);
  }
});

/** Runs the installed tsc over `files` in the temporary project; returns its status and output. */
function tsc(files) {
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        lib: ['ES2023', 'DOM', 'DOM.Iterable'],
        jsx: 'react-jsx',
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        types: [],
      },
      files,
    }),
  );
  const r = spawnSync(process.execPath, [join(modules, 'typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: app, encoding: 'utf8' });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

test('TypeScript: React JSX with typed events type-checks, the tag map types querySelector, a misspelt attribute fails', () => {
  // The app's own React types (the kit does not depend on React).
  mkdirSync(join(app, 'node_modules/@types'), { recursive: true });
  symlinkSync(join(modules, '@types/react'), join(app, 'node_modules/@types/react'), 'dir');
  symlinkSync(join(modules, 'csstype'), join(app, 'node_modules/csstype'), 'dir');
  writeFileSync(
    join(app, 'app.tsx'),
    `import type {} from 'lip-widgets/react';
import 'lip-widgets/register.js';

export function Aftercare() {
  return (
    <lip-studio name="Studio Rosa" phone="+39 02 555 0101" booking-url="https://example.com/book">
      <lip-healing-tracker
        procedure="lip-blush"
        no-sources
        heading-level={3}
        onlip-day-change={(e) => {
          const day: number = e.detail.day;
          const date: string = e.detail.date;
          console.log(day, date);
        }}
      />
      <lip-touchup-timeline procedure="lip-flip" onlip-calendar-export={(e) => console.log(e.detail.count, e.detail.filename)} />
    </lip-studio>
  );
}
`,
  );
  writeFileSync(
    join(app, 'plain.ts'),
    `import 'lip-widgets/register.js';
import { LipHealingTracker, type DayChangeDetail } from 'lip-widgets';

const el = document.querySelector('lip-healing-tracker');
const tracker: LipHealingTracker | null = el;
if (tracker) tracker.appointment = '2026-03-02';
const made: LipHealingTracker = document.createElement('lip-healing-tracker');
made.procedure = 'lip-flip';
document.addEventListener('lip-day-change', (e) => {
  const d: DayChangeDetail = e.detail;
  console.log(d.day);
});
const timeline = document.querySelector('lip-touchup-timeline');
console.log(timeline?.toICS(new Date()));
`,
  );
  const good = tsc(['app.tsx', 'plain.ts']);
  assert.equal(good.status, 0, `the React and plain files type-check:\n${good.output}`);

  // One run for both mistakes: a misspelt attribute and a detail field that does not exist.
  writeFileSync(
    join(app, 'bad.tsx'),
    `import type {} from 'lip-widgets/react';

export const Misspelt = () => <lip-healing-tracker procedur="lip-blush" />;
export const NoSuchField = () => <lip-healing-tracker onlip-day-change={(e) => e.detail.month} />;
`,
  );
  const bad = tsc(['bad.tsx']);
  assert.notEqual(bad.status, 0, 'the mistakes fail to type-check');
  assert.match(bad.output, /bad\.tsx\(3,[^)]*\): error TS2322[^\n]*\n?[\s\S]*'procedur'/, 'a misspelt attribute fails');
  assert.match(
    bad.output,
    /bad\.tsx\(4,[^)]*\): error TS2339: Property 'month' does not exist/,
    'a detail field that does not exist fails',
  );
});
