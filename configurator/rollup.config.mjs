// The no-code setup page: its own bundle in dist/configurator/, beside (never inside) the kit's script.
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { readFileSync } from 'node:fs';

const STATIC = ['index.html', 'preview.html', 'setup.css', 'preview.css'];

export default {
  input: 'configurator/main.ts',
  output: { file: 'dist/configurator/setup.js', format: 'es' },
  plugins: [
    {
      name: 'setup-page-files',
      buildStart() {
        for (const f of STATIC) this.addWatchFile(`configurator/${f}`);
      },
      generateBundle() {
        for (const f of STATIC) this.emitFile({ type: 'asset', fileName: f, source: readFileSync(new URL(f, import.meta.url)) });
      },
    },
    resolve({ exportConditions: ['production'], browser: true }),
    typescript({
      tsconfig: './tsconfig.json',
      include: ['configurator/**/*.ts', 'src/**/*.ts'],
      compilerOptions: { noEmit: false, declaration: false, sourceMap: false, outDir: 'dist/configurator', rootDir: '.' },
    }),
    terser({ ecma: 2021, format: { comments: false, ascii_only: true } }),
  ],
};
