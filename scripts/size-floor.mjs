// What the English script would weigh with fewer widgets in it: the floor
// under the 30 KB cap of perf-budget.json, measured rather than guessed.
//   npm run size:floor        (after npm run build; writes nothing)
// Each row is dist/lip-widgets.js's build (rollup.config.mjs's English
// script, its plugins and terser settings) made in memory with the widget
// classes it leaves out replaced in dist/register.js by an empty element
// class, so that everything only they import drops out of the script:
//   - no widget: Lit, @lit/context, the built-in data and the registration
//     (window.LipWidgets publishes the data, so it stays);
//   - each widget alone, and each with <lip-studio> (a studio's settings);
//   - all five, the shipped script's content, and all five but one (what
//     leaving one out would save).
// The evaluation split (splitEvaluation) is left out of every row, since it
// splits at the widgets' shared base, which a build without a widget lacks;
// so the "all five" row differs from the shipped script by that split alone.
// Not part of npm test: it reports, it has no cap of its own.
import { rollup } from 'rollup';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sizes } from './size.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** register.js's import of a widget class: the class and its tag (the name of its folder and module). */
const WIDGET_IMPORT = /^import \{ (Lip\w+) \} from '\.\/components\/(lip-[a-z-]+)\/\2\.js';$/gm;

/**
 * The widget classes register.js imports, class name → tag, read from its
 * imports; throws where it imports from a widget's folder another way (a
 * widget the report could neither keep nor leave out).
 */
export function widgetsOf(code) {
  const widgets = Object.fromEntries([...code.matchAll(WIDGET_IMPORT)].map((m) => [m[1], m[2]]));
  const imports = code.match(/^import .*'\.\/components\/lip-[a-z-]+\//gm) ?? [];
  if (!imports.length || imports.length !== Object.keys(widgets).length)
    throw new Error('register.js no longer imports each widget class on a line of its own; update scripts/size-floor.mjs');
  return widgets;
}

/** The widget classes of dist/register.js (built by `npm run build`), class name → tag. */
export const WIDGETS = widgetsOf(readFileSync(join(root, 'dist/register.js'), 'utf8'));

/**
 * A rollup plugin that replaces, in `register` (dist/register.js), the import
 * of every widget class not in `keep` by an empty element class.
 */
export function keepWidgets(keep, register = join(root, 'dist/register.js')) {
  return {
    name: 'keep-widgets',
    transform(code, id) {
      if (id !== register) return null;
      const widgets = widgetsOf(code);
      const unknown = keep.filter((c) => !(c in widgets));
      if (unknown.length) this.error(`register.js imports no widget class ${unknown.join(', ')}`);
      return {
        code: code.replace(WIDGET_IMPORT, (line, cls) => (keep.includes(cls) ? line : `const ${cls} = class extends HTMLElement {};`)),
        map: null,
      };
    },
  };
}

/** The English script's text with only the widget classes in `keep`, built in memory. */
export async function buildWith(keep) {
  const config = (await import(pathToFileURL(join(root, 'rollup.config.mjs')).href)).default[0];
  const plugins = [keepWidgets(keep), ...config.plugins.filter((p) => p.name !== 'split-evaluation')];
  const bundle = await rollup({ input: config.input, plugins, onwarn: () => {} });
  try {
    const { output } = await bundle.generate({ ...config.output, file: undefined });
    return output[0].code;
  } finally {
    await bundle.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const cap = (await import('./size.mjs')).BUDGET.english.cap;
  const all = Object.keys(WIDGETS);
  const studio = all.filter((c) => WIDGETS[c] === 'lip-studio');
  const widgets = all.filter((c) => !studio.includes(c));
  const rows = [
    ['no widget (Lit, @lit/context, the data, the registration)', []],
    ...widgets.map((c) => [WIDGETS[c], [c]]),
    ...widgets.map((c) => [`${WIDGETS[c]} + lip-studio`, [c, ...studio]]),
    ['all five (the shipped script, its evaluation in one task)', all],
    ...all.map((c) => [`all five but ${WIDGETS[c]}`, all.filter((k) => k !== c)]),
  ];
  console.log(`The English script with fewer widgets (zlib gzip level 9 and brotli quality 11, bytes; the English cap is ${cap} B gzip):`);
  console.log(`${'widgets in the script'.padEnd(60)} ${'raw'.padStart(8)} ${'gzip'.padStart(7)} ${'brotli'.padStart(7)}  gzip vs cap`);
  for (const [label, keep] of rows) {
    const s = sizes(await buildWith(keep));
    const d = s.gzip - cap;
    console.log(
      `${label.padEnd(60)} ${String(s.bytes).padStart(8)} ${String(s.gzip).padStart(7)} ${String(s.brotli).padStart(7)}  ${d > 0 ? `+${d} over` : `${-d} under`}`,
    );
  }
}
