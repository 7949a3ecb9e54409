import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/**
 * Minifies the static text of our css`` templates: comments out, white space
 * collapsed, none around { } ; , > or after a colon or before !important, no ; before }. Quoted
 * strings (`content: ' · '`) and `${}` holes are left as they are; a space
 * before a colon is kept (in a selector, "a :hover" is not "a:hover").
 */
function minifyCss() {
  const squeeze = (text) =>
    text
      .split(/('[^']*'|"[^"]*")/)
      .map((part, i) =>
        i % 2
          ? part
          : part
              .replace(/\/\*[\s\S]*?\*\//g, '')
              .replace(/\s+/g, ' ')
              .replace(/ ?([{};,>]) ?/g, '$1')
              .replace(/: /g, ':')
              .replace(/;}/g, '}')
              .replace(/ !/g, '!'),
      )
      .join('');
  return {
    name: 'minify-css',
    transform(code, id) {
      if (!id.includes('/src/') || !/\bcss\s*`/.test(code)) return null;
      const out = code.replace(/\bcss\s*`([^`]*)`/g, (_, body) => `css\`${body.split(/(\$\{[^}]*\})/).map((p, i) => (i % 2 ? p : squeeze(p))).join('').trim()}\``);
      return { code: out, map: null };
    },
  };
}

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
    intro: `var w = window, had = w.LipWidgets;
if (had || w.__lipWidgetsLoading) {
  console.warn('lip-widgets ${version}: lip-widgets ' + (had ? had.version : '(loading)') + ' is already on this page; this copy does nothing.');
  return;
}
w.__lipWidgetsLoading = true;`,
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
  ],
};
