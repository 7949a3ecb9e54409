import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { readFileSync } from 'node:fs';
import { minifyCss } from './scripts/minify-css.mjs';

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
    intro: `var lipWin = window, had = lipWin.LipWidgets;
if (had || lipWin.__lipWidgetsLoading) {
  console.warn('lip-widgets ${version}: lip-widgets ' + (had ? had.version : '(loading)') + ' is already on this page; this copy does nothing.');
  return;
}
lipWin.__lipWidgetsLoading = true;`,
  },
  plugins: [
    minifyCss(),
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
