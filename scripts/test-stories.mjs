// Opens every story of the built Storybook in Chromium and fails when a story
// throws, logs an error (unless tagged 'console-error', for stories that show
// a page author's mistake on purpose), renders no widget, or has axe
// violations. Run after `storybook build` (`npm run test:stories` does both).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, chromePath } from './chromium.mjs';

const root = fileURLToPath(new URL('../storybook-static/', import.meta.url));
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const types = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };

if (!existsSync(join(root, 'index.json'))) {
  console.error('storybook-static/index.json is missing: run `npm run build-storybook` first.');
  process.exit(1);
}

const server = createServer(async (req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
  const file = normalize(join(root, path.endsWith('/') ? path + 'index.html' : path));
  if (!file.startsWith(root)) return res.writeHead(404).end();
  let body;
  try {
    body = await readFile(file);
  } catch {
    return res.writeHead(404).end();
  }
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;

const chrome = chromePath();
const browser = await puppeteer.launch({
  executablePath: chrome,
  headless: true,
  args: CHROMIUM_ARGS,
});

const index = JSON.parse(await readFile(join(root, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story');
const only = process.argv[2];
const failures = [];
let checked = 0;
let extra = 0;

for (const story of stories) {
  if (only && !story.id.includes(only)) continue;
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  page.on('console', (m) => {
    // 404s are reported by URL below (the browser's own favicon request aside).
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource') && !(story.tags ?? []).includes('console-error')) {
      errors.push(`console.error: ${m.text()}`);
    }
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) errors.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
  try {
    await page.setViewport({ width: 1024, height: 900 });
    await page.goto(`${base}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story`, { waitUntil: 'load' });
    const widgets = await page.waitForFunction(
      () => {
        const els = [...document.querySelectorAll('#storybook-root *')].filter((e) => e.localName.startsWith('lip-') && e.localName !== 'lip-studio');
        return els.length && els.every((e) => e.shadowRoot && e.shadowRoot.textContent.trim().length > 0) ? els.length : 0;
      },
      { timeout: 8000 },
    ).then((h) => h.jsonValue(), () => 0);
    if (!widgets) errors.push('renders no widget');
    await page.addScriptTag({ path: axePath });
    const violations = await page.evaluate(async () => {
      const r = await window.axe.run(document.querySelector('#storybook-root'), { resultTypes: ['violations'] });
      return r.violations.map((v) => `${v.id}: ${v.nodes.length} node(s) — ${v.help}`);
    });
    errors.push(...violations.map((v) => `axe ${v}`));
  } catch (e) {
    errors.push(`failed to open: ${e.message}`);
  }
  await page.close();
  checked++;
  if (errors.length) failures.push({ id: story.id, errors });
  console.log(`${errors.length ? '✗' : '✓'} ${story.id}${errors.length ? '\n    ' + errors.join('\n    ') : ''}`);
}

// The toolbar switches and the guide page, as a designer uses them.
if (!only) {
  const page = await browser.newPage();
  const check = async (label, url, fn) => {
    extra++;
    const errors = [];
    try {
      await page.goto(`${base}/${url}`, { waitUntil: 'load' });
      const ok = await page.waitForFunction(fn, { timeout: 8000 }).then(() => true, () => false);
      if (!ok) errors.push('expected content not shown');
    } catch (e) {
      errors.push(`failed to open: ${e.message}`);
    }
    if (errors.length) failures.push({ id: label, errors });
    console.log(`${errors.length ? '✗' : '✓'} ${label}${errors.length ? '\n    ' + errors.join('\n    ') : ''}`);
  };
  const tracker = 'iframe.html?id=widgets-healing-tracker--lip-blush&viewMode=story';
  await check('toolbar: language Italiano', `${tracker}&globals=lang:it`, () => {
    const el = document.querySelector('lip-healing-tracker');
    return el && el.shadowRoot && /Giorno 9/.test(el.shadowRoot.textContent);
  });
  await check('toolbar: dark theme', `${tracker}&globals=theme:dark`, () => {
    const el = document.querySelector('lip-healing-tracker');
    return el && el.getAttribute('data-lip-scheme') === 'dark';
  });
  await check('toolbar: bold brand theme', `${tracker}&globals=theme:bold`, () => {
    const el = document.querySelector('lip-healing-tracker');
    return el && getComputedStyle(el).getPropertyValue('--lip-accent').trim() === '#6d28d9';
  });
  await check('docs: Add it to your site', 'iframe.html?id=guides-add-it-to-your-site--docs&viewMode=docs', () =>
    /data-lip-widget/.test(document.body.textContent) && /WordPress/.test(document.body.textContent) && /Ghost/.test(document.body.textContent),
  );
  await page.close();
}

await browser.close();
server.close();
console.log(`\n${checked} stories and ${extra} toolbar/docs checks: ${checked + extra - failures.length} passed, ${failures.length} failed`);
process.exit(failures.length || !checked ? 1 : 0);
