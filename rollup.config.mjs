import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { readFileSync } from 'node:fs';
import { minifyCss } from './scripts/minify-css.mjs';
import { injectVersion, licenseNotices } from './scripts/build-plugins.mjs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/** One file a studio loads with a plain <script>: Lit's production build, every dependency inlined. */
export default {
  input: 'src/register.ts',
  output: {
    file: 'dist/lip-widgets.js',
    format: 'iife',
    inlineDynamicImports: true,
    banner: `/*! lip-widgets ${version} | MIT */`,
    // Runs before any bundled module (Lit included): a second copy of the kit
    // on the page stops here, so it never creates a second Trusted Types
    // policy or redefines a tag.
    // (Names no bundled module uses: rollup does not see the intro, and
    // Lit's minified modules use one-letter names such as w.)
    intro: `var lipWin = window, lipHad = lipWin.LipWidgets;
if (lipHad || lipWin.__lipWidgetsLoading) {
  console.warn('lip-widgets ${version}: lip-widgets ' + (lipHad ? lipHad.version : '(loading)') + ' is already on this page; this copy does nothing.');
  return;
}
lipWin.__lipWidgetsLoading = true;`,
  },
  plugins: [
    // package.json's version into src/version.ts; bundled licence notices (Lit's) kept as one /*! */ line.
    injectVersion(),
    licenseNotices(),
    minifyCss(),
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
        const helper =
          'const __lipPolicy=(tt,o)=>{for(const n of["lip-widgets","lit-html"])try{return tt.createPolicy(n,o)}catch{}};';
        return { code: helper + code.replace(call, '__lipPolicy($1,$2)'), map: null };
      },
    },
    resolve({ exportConditions: ['production'], browser: true }),
    typescript({ tsconfig: './tsconfig.build.json', declaration: false, outDir: 'dist', rootDir: 'src' }),
    terser({
      module: false,
      ecma: 2021,
      compress: { passes: 2, unsafe_arrows: true },
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
  ],
};
