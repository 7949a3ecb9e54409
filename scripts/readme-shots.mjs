// The README's pictures: each widget at phone width (390 px), light, English,
// on a plain page, with a fixed appointment and "today" so that the images
// only change when the widgets do. Builds the bundle first when it is missing
// or older than src/. Writes docs/img/<widget>.png, cropped to the widget and
// reduced to an exact or a 256-colour palette (scripts/png-palette.mjs).
//
//   npm run shots            (node scripts/readme-shots.mjs [--build] [--scale=2])
import { writeFile, mkdir, readdir, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';

/** The Chromium to drive (see chromium.mjs), or one line saying what to do. */
async function chromiumOrExit() {
  try {
    return await chromiumPath();
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}
import { toPalettePng } from './png-palette.mjs';
import { startStaticServer } from './static-server.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const bundle = join(repo, 'dist/lip-widgets.js');
const outDir = join(repo, 'docs/img');
const WIDTH = 390;
/** What the README may weigh per picture. */
const MAX_BYTES = 120 * 1024;
const args = process.argv.slice(2);
const scale = Number(args.find((a) => a.startsWith('--scale='))?.split('=')[1] ?? 1);

/** Each widget as a client sees it from a booking SMS: a date known, a fixed day. */
const SHOTS = [
  {
    file: 'touchup-timeline.png',
    html: '<lip-touchup-timeline procedure="lip-blush" appointment="2026-03-02" today="2026-03-20"></lip-touchup-timeline>',
  },
  { file: 'comparison-table.png', html: '<lip-comparison-table></lip-comparison-table>' },
  {
    file: 'healing-tracker.png',
    html: '<lip-healing-tracker procedure="lip-blush" appointment="2026-03-02" today="2026-03-10"></lip-healing-tracker>',
  },
  {
    file: 'prep-checklist.png',
    html: '<lip-prep-checklist procedure="lip-blush" appointment="2026-03-20" today="2026-03-10"></lip-prep-checklist>',
  },
];

async function newest(dir) {
  let t = 0;
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? await newest(p) : (await stat(p)).mtimeMs);
  }
  return t;
}

if (args.includes('--build') || !existsSync(bundle) || (await newest(join(repo, 'src'))) > (await stat(bundle)).mtimeMs) {
  console.log('Building the bundle (npm run build)…');
  const r = spawnSync('npm', ['run', 'build'], { cwd: repo, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const page = (widget) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>shot</title>
<style>body { margin: 0; padding: 12px; background: #fff; color: #222; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }</style>
<script src="/dist/lip-widgets.js"></script></head>
<body>${widget}</body></html>`;

const server = await startStaticServer({ pages: new Map(SHOTS.map((shot) => [`/shots/${shot.file}.html`, page(shot.html)])) });
const base = `${server.origin}/shots`;

const browser = await puppeteer.launch({ executablePath: await chromiumOrExit(), headless: true, args: CHROMIUM_ARGS });
await mkdir(outDir, { recursive: true });
let tooBig = 0;
try {
  const tab = await browser.newPage();
  const problems = [];
  tab.on('pageerror', (e) => problems.push(e.message));
  tab.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  await tab.emulateTimezone('UTC');
  await tab.emulateMediaFeatures([
    { name: 'prefers-color-scheme', value: 'light' },
    { name: 'prefers-reduced-motion', value: 'reduce' },
  ]);
  await tab.setViewport({ width: WIDTH, height: 800, deviceScaleFactor: scale });
  for (const shot of SHOTS) {
    await tab.goto(`${base}/${shot.file}.html`, { waitUntil: 'load' });
    const tag = shot.html.match(/^<([a-z-]+)/)[1];
    await tab.waitForFunction((t) => document.querySelector(t)?.shadowRoot?.textContent.trim(), { timeout: 10000 }, tag);
    await tab.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 100)))));
    const el = await tab.$(tag);
    const raw = await el.screenshot({ type: 'png', captureBeyondViewport: true });
    const png = toPalettePng(Buffer.from(raw));
    const out = join(outDir, shot.file);
    await writeFile(out, png);
    const box = await el.boundingBox();
    const kb = (png.length / 1024).toFixed(1);
    if (png.length > MAX_BYTES) tooBig++;
    console.log(
      `${png.length > MAX_BYTES ? '✗' : '✓'} docs/img/${shot.file}: ${Math.round(box.width * scale)}×${Math.round(box.height * scale)} px, ${kb} KB (from ${(raw.length / 1024).toFixed(1)} KB)`,
    );
  }
  if (problems.length) {
    console.error(`Errors on the page:\n  ${problems.join('\n  ')}`);
    process.exitCode = 1;
  }
} finally {
  await browser.close();
  await server.stop();
}
if (tooBig) {
  console.error(`${tooBig} picture(s) over ${MAX_BYTES / 1024} KB: the README should stay light.`);
  process.exitCode = 1;
}
