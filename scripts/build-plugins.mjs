// Three small rollup plugins for the browser bundles (the version, licence
// notices, the evaluation split), and the step that stamps the version into
// the ESM build (`node scripts/build-plugins.mjs` after tsc).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/** What src/version.ts says in the sources (tests and Storybook run them as they are); builds replace it. */
export const SOURCE_VERSION = '0.0.0-dev';
/** The line in src/version.ts, as TypeScript or as the JavaScript compiled from it. */
const SOURCE_LINE = /(export const version(?:: string)? = )'0\.0\.0-dev';/;

/** Puts package.json's version into src/version.ts as rollup reads it (no tracked file is written). */
export function injectVersion() {
  return {
    name: 'inject-version',
    transform(code, id) {
      if (!/[\\/]src[\\/]version\.ts$/.test(id)) return null;
      if (!SOURCE_LINE.test(code)) this.error(`src/version.ts no longer says version = '${SOURCE_VERSION}'; update inject-version`);
      return { code: code.replace(SOURCE_LINE, `$1'${version}';`), map: null };
    },
  };
}

/** The package a bundled file belongs to: `lit-html`, `@lit/context`… (undefined for our own sources). */
function packageOf(id) {
  const m = /[\\/]node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(id);
  return m?.[1].replace('\\', '/');
}

/**
 * Keeps the licence notices of bundled packages (Lit's `@license` comments,
 * which the minifier drops) as one `/*! … *\/` line at the top of the bundle:
 * per copyright holder and licence, its packages and years, e.g.
 * "@lit/context, lit-html: Copyright 2017, 2022 Google LLC, BSD-3-Clause".
 */
export function licenseNotices() {
  /** @type {Map<string, { pkgs: Set<string>, years: Set<string>, holder: string, spdx: string }>} */
  let notices = new Map();
  return {
    name: 'license-notices',
    buildStart() {
      notices = new Map();
    },
    transform(code, id) {
      const pkg = packageOf(id);
      if (!pkg) return null;
      for (const [comment] of code.matchAll(/\/\*\*?[\s\S]*?\*\//g)) {
        if (!comment.includes('@license')) continue;
        const copyright = /Copyright (\d{4}(?:[-–]\d{4})?) ([^\n*]+)/.exec(comment);
        const spdx = /SPDX-License-Identifier: ([^\s*]+)/.exec(comment);
        if (!copyright || !spdx) this.error(`${pkg}: a licence notice the build cannot read; update license-notices: ${comment}`);
        const holder = copyright[2].trim();
        const key = `${holder}|${spdx[1]}`;
        if (!notices.has(key)) notices.set(key, { pkgs: new Set(), years: new Set(), holder, spdx: spdx[1] });
        const n = notices.get(key);
        n.pkgs.add(pkg);
        n.years.add(copyright[1]);
      }
      return null;
    },
    banner() {
      if (!notices.size) return '';
      const parts = [...notices.values()].map(
        (n) => `${[...n.pkgs].sort().join(', ')}: Copyright ${[...n.years].sort().join(', ')} ${n.holder}, ${n.spdx}`,
      );
      return `/*! @license ${parts.join(' | ').replace(/\*\//g, '* /')} */`;
    },
  };
}

/**
 * Splits a one-chunk IIFE script's evaluation into tasks: the code from the
 * first of each module in `splitAt` (absolute ids) on runs in a later task,
 * through `lipLater(function () {…})`, which the script's intro must define.
 * Fails the build where that could run a module before one it reads (an
 * import cycle, a dynamic import), where a module of `splitAt` is not in the
 * script, and where the script does not end as an IIFE.
 */
export function splitEvaluation(splitAt) {
  const marker = '__lipEvaluationSplit();';
  return {
    name: 'split-evaluation',
    onLog(level, log) {
      if (log.code === 'CIRCULAR_DEPENDENCY') this.error(`an import cycle would let a split task read a later one: ${log.message}`);
    },
    transform: (code, id) => (splitAt.includes(id) ? { code: `${marker}\n${code}`, map: null } : null),
    renderChunk(code, chunk) {
      const late = chunk.moduleIds.filter((id) => this.getModuleInfo(id)?.dynamicImporters.length);
      if (late.length) this.error(`a dynamic import would let a split task read a later one: ${late.join(', ')}`);
      const n = code.split(marker).length - 1;
      if (n !== splitAt.length)
        this.error(`found ${n} of the ${splitAt.length} evaluation splits; is each of ${splitAt.join(', ')} still in the script?`);
      const end = /\}\)\(\);\s*$/.exec(code);
      if (!end) this.error('the script does not end as an IIFE; split-evaluation cannot close its tasks');
      const out = code.slice(0, end.index).replaceAll(marker, 'lipLater(function () {');
      return { code: `${out}${'});'.repeat(n)}${code.slice(end.index)}`, map: null };
    },
  };
}

/** Stamps the version into the ESM build that tsc wrote (dist/version.js). */
export function stampEsmVersion(dist = new URL('../dist/', import.meta.url)) {
  const file = new URL('version.js', dist);
  const code = readFileSync(file, 'utf8');
  if (!SOURCE_LINE.test(code)) {
    if (code.includes(`export const version = '${version}';`)) return;
    throw new Error(`dist/version.js does not say version = '${SOURCE_VERSION}'`);
  }
  writeFileSync(file, code.replace(SOURCE_LINE, `$1'${version}';`));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) stampEsmVersion();
