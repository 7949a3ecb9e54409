// Size and content check of the browser scripts (run by `npm test` after the build).
//   node scripts/size.mjs [dir]        (default: dist)
// The caps live in perf-budget.json ("size"). For every shipped script,
// dist/lip-widgets.js, dist/lip-widgets.<code>.js and dist/lip-widgets.all.js,
// it prints raw, gzip (zlib level 9; and GNU gzip -9 where the machine has
// it: the two deflate implementations split blocks differently and can
// disagree by 200 B on one file) and brotli (quality 11) sizes, and fails when:
//   - the English script passes its enforced limit: the 30 KB cap, or while
//     it is over that cap, the ratchet (printed loudly as over the cap);
//   - a language script passes the English one by more than perLanguage
//     bytes (or its listed ratchet), by either gzip's measure, or the all-languages script passes it by
//     more than perLanguage × the number of languages;
//   - any script contains Lit's dev-mode warnings, eval / new Function, or a
//     URL the kit would fetch.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

export const BUDGET = JSON.parse(readFileSync(new URL('../perf-budget.json', import.meta.url), 'utf8')).size;

/** GNU gzip -9's size of a text, or undefined where the machine has no gzip command. */
function gnuGzip(code) {
  const r = spawnSync('gzip', ['-9', '-c'], { input: code, maxBuffer: 1 << 26 });
  return r.status === 0 ? r.stdout.length : undefined;
}

/** zlib level 9, GNU gzip -9 (where available) and brotli -q 11 sizes of a text. */
export function sizes(code) {
  return {
    bytes: Buffer.byteLength(code),
    gzip: gzipSync(code, { level: 9 }).length,
    gnu: gnuGzip(code),
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** Content problems of a script's text (no size caps); empty when it passes. */
export function contentProblems(code) {
  const problems = [];
  if (/Lit is in dev mode|lit\.dev\/msg\//.test(code)) problems.push("contains Lit's dev-mode warnings");
  if (/\beval\s*\(|new\s+Function\s*\(/.test(code)) problems.push('contains eval or new Function');
  // Any absolute URL other than XML namespaces (SVG/MathML) could be fetched.
  const urls = (code.match(/(?:https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}[^\s"'`)]*/gi) ?? []).filter(
    (u) => !/^(https?:)?\/\/www\.w3\.org\//.test(u),
  );
  if (urls.length) problems.push(`contains URLs: ${[...new Set(urls)].slice(0, 5).join(', ')}`);
  return problems;
}

/**
 * What rollup.config.mjs promises of every script, missing from `code`: the
 * compile hint on the first line, the second-copy guard (intro), Lit's
 * Trusted Types and frozen-intrinsics guards, ASCII only, and template white
 * space collapsed (no line break after the hint).
 */
export function guardProblems(code) {
  const problems = [];
  if (!code.startsWith('//# allFunctionsCalledOnLoad\n')) problems.push('does not start with the compile hint');
  if (!code.includes('__lipWidgetsLoading')) problems.push('lacks the second-copy guard');
  if (!code.includes('"lip-widgets","lit-html"') || !code.includes('Object.isExtensible(Symbol)'))
    problems.push("lacks the guards around Lit's load");
  if (/[^\x00-\x7f]/.test(code)) problems.push('is not ASCII only');
  if (code.trimEnd().split('\n').length > 2) problems.push('has line breaks after the compile hint (template white space not collapsed)');
  return problems;
}

/** The language set of a script file name: 'en', 'all' or a language code; undefined for other files. */
export function setOf(name) {
  if (name === 'lip-widgets.js') return 'en';
  const m = /^lip-widgets\.([a-z]{2,3}(?:-[a-z0-9]+)*|all)\.js$/i.exec(name);
  return m?.[1];
}

/**
 * Checks a set of scripts against the budget. `scripts` maps a file name
 * (lip-widgets.js, lip-widgets.it.js, lip-widgets.all.js, …) to its text.
 * Returns one row per script (sizes, its limit, problems) plus `notes` (loud
 * lines that do not fail) and `ok`.
 */
export function checkScripts(scripts, budget = BUDGET) {
  const rows = [];
  const notes = [];
  const en = scripts['lip-widgets.js'];
  if (en === undefined) return { ok: false, rows, notes, problems: ['lip-widgets.js (the English script) is missing'] };
  const enSize = sizes(en);
  const langs = Object.keys(scripts)
    .map(setOf)
    .filter((s) => s && s !== 'en' && s !== 'all');
  const E = budget.english;
  const enforced = Math.max(E.cap, E.ratchet ?? 0);
  for (const [name, code] of Object.entries(scripts)) {
    const set = setOf(name);
    if (!set) continue;
    const s = set === 'en' ? enSize : sizes(code);
    const problems = contentProblems(code);
    let limit;
    let label;
    let over = 0;
    if (set === 'en') {
      limit = enforced;
      label = enforced > E.cap ? `ratchet ${E.ratchet} (cap ${E.cap})` : `cap ${E.cap}`;
      if (s.gzip > E.cap) {
        notes.push(`${name}: OVER THE 30 KB CAP by ${s.gzip - E.cap} B gzip (${s.gzip} > ${E.cap}) — ratchet ${E.ratchet} enforced`);
      } else if (s.gzip > E.target) notes.push(`${name}: under the cap, ${s.gzip - E.target} B over the 25 KB target`);
      else if (s.gzip > E.moonshot) notes.push(`${name}: under the 25 KB target, ${s.gzip - E.moonshot} B over the 20 KB moonshot`);
      else notes.push(`${name}: under the 20 KB moonshot`);
    } else {
      const n = set === 'all' ? langs.length : 1;
      const cap = budget.perLanguage * n;
      const ratchet =
        set === 'all'
          ? langs.reduce((sum, l) => sum + Math.max(budget.perLanguage, budget.languageRatchets?.[l] ?? 0), 0)
          : budget.languageRatchets?.[set];
      const allowed = Math.max(cap, ratchet ?? 0);
      // Over English by the worse of the two gzips: each is what someone measuring the files may use.
      over = Math.max(s.gzip - enSize.gzip, s.gnu !== undefined && enSize.gnu !== undefined ? s.gnu - enSize.gnu : -Infinity);
      limit = enSize.gzip + allowed;
      label = `English + ${allowed}${ratchet > cap ? ` (ratchet; cap + ${cap})` : ''}`;
      if (over > cap) {
        notes.push(
          `${name}: OVER ITS CAP (English + ${cap}) by ${over - cap} B gzip${ratchet > cap ? ` — ratchet English + ${ratchet} enforced` : ''}`,
        );
      }
      if (over > allowed)
        problems.push(`${over} B gzip over English is over its allowance of ${allowed} B (${label}) by ${over - allowed} B`);
    }
    if (set === 'en' && s.gzip > limit) problems.push(`${s.gzip} B gzip is over its limit of ${limit} B (${label}) by ${s.gzip - limit} B`);
    rows.push({ name, set, ...s, overEnglish: over, limit, label, problems });
  }
  const problems = rows.flatMap((r) => r.problems.map((p) => `${r.name}: ${p}`));
  return { ok: !problems.length, rows, notes, problems };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'dist';
  const scripts = {};
  for (const name of readdirSync(dir).sort()) if (setOf(name)) scripts[name] = readFileSync(join(dir, name), 'utf8');
  const r = checkScripts(scripts);
  for (const [name, code] of Object.entries(scripts)) for (const p of guardProblems(code)) r.problems.push(`${name}: ${p}`);
  r.ok = !r.problems.length;
  const order = (x) => (x.set === 'en' ? 0 : x.set === 'all' ? 2 : 1);
  const pad = (x, n) => String(x).padStart(n);
  console.log(
    `${'script'.padEnd(24)}${pad('raw B', 9)}${pad('gzip B', 9)}${pad('gzip -9', 9)}${pad('brotli B', 10)}${pad('+ en gzip', 11)}  limit (gzip)`,
  );
  for (const x of r.rows.sort((a, b) => order(a) - order(b) || a.name.localeCompare(b.name))) {
    console.log(
      `${x.name.padEnd(24)}${pad(x.bytes, 9)}${pad(x.gzip, 9)}${pad(x.gnu ?? '-', 9)}${pad(x.brotli, 10)}${pad(x.set === 'en' ? '' : '+' + x.overEnglish, 11)}  ${x.limit} = ${x.label}`,
    );
  }
  for (const n of r.notes) console.log(`size: ${n}`);
  if (!r.ok) {
    for (const p of r.problems) console.error(`size check failed: ${p}`);
    process.exit(1);
  }
}
