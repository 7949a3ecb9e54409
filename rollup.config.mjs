import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { minifyCss } from './scripts/minify-css.mjs';
import { licenseNotices, splitEvaluation } from './scripts/build-plugins.mjs';
import { packValues } from './scripts/pack-catalogs.mjs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The scripts a studio loads with one plain <script>, each Lit's production
 * build with every dependency inlined, one per language set:
 *
 *   dist/lip-widgets.js         English only
 *   dist/lip-widgets.<code>.js  English + that language, for every src/lang/<code>.ts
 *   dist/lip-widgets.all.js     every language
 *
 * They are bundled from tsc's output in dist/ (`npm run build` runs
 * `tsc -p tsconfig.build.json` first), so TypeScript compiles the kit once,
 * not once per script; the ESM user's `dist/lang/<code>.js` is the same module
 * a language script imports.
 */
export const LANGS = readdirSync(join(root, 'src/lang'))
  .filter((f) => /^[a-z]{2,3}(-[a-z0-9]+)*\.ts$/i.test(f) && !f.endsWith('.d.ts'))
  .map((f) => f.slice(0, -3))
  .sort();

/** Fails the build when tsc's output is missing or older than a source file (a stale bundle would ship). */
function checkCompiled() {
  const entry = join(root, 'dist/register.js');
  let built;
  try {
    built = statSync(entry).mtimeMs;
  } catch {
    throw new Error('dist/register.js is missing: run `npm run build` (tsc -p tsconfig.build.json, then rollup -c)');
  }
  const newer = (dir) =>
    readdirSync(dir, { withFileTypes: true }).some((d) =>
      d.isDirectory() ? newer(join(dir, d.name)) : d.name.endsWith('.ts') && statSync(join(dir, d.name)).mtimeMs > built,
    );
  if (newer(join(root, 'src')))
    throw new Error('src/ changed after tsc ran: run `npm run build` (tsc -p tsconfig.build.json, then rollup -c)');
}
checkCompiled();

/**
 * A language's catalogs in a browser script, packed: its interface catalog
 * (dist/core/messages/<code>.js) and its data text (dist/data/text-<code>.js)
 * become their values alone in the key order dist/lang/pack.js derives at
 * run time (the English catalog's keys; each procedure's name and note ids in
 * a fixed walk of the data), a hole where a partial catalog (pt-pt) has no
 * text, so the keys ship once, on the English side, not again per language.
 * The values ship as one string per catalog (scripts/pack-catalogs.mjs), with
 * code characters picked from all the language's catalogs (pt with pt-pt),
 * and sit at the script's end (hoist-catalog-text). The sources stay keyed,
 * typed catalogs, and so do the ESM modules. A key outside that order fails
 * the build.
 */
const packPath = join(root, 'dist/lang/pack.js');
const pack = await import(pathToFileURL(packPath).href);
const PACKED = [
  {
    re: /[\\/]dist[\\/]core[\\/]messages[\\/]([a-z]{2,3}(?:-[a-z0-9]+)*)\.js$/,
    dir: 'dist/core/messages',
    keys: pack.messageKeys(),
    unpack: 'unpackMessages',
  },
  {
    re: /[\\/]dist[\\/]data[\\/]text-([a-z]{2,3}(?:-[a-z0-9]+)*)\.js$/,
    dir: 'dist/data',
    keys: pack.dataTextKeys(),
    unpack: 'unpackDataText',
  },
];
/** Every catalog value of a language and its regional variants ('pt': pt and pt-pt), messages and data text, one per line. */
async function languageText(base) {
  const files = PACKED.flatMap((k) => {
    const dir = join(root, k.dir);
    return readdirSync(dir)
      .map((f) => join(dir, f))
      .filter((f) => k.re.test(f) && k.re.exec(f)[1].split('-')[0] === base);
  });
  const mods = await Promise.all(files.map((f) => import(`${pathToFileURL(f).href}?${statSync(f).mtimeMs}`)));
  return mods.flatMap((m) => Object.values(m).flatMap((c) => Object.values(c ?? {}))).join('\n');
}
function packCatalogs() {
  return {
    name: 'pack-catalogs',
    async transform(code, id) {
      const kind = PACKED.find((k) => k.re.test(id));
      if (!kind) return null;
      // (?mtime: a rebuild in watch mode reads the catalog anew, not a cached copy.)
      const mod = await import(`${pathToFileURL(id).href}?${statSync(id).mtimeMs}`);
      const names = Object.keys(mod);
      if (!names.length) this.error(`exports no catalog to pack`);
      const lines = [`import { ${kind.unpack} as __lipUnpack } from ${JSON.stringify(packPath)};`];
      for (const name of names) {
        const catalog = mod[name];
        if (!catalog || typeof catalog !== 'object' || Array.isArray(catalog)) this.error(`export ${name} is not a catalog object`);
        const order = new Map(kind.keys.map((k, i) => [k, i]));
        const values = [];
        for (const [key, value] of Object.entries(catalog)) {
          if (!order.has(key))
            this.error(
              `${name} has the key "${key}", which is not in the packed key order (not an English message key or built-in data text key)`,
            );
          if (typeof value !== 'string') this.error(`${name}["${key}"] is not a string`);
          values[order.get(key)] = value;
        }
        const { packed, key } = packValues(values, await languageText(kind.re.exec(id)[1].split('-')[0]));
        // (__lipText: moved to the script's end by hoist-catalog-text.)
        lines.push(`export const ${name} = __lipUnpack(__lipText(${JSON.stringify(packed)}), __lipText(${JSON.stringify(key)}));`);
      }
      return { code: lines.join('\n'), map: null };
    },
  };
}

/**
 * The packed catalog text at the very end of a language script: each
 * `__lipText("…")` of pack-catalogs becomes `__lipText(<n>)`, and one
 * function declaration after all the code returns the texts (a declaration
 * is hoisted, so the languages still register before the widgets are
 * defined). Text inserted amid the code pushes code apart, past the 32 KB
 * window gzip looks back in, and costs more than its own size: at the end it
 * costs about 100 B gzip less than just before register.js's code.
 */
function hoistCatalogText() {
  return {
    name: 'hoist-catalog-text',
    renderChunk(code) {
      const texts = [];
      let out = '';
      let at = 0;
      for (let i = code.indexOf('__lipText('); i >= 0; i = code.indexOf('__lipText(', at)) {
        const q = i + '__lipText('.length;
        if (code[q] !== '"' && code[q] !== "'") this.error('__lipText is called without a string literal');
        let j = q + 1;
        while (code[j] !== code[q]) j += code[j] === '\\' ? 2 : 1;
        const text = code.slice(q, j + 1);
        if (!texts.includes(text)) texts.push(text);
        out += `${code.slice(at, q)}${texts.indexOf(text)}`;
        at = j + 1;
      }
      if (!texts.length) return null;
      out += code.slice(at);
      const end = /\}\(\);?\s*$/.exec(out);
      if (!end) this.error('the script does not end as an IIFE; hoist-catalog-text cannot place the catalog text');
      return {
        code: `${out.slice(0, end.index)};function __lipText(i){return[${texts.join(',')}][i]}${out.slice(end.index)}`,
        map: null,
      };
    },
  };
}

/**
 * A virtual entry per script: its languages register first, then the widgets
 * are defined. In a language script the modules register.js imports (Lit and
 * the widget classes, which only declare) come before the languages, so
 * every module but the languages' sits in the English script's order: the
 * same neighbours compress alike, and a language pays only for its own text
 * (about 300 B gzip less than with the languages and their imports first).
 */
const ENTRY = 'lip-entry:';
function entries() {
  const register = join(root, 'dist/register.js');
  return {
    name: 'lip-entries',
    resolveId: (id) => (id.startsWith(ENTRY) ? '\0' + id : null),
    async load(id) {
      if (!id.startsWith('\0' + ENTRY)) return null;
      const set = id.slice(ENTRY.length + 1);
      const langs = set === 'en' ? [] : set === 'all' ? LANGS : [set];
      const widgets = langs.length ? (await this.load({ id: register, resolveDependencies: true })).importedIds : [];
      return [
        ...widgets.map((m) => `import ${JSON.stringify(m)};`),
        ...langs.map((l) => `import ${JSON.stringify(join(root, `dist/lang/${l}.js`))};`),
        `import ${JSON.stringify(register)};`,
      ].join('\n');
    },
  };
}

/**
 * The browser scripts define the tags in a task after their evaluation
 * (register.ts, DEFINE_IN_NEXT_TASK): upgrading every widget already on the
 * page is then a task of its own, not part of the evaluation's last task.
 */
function defineInNextTask() {
  const flag = 'const DEFINE_IN_NEXT_TASK = false;';
  const register = join(root, 'dist/register.js');
  return {
    name: 'define-in-next-task',
    transform(code, id) {
      if (id !== register) return null;
      if (!code.includes(flag)) this.error(`register.js no longer has "${flag}"; update define-in-next-task`);
      return { code: code.replace(flag, 'const DEFINE_IN_NEXT_TASK = true;'), map: null };
    },
  };
}

/**
 * The browser scripts' evaluation in four tasks, not one. At Lighthouse's
 * 4x CPU slowdown for a phone, evaluating the whole English script was one
 * task of 25-137 ms (median 55 in 12 loads), and a task over 50 ms is a long
 * task that PageSpeed counts against the page. The modules come in the order
 * they run, and the code from the first of each module in SPLIT_AT on runs
 * in a later task: (1) @lit/context and Lit's reactive element, (2) the rest
 * of Lit, (3) the shared styles, the built-in data and the first of core
 * (i18n, dates, figures, compare), (4) the widget classes, the rest of core,
 * the languages and register.js (which publishes `window.LipWidgets` and
 * defines the tags in a task after that). Measured at 4x in two runs of 12
 * loads: 20-30, 5-7, 10-11 and 25-26 ms median. Each split is a marker
 * statement put before its module's code, which becomes
 * `lipLater(function () {` before terser runs, closed at the end
 * (`splitEvaluation` in scripts/build-plugins.mjs). This holds only while no
 * module reads one that runs after it: the build fails on an import cycle or
 * a dynamic import, the two ways one could.
 */
const SPLIT_AT = ['node_modules/lit-html/lit-html.js', 'dist/styles/host.styles.js', 'dist/components/shared/lip-element.js'].map((f) =>
  join(root, f),
);
const plugins = () => [
  entries(),
  defineInNextTask(),
  splitEvaluation(SPLIT_AT),
  packCatalogs(),
  // Bundled licence notices (Lit's) kept as one /*! */ line. (The version is
  // already in dist/version.js: the build stamps it after tsc.)
  licenseNotices(),
  minifyCss('dist'),
  {
    // Trusted Types (RELIABILITY 29): Lit creates a policy named "lit-html"
    // at load, which throws when the host page's own Lit already made one
    // or its CSP allows only other names, and then nothing renders. The
    // kit's Lit asks for "lip-widgets" first, then "lit-html", and never
    // throws; when neither is allowed, register.ts leaves the fallback
    // content in place and names the CSP line to add.
    name: 'kit-lit-guards',
    transform(code, id) {
      if (/[\\/]@lit[\\/]reactive-element[\\/]reactive-element\.js$/.test(id)) {
        // A page that froze the intrinsics (SES-style lockdown, RELIABILITY 24):
        // Lit's polyfill of Symbol.metadata (only read by decorators, which
        // the kit does not use) would throw at load.
        const poly = 'Symbol.metadata??=Symbol("metadata")';
        if (!code.includes(poly)) this.error('Lit no longer polyfills Symbol.metadata as expected; update kit-lit-guards');
        return { code: code.replace(poly, `Object.isExtensible(Symbol)&&(${poly})`), map: null };
      }
      if (!/[\\/]lit-html[\\/]lit-html\.js$/.test(id)) return null;
      const call = /(\w+)\.createPolicy\("lit-html",(\{createHTML:\w+=>\w+\})\)/;
      if (!call.test(code)) this.error('lit-html no longer creates its Trusted Types policy as expected; update kit-lit-guards');
      const helper = 'const __lipPolicy=(tt,o)=>{for(const n of["lip-widgets","lit-html"])try{return tt.createPolicy(n,o)}catch{}};';
      return { code: helper + code.replace(call, '__lipPolicy($1,$2)'), map: null };
    },
  },
  resolve({ exportConditions: ['production'], browser: true }),
  terser({
    module: false,
    ecma: 2021,
    // keep_fargs: false drops unused trailing parameters (nothing in the kit or Lit reads a function's length).
    compress: { passes: 3, unsafe_arrows: true, keep_fargs: false },
    // ascii_only: a host page without <meta charset> would garble "·", "–", "è".
    format: { comments: /^!/, ascii_only: true },
  }),
  {
    // After terser the only raw line breaks left are inside template
    // literals: Lit's html`` and css`` markup, where any run of white space
    // renders as one space. (Text that needs a line break uses "\n".)
    name: 'collapse-template-whitespace',
    renderChunk: (code) => ({ code: code.replace(/\n\s*/g, ' '), map: null }),
  },
  hoistCatalogText(),
  {
    // terser's ascii_only leaves template literals as they are, and the
    // kit's html`` and css`` hold "·", "✓", "–": escaped here, so a host page
    // without <meta charset> shows them right too. \uXXXX means the same
    // character in a string, template, regular expression or identifier
    // (Lit reads its templates' cooked strings, not .raw).
    name: 'ascii-only',
    renderChunk: (code) => ({
      code: code.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
      map: null,
    }),
  },
  {
    // V8's explicit compile hint (Chromium 136+; other engines read a
    // comment): the widgets call nearly every function as the page loads,
    // so V8 compiles them all while the file streams in, on a background
    // thread, instead of one by one on the main thread during the first
    // renders (about 7 ms less main-thread time for the four widgets).
    // It must be the file's first line, so it comes after the steps above.
    name: 'compile-hint',
    renderChunk: (code) => ({ code: `//# allFunctionsCalledOnLoad\n${code}`, map: null }),
  },
];

const script = (set, file) => ({
  input: `${ENTRY}${set}`,
  output: {
    file,
    format: 'iife',
    inlineDynamicImports: true,
    banner: `/*! lip-widgets ${version}${set === 'en' ? '' : ` (${set === 'all' ? 'all languages' : `+${set}`})`} | MIT */`,
    // Runs before any bundled module (Lit included): a second copy of the kit
    // (any language set) on the page stops here, so it never creates a second
    // Trusted Types policy or redefines a tag.
    // (Names no bundled module uses: rollup does not see the intro, and
    // Lit's minified modules use one-letter names such as w.)
    intro: `var lipWin = window, lipHad = lipWin.LipWidgets;
if (lipHad || lipWin.__lipWidgetsLoading) {
  console.warn('lip-widgets ${version}: lip-widgets ' + (lipHad ? lipHad.version : lipWin.__lipWidgetsLoading) + ' is already on this page; this copy does nothing.');
  return;
}
// (The version: a copy that comes while this one is still being evaluated names it.)
lipWin.__lipWidgetsLoading = '${version}';
// The next part of the evaluation, in a task of its own (split-evaluation);
// at once, once, where the page's MessageChannel is missing or throws (an
// error of the part itself still reaches the page, as any script's would).
var lipLater = function (f) {
  var ran = false;
  var run = function () { if (!ran) { ran = true; f(); } };
  try {
    var m = new MessageChannel();
    m.port1.onmessage = function () { m.port1.close(); run(); };
    m.port2.postMessage(0);
  } catch (e) {
    if (ran) throw e;
    run();
  }
};`,
  },
  plugins: plugins(),
});

export default [
  script('en', 'dist/lip-widgets.js'),
  ...LANGS.map((l) => script(l, `dist/lip-widgets.${l}.js`)),
  script('all', 'dist/lip-widgets.all.js'),
];
