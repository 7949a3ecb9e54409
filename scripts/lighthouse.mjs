// `npm run bench:lighthouse`: the kit as a studio's PageSpeed report sees it.
// Lighthouse 12.2.x (pinned in package.json: 13 wants Node 22), its default
// mobile preset (simulated slow 4G, 4x CPU, a 412 px phone), performance
// only, `runs` runs of each page (median; in rounds of every page in turn), on:
//   - a one-widget aftercare page (a healing tracker) with and without the kit;
//   - the demo as shipped (demo/index.html) with and without the kit.
// "Without" is the same page with its one script tag removed: the widgets'
// fallback content stays. Prints score, TBT, LCP, CLS and transfer size side
// by side and fails when the kit costs the one-widget page any score point or
// more than `maxTbtAddedMs` of TBT, or the demo's CLS is above `demoCls`
// (perf-budget.json, "lighthouse"). Dev only: not part of `npm test`.
//
//   CHROME_PATH=/path/to/chrome npm run bench:lighthouse   (default: /usr/bin/chromium)
//
// On Chromium 156 Lighthouse's layout-shift and LCP-element audits fail; the
// metric values used here (cumulative-layout-shift, total-blocking-time,
// largest-contentful-paint, total-byte-weight) are fine.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { CHROMIUM_ARGS, chromePath } from './chromium.mjs';
import { ROOT, startStaticServer } from './static-server.mjs';

const BUDGET = JSON.parse(await readFile(join(ROOT, 'perf-budget.json'), 'utf8')).lighthouse;
const LH_VERSION = createRequire(import.meta.url)('lighthouse/package.json').version;
const RUNS = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS) || BUDGET.runs);
const SCRIPT = '<script src="../dist/lip-widgets.js" defer></script>';

/**
 * A studio's aftercare page: a heading, some text, one healing tracker with
 * its fallback text, its space reserved (the README's numbers for a page with
 * an appointment: the tracker in the middle of healing).
 */
const aftercare = (withKit) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Lip blush aftercare — Rosa Lips Studio</title>
<meta name="description" content="How your lip blush heals, day by day, and what to do.">
<link rel="icon" href="data:,">
${withKit ? SCRIPT : ''}
<style>
body{margin:0;font-family:system-ui,sans-serif;line-height:1.5;color:#222;background:#fff}
main{max-width:980px;margin:0 auto;padding:16px}
lip-healing-tracker{display:block;min-height:1660px}
@media (min-width:360px){lip-healing-tracker{min-height:1610px}}
@media (min-width:768px){lip-healing-tracker{min-height:1350px}}
@media (min-width:1020px){lip-healing-tracker{min-height:1040px}}
</style>
</head>
<body>
<main>
<h1>Your lip blush aftercare</h1>
<p>Thank you for visiting Rosa Lips Studio. Here is how your lips heal, day by day, and what to do and avoid.</p>
<lip-healing-tracker procedure="lip-blush" appointment="2026-03-02" today="2026-03-10">
<p>Lip blush heals in 6–8 weeks. Keep out of the sun, sauna and pool, and call us if anything worries you.</p>
</lip-healing-tracker>
</main>
</body>
</html>
`;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function main() {
  const demo = await readFile(join(ROOT, 'demo/index.html'), 'utf8');
  // The demo loads one script of the kit (any language set: it has a language switch).
  const demoScript = /<script src="\.\.\/dist\/lip-widgets(?:\.[a-z-]+)?\.js" defer><\/script>/;
  if (!demoScript.test(demo))
    throw new Error('demo/index.html no longer loads one ../dist/lip-widgets*.js script with defer; update scripts/lighthouse.mjs');
  const pages = new Map([
    ['/lighthouse/aftercare-kit.html', aftercare(true)],
    ['/lighthouse/aftercare-static.html', aftercare(false)],
    ['/demo/index-static.html', demo.replace(demoScript, '')],
  ]);
  const server = await startStaticServer({ pages });
  const chrome = await chromeLauncher.launch({
    chromePath: chromePath(),
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  const rows = [];
  try {
    const targets = [
      ['one-widget aftercare page, with the kit', '/lighthouse/aftercare-kit.html'],
      ['one-widget aftercare page, without', '/lighthouse/aftercare-static.html'],
      ['demo as shipped, with the kit', '/demo/index.html'],
      ['demo, without the kit', '/demo/index-static.html'],
    ];
    // Rounds of every page in turn, not every run of one page and then the
    // next: a page with the kit and its page without are measured close
    // together, so that a machine that gets busier or quieter over the
    // minutes weighs on both alike.
    const runs = targets.map(() => []);
    for (let i = 0; i < RUNS; i++) {
      for (const [t, [, path]] of targets.entries()) {
        process.stdout.write('.');
        const { lhr } = await lighthouse(`${server.origin}${path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance'],
        });
        const a = (id) => lhr.audits[id]?.numericValue;
        runs[t].push({
          score: Math.round((lhr.categories.performance.score ?? NaN) * 100),
          tbt: a('total-blocking-time'),
          lcp: a('largest-contentful-paint'),
          cls: a('cumulative-layout-shift'),
          bytes: a('total-byte-weight'),
          error: lhr.runtimeError?.message,
        });
      }
    }
    for (const [t, [label, path]] of targets.entries()) {
      const m = (k) => median(runs[t].map((r) => r[k]));
      rows.push({ label, path, runs: runs[t], score: m('score'), tbt: m('tbt'), lcp: m('lcp'), cls: m('cls'), bytes: m('bytes') });
    }
  } finally {
    await chrome.kill();
    await server.stop();
  }
  process.stdout.write('\n');

  const f = (x, d = 0) => (Number.isFinite(x) ? x.toFixed(d) : '–');
  console.log(`Lighthouse ${LH_VERSION}, mobile preset, median of ${RUNS} runs each (a busy machine makes TBT and LCP noisy):`);
  console.log(
    `${'page'.padEnd(42)}${'score'.padStart(6)}${'TBT ms'.padStart(8)}${'LCP ms'.padStart(8)}${'CLS'.padStart(8)}${'transfer B'.padStart(12)}   runs (score/TBT/CLS)`,
  );
  for (const r of rows) {
    const each = r.runs.map((x) => `${x.score}/${f(x.tbt)}/${f(x.cls, 3)}`).join(', ');
    console.log(
      `${r.label.padEnd(42)}${f(r.score).padStart(6)}${f(r.tbt).padStart(8)}${f(r.lcp).padStart(8)}${f(r.cls, 3).padStart(8)}${f(r.bytes).padStart(12)}   ${each}`,
    );
    for (const e of new Set(r.runs.map((x) => x.error).filter(Boolean))) console.log(`  runtime error: ${e}`);
  }
  const [kit, bare, demoKit] = rows;
  const fails = [];
  if (!(kit.score >= bare.score - BUDGET.maxScoreLoss))
    fails.push(`the kit costs the one-widget page ${bare.score - kit.score} score points (${kit.score} vs ${bare.score})`);
  if (!(kit.tbt - bare.tbt <= BUDGET.maxTbtAddedMs))
    fails.push(`the kit adds ${f(kit.tbt - bare.tbt)} ms TBT to the one-widget page (cap ${BUDGET.maxTbtAddedMs})`);
  if (!(demoKit.cls <= BUDGET.demoCls)) fails.push(`the demo's CLS is ${f(demoKit.cls, 3)} (cap ${BUDGET.demoCls})`);
  console.log(fails.length ? `FAIL: ${fails.join('; ')}` : 'all Lighthouse caps hold');
  process.exitCode = fails.length ? 1 : 0;
}

main().catch((e) => {
  console.error(`bench:lighthouse: ${e?.stack ?? e}`);
  process.exit(1);
});
