// Opens every story of the built Storybook in Chromium and fails when a story
// throws, logs an error (unless tagged 'console-error', for stories that show
// a page author's mistake on purpose), renders no widget, or has axe
// violations. Every story is checked in the light and the dark scheme, with
// the default tokens and with only `--lip-accent` set (ACCENTS below), and is
// photographed at PHONE and DESKTOP width in both schemes into story-shots/
// (git-ignored; for people to look at, not compared with anything).
// Run after `storybook build` (`npm run test:stories` does both).
//
//   node scripts/test-stories.mjs [id-filter] [--no-shots] [--workers=N]
import { createServer } from 'node:http';
import { readFile, mkdir, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
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

const started = performance.now();
const root = fileURLToPath(new URL('../storybook-static/', import.meta.url));
const shotsDir = fileURLToPath(new URL('../story-shots/', import.meta.url));
const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

/** The brand colours a studio might set alone (`--lip-accent` and nothing else): light, dark and mid. Shared with the Storybook toolbar. */
const ACCENTS = JSON.parse(await readFile(new URL('../.storybook/accents.json', import.meta.url), 'utf8')).map((a) => `#${a.value}`);
/** Token sets: the kit's defaults, then each accent alone. */
const TOKENS = ['default', ...ACCENTS];
const SCHEMES = ['light', 'dark'];
const PHONE = 390;
const DESKTOP = 1280;

const args = process.argv.slice(2);
const only = args.find((a) => !a.startsWith('--'));
const shots = !args.includes('--no-shots');
const workers = Math.max(1, Number(args.find((a) => a.startsWith('--workers='))?.split('=')[1] ?? 2));

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

// Two pages run at once, so one is always in the background: keep its timers and animation frames running.
const browser = await puppeteer.launch({
  executablePath: await chromiumOrExit(),
  headless: true,
  protocolTimeout: 90000,
  args: [
    ...CHROMIUM_ARGS,
    '--disable-background-timer-throttling',
    '--disable-renderer-backgrounding',
    '--disable-backgrounding-occluded-windows',
  ],
});

const index = JSON.parse(await readFile(join(root, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story' && (!only || e.id.includes(only)));
if (shots) {
  if (!only) await rm(shotsDir, { recursive: true, force: true });
  await mkdir(shotsDir, { recursive: true });
}

console.log(`Stories: ${stories.length}; schemes: ${SCHEMES.join(', ')}; tokens: default and --lip-accent alone = ${ACCENTS.join(', ')}`);
console.log(
  `every axe rule at ${PHONE} and ${DESKTOP} px with the default tokens, its colour rules at ${PHONE} px with each accent; ${shots ? `screenshots at ${PHONE} and ${DESKTOP} px into story-shots/` : 'no screenshots'}; ${workers} worker(s)\n`,
);

/** A page that remembers what went wrong since the last `reset()`. */
async function openPage() {
  // One browser context per worker: its own localStorage, so two stories never share a saved date or tick.
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const state = { errors: [], tags: [] };
  page.on('pageerror', (e) => state.errors.push(`uncaught: ${e.message}`));
  page.on('console', (m) => {
    // 404s are reported by URL below (the browser's own favicon request aside).
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource') && !state.tags.includes('console-error')) {
      state.errors.push(`console.error: ${m.text()}`);
    }
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) state.errors.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  page.on('requestfailed', (r) => state.errors.push(`request failed: ${r.url()}`));
  return { page, state };
}

/**
 * Every widget's render whole (a first render comes in parts, each in a task
 * of its own; `updateComplete` waits for all of them), then two animation
 * frames and a little (a timer too, should frames not come).
 */
const settle = (page) =>
  page.evaluate(
    () =>
      new Promise((r) => {
        const els = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('lip-') && e.updateComplete);
        setTimeout(r, 3000);
        Promise.allSettled(els.map((e) => e.updateComplete)).then(() => {
          setTimeout(r, 400);
          requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50)));
        });
      }),
  );

/** Every widget (not the studio wrapper) rendered something into its shadow root. */
const rendered = (page) =>
  page
    .waitForFunction(
      () => {
        const els = [...document.querySelectorAll('#storybook-root *')].filter(
          (e) => e.localName.startsWith('lip-') && e.localName !== 'lip-studio',
        );
        return els.length && els.every((e) => e.shadowRoot && e.shadowRoot.textContent.trim().length > 0) ? els.length : 0;
      },
      { timeout: 15000, polling: 100 },
    )
    .then(
      (h) => h.jsonValue(),
      () => 0,
    );

/**
 * Only colours change with the accent: with an accent-only brand, axe runs its
 * colour rules (the full set already ran on the same story with the default tokens).
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block', 'non-text-contrast'];

/** axe on the story root: one entry per rule, with each node's target (shadow hosts joined by ' ⟫ ') and, for contrast, the colours. */
async function axe(page, colourOnly = false) {
  // (A boolean: returning window.axe itself would copy the whole axe object to node, about 0.1 s a call.)
  if (!(await page.evaluate(() => Boolean(window.axe)))) await page.evaluate(axeSource);
  return page.evaluate(
    async (rules) => {
      const known = new Set(window.axe.getRules().map((r) => r.ruleId));
      const runOnly = rules && { type: 'rule', values: rules.filter((r) => known.has(r)) };
      const r = await window.axe.run(document.querySelector('#storybook-root'), {
        resultTypes: ['violations'],
        ...(runOnly ? { runOnly } : {}),
      });
      return r.violations.map((v) => ({
        rule: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => {
          const data = [...n.any, ...n.all, ...n.none].map((c) => c.data).find((d) => d && d.contrastRatio !== undefined);
          return {
            target: n.target.map((t) => (Array.isArray(t) ? t.join(' ⟫ ') : t)).join(' ⟫ '),
            detail: data ? `${data.contrastRatio}:1, ${data.fgColor} on ${data.bgColor}, needs ${data.expectedContrastRatio}` : '',
          };
        }),
      }));
    },
    colourOnly ? COLOUR_RULES : null,
  );
}

/** One story in one scheme with one token set: load (the first) or switch the toolbar (the others), check it took, axe, and photograph with the default tokens. */
async function check({ page, state }, story, scheme, tokens, first) {
  const result = { id: story.id, scheme, tokens, errors: [], violations: [] };
  state.errors = [];
  state.tags = story.tags ?? [];
  const accent = tokens === 'default' ? 'none' : tokens.slice(1);
  const url = `${base}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story&globals=theme:${scheme};accent:${accent}`;
  try {
    await page.emulateMediaFeatures([
      { name: 'prefers-color-scheme', value: scheme },
      { name: 'prefers-reduced-motion', value: 'reduce' },
    ]);
    const widths = tokens === 'default' ? [DESKTOP, PHONE] : [PHONE];
    await page.setViewport({ width: widths[0], height: 900 });
    if (first) {
      await page.goto(url, { waitUntil: 'load' });
    } else {
      // Switch the toolbar's globals as a designer does: Storybook renders the story again (new elements), no reload.
      const switched = await page.evaluate(
        (globals) =>
          new Promise((resolve) => {
            const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
            if (!channel) return resolve(false);
            const done = () => resolve(true);
            channel.once('storyRendered', done);
            channel.once('storyErrored', done);
            channel.once('storyThrewException', done);
            channel.emit('updateGlobals', { globals });
            setTimeout(() => resolve(false), 15000);
          }),
        { theme: scheme, accent },
      );
      if (!switched) await page.goto(url, { waitUntil: 'load' });
    }
    if (!(await rendered(page))) result.errors.push('renders no widget');
    // The toolbar globals must have reached the decorator, else this check would test the wrong thing.
    const applied = await page.evaluate(() => {
      const wrapper = document.querySelector('#storybook-root lip-studio')?.parentElement;
      return wrapper
        ? [wrapper.querySelector('lip-studio').getAttribute('scheme'), getComputedStyle(wrapper).getPropertyValue('--lip-accent').trim()]
        : [];
    });
    if (applied[0] !== scheme) result.errors.push(`the toolbar's theme did not apply (scheme ${applied[0]})`);
    if (tokens !== 'default' && applied[1].toLowerCase() !== tokens)
      result.errors.push(`the accent did not apply (--lip-accent: ${applied[1] || 'unset'})`);
    for (const width of widths) {
      if (width !== widths[0]) await page.setViewport({ width, height: 900 });
      await settle(page);
      for (const v of await axe(page, tokens !== 'default')) result.violations.push({ ...v, width });
      if (shots && tokens === 'default') {
        await page.screenshot({ path: join(shotsDir, `${story.id}--${width}-${scheme}.png`), fullPage: true });
        result.shots = (result.shots ?? 0) + 1;
      }
    }
  } catch (e) {
    result.errors.push(`failed to open: ${e.message}`);
  }
  result.errors.unshift(...state.errors);
  return result;
}

const results = [];
const queue = [...stories];
const line = (r) => `${r.scheme}, ${r.tokens === 'default' ? 'default tokens' : `--lip-accent ${r.tokens}`}`;
await Promise.all(
  Array.from({ length: Math.min(workers, queue.length) }, async () => {
    const tab = await openPage();
    for (let story = queue.shift(); story; story = queue.shift()) {
      const t0 = performance.now();
      const mine = [];
      for (const scheme of SCHEMES) for (const tokens of TOKENS) mine.push(await check(tab, story, scheme, tokens, !mine.length));
      results.push(...mine);
      const bad = mine.filter((r) => r.errors.length || r.violations.length);
      const ms = Math.round(performance.now() - t0);
      console.log(
        `${bad.length ? '✗' : '✓'} ${story.id} (${mine.length - bad.length}/${mine.length}, ${ms} ms)${bad.map((r) => `\n    ${line(r)}: ${[...r.errors, ...r.violations.map((v) => `${v.rule} ×${v.nodes.length} at ${v.width} px`)].join('; ')}`).join('')}`,
      );
    }
    await tab.page.browserContext().close();
  }),
);

// The toolbar switches and the guide page, as a designer uses them.
const extras = [];
if (!only) {
  const page = await browser.newPage();
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
  const extra = async (label, url, fn) => {
    const errors = [];
    try {
      await page.goto(`${base}/${url}`, { waitUntil: 'load' });
      const ok = await page.waitForFunction(fn, { timeout: 8000, polling: 100 }).then(
        () => true,
        () => false,
      );
      if (!ok) errors.push('expected content not shown');
    } catch (e) {
      errors.push(`failed to open: ${e.message}`);
    }
    extras.push({ label, errors });
    console.log(`${errors.length ? '✗' : '✓'} ${label}${errors.length ? '\n    ' + errors.join('\n    ') : ''}`);
  };
  const tracker = 'iframe.html?id=widgets-healing-tracker--lip-blush&viewMode=story';
  await extra('toolbar: language Italiano', `${tracker}&globals=lang:it`, () => {
    const el = document.querySelector('lip-healing-tracker');
    return el && el.shadowRoot && /Giorno 9/.test(el.shadowRoot.textContent);
  });
  await extra('toolbar: Arabic from a studio catalog, right to left', `${tracker}&globals=lang:ar`, () => {
    const el = document.querySelector('lip-healing-tracker');
    const base = el && el.shadowRoot && el.shadowRoot.querySelector('.base');
    return base && base.getAttribute('dir') === 'rtl' && /اليوم 9/.test(el.shadowRoot.textContent);
  });
  await extra('toolbar: dark theme', `${tracker}&globals=theme:dark`, () => {
    const el = document.querySelector('lip-healing-tracker');
    return el && el.getAttribute('data-lip-scheme') === 'dark';
  });
  await extra('toolbar: bold brand theme', `${tracker}&globals=theme:bold`, () => {
    const el = document.querySelector('lip-healing-tracker');
    return el && getComputedStyle(el).getPropertyValue('--lip-accent').trim() === '#6d28d9';
  });
  await extra(
    'docs: Add it to your site',
    'iframe.html?id=guides-add-it-to-your-site--docs&viewMode=docs',
    () =>
      /data-lip-widget/.test(document.body.textContent) &&
      /WordPress/.test(document.body.textContent) &&
      /Ghost/.test(document.body.textContent),
  );
  await page.close();
}

await browser.close();
server.close();

// A readable summary: every failing check with its rules and targets, then counts.
const order = new Map(stories.map((s, i) => [s.id, i]));
results.sort((a, b) => order.get(a.id) - order.get(b.id));
const failed = results.filter((r) => r.errors.length || r.violations.length);
if (failed.length) {
  console.log(`\nFailures (story · scheme · tokens · width: rule — targets):`);
  for (const r of failed) {
    console.log(`\n✗ ${r.id} · ${line(r)}`);
    for (const e of r.errors) console.log(`    ${e}`);
    for (const v of r.violations) {
      console.log(`    ${v.width} px: ${v.rule} (${v.impact}) — ${v.help}`);
      for (const n of v.nodes.slice(0, 6)) console.log(`        ${n.target}${n.detail ? `  [${n.detail}]` : ''}`);
      if (v.nodes.length > 6) console.log(`        … and ${v.nodes.length - 6} more`);
    }
  }
  const byRule = new Map();
  for (const r of failed) for (const v of r.violations) byRule.set(v.rule, (byRule.get(v.rule) ?? 0) + v.nodes.length);
  const byCase = new Map();
  for (const r of failed) byCase.set(line(r), (byCase.get(line(r)) ?? 0) + 1);
  console.log(`\nFailing checks by case: ${[...byCase].map(([k, n]) => `${k}: ${n}`).join('; ')}`);
  if (byRule.size) console.log(`Violating nodes by rule: ${[...byRule].map(([k, n]) => `${k}: ${n}`).join('; ')}`);
  console.log(`Failing stories: ${new Set(failed.map((r) => r.id)).size} of ${stories.length}`);
}
const shotCount = results.reduce((n, r) => n + (r.shots ?? 0), 0);
const extraFailed = extras.filter((e) => e.errors.length).length;
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `\n${stories.length} ${stories.length === 1 ? 'story' : 'stories'} × ${SCHEMES.length} schemes × ${TOKENS.length} token sets (default, ${ACCENTS.join(', ')}) = ${results.length} checks: ` +
    `${results.length - failed.length} passed, ${failed.length} failed; ${extras.length} toolbar/docs checks: ${extras.length - extraFailed} passed, ${extraFailed} failed; ` +
    `${shotCount} screenshots${shotCount ? ' in story-shots/' : ''}; ${seconds} s`,
);
process.exit(failed.length || extraFailed || !results.length ? 1 : 0);
