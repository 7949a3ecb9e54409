import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { fileURLToPath } from 'node:url';
import { existsSync, readFileSync } from 'node:fs';
import { commands } from './test/support/commands.mjs';
import { summaryJsonReporter } from './test/support/summary-reporter.mjs';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';

const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));

/** The CSP of RELIABILITY check 10, with Trusted Types enforced: the README's one line for the kit. */
const BASE_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
export const STRICT_CSP = `${BASE_CSP}; trusted-types lip-widgets`;
/** RELIABILITY 29: the host's own Lit next to the kit; an older site's line; a page allowing only its own policy. */
const CSPS = {
  strict: STRICT_CSP,
  lit: `${BASE_CSP}; trusted-types lit-html lip-widgets`,
  old: `${BASE_CSP}; trusted-types lit-html`,
  other: `${BASE_CSP}; trusted-types host`,
};

/**
 * Test-server middleware: `?csp=strict` on a fixture page adds the strict CSP
 * header; /dist/lip-widgets-other-version.js is the built bundle claiming
 * another version (RELIABILITY check 1).
 */
/** RELIABILITY check 2's load orders: where the one fixture page loads the bundle. */
const LOAD_ORDERS = {
  head: ['sync script in head', '<script src="/dist/lip-widgets.js"></script>', ''],
  body: ['sync script between the elements', '', '<script src="/dist/lip-widgets.js"></script>'],
  defer: ['defer script in head', '<script src="/dist/lip-widgets.js" defer></script>', ''],
  async: ['async script in head', '<script src="/dist/lip-widgets.js" async></script>', ''],
  module: ['module script in head', '<script type="module" src="/dist/lip-widgets.js"></script>', ''],
  injected: ['no script: the test injects it later', '', ''],
};

function fixtureMiddleware(ctx, next) {
  const order = /^\/test\/fixtures\/checks-order-(\w+)\.html$/.exec(ctx.path);
  if (order && LOAD_ORDERS[order[1]]) {
    const [title, head, body] = LOAD_ORDERS[order[1]];
    const page = readFileSync(new URL('./test/fixtures/checks-order.html', import.meta.url), 'utf8');
    ctx.type = 'text/html';
    ctx.body = page.replace('<!--order-->', title).replace('<!--head-script-->', head).replace('<!--body-script-->', body);
    return undefined;
  }
  if (ctx.path === '/dist/lip-widgets-other-version.js') {
    const code = readFileSync(new URL('./dist/lip-widgets.js', import.meta.url), 'utf8');
    const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
    ctx.type = 'application/javascript';
    ctx.body = code.split(version).join('9.9.9');
    return undefined;
  }
  return next().then(() => {
    if (ctx.path.startsWith('/test/fixtures/') && CSPS[ctx.query.csp]) ctx.set('Content-Security-Policy', CSPS[ctx.query.csp]);
  });
}

const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
/**
 * Browsers: BROWSERS=chromium,firefox picks; by default Chromium, plus
 * Firefox (Debian's firefox-esr, over WebDriver BiDi) where it is installed.
 */
const wanted = (process.env.BROWSERS || (existsSync(FIREFOX) ? 'chromium,firefox' : 'chromium')).split(',');

/**
 * Chromium: CHROME_PATH, an installed Chrome/Chromium, else the headless one
 * inside the devDependency @sparticuz/chromium. Where none can be had (or
 * Firefox was asked for and is missing), one line says what to do and the run
 * stops, instead of a launcher stack trace per test file.
 */
let chromiumExe;
if (wanted.includes('chromium')) {
  try {
    const found = await findChromium();
    chromiumExe = found.path;
    if (found.source === 'bundled') console.log(`No Chrome or Chromium installed: using the bundled headless Chromium (${chromiumExe}).`);
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}
if (wanted.includes('firefox') && !existsSync(FIREFOX)) {
  console.error(
    `BROWSERS asks for Firefox, but ${FIREFOX} does not exist: install firefox-esr, set FIREFOX_PATH, or use BROWSERS=chromium.`,
  );
  process.exit(1);
}

/**
 * Chromium runs two test files at once, each page in its own browser context:
 * a context's page is the one tab of its own window, so it is never a
 * background tab (which gets no animation frames) and keeps its own storage.
 * Firefox's pages share one window, so it runs one file at a time (below).
 */
const chromium = chromeLauncher({
  concurrency: 2,
  createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
  launchOptions: {
    executablePath: chromiumExe,
    args: [
      ...CHROMIUM_ARGS,
      // Keep timers and animation frames running in test pages that are not in front.
      '--disable-background-timer-throttling',
      '--disable-renderer-backgrounding',
      '--disable-backgrounding-occluded-windows',
    ],
  },
});

const firefox = puppeteerLauncher({
  // Puppeteer sends emulation.setScreenOrientationOverride beside the size
  // with every setViewport; Firefox ESR 140's WebDriver BiDi has no such
  // command and refuses it at once, while the size is still being set. The
  // tests need only the size: wait until the page has it.
  createPage: async ({ context }) => {
    const page = await context.newPage();
    const setViewport = page.setViewport.bind(page);
    page.setViewport = async (viewport) => {
      try {
        await setViewport(viewport);
      } catch (e) {
        if (!/unknown command emulation\.setScreenOrientationOverride/.test(String(e?.message)) || !viewport) throw e;
        await page.waitForFunction((w, h) => innerWidth === w && innerHeight === h, { timeout: 5000 }, viewport.width, viewport.height);
      }
    };
    return page;
  },
  launchOptions: {
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: {
      // Background test pages must not have their timers throttled.
      'dom.min_background_timeout_value': 0,
      'dom.min_background_timeout_value_without_budget_throttling': 0,
      'dom.timeout.enable_budget_timer_throttling': false,
    },
  },
});

export default {
  middleware: [fixtureMiddleware],
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  // One page at a time (Chromium sets its own two): a test page in a background tab gets
  // no animation frames, and open-wc fixtures of plain elements wait for one.
  concurrency: 1,
  // Lit announces dev mode once per test file; the bundle test checks the production build instead.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  // axe walks every shadow root of a page of widgets: 1–8 s on two busy cores with both browsers running.
  testFramework: { config: { timeout: 20000 } },
  browserStartTimeout: 60000,
  testsFinishTimeout: 180000,
  // The usual progress and failures, plus test-results/wtr-summary.json for CI's closing line.
  reporters: [defaultReporter(), summaryJsonReporter()],
  plugins: [esbuildPlugin({ ts: true, tsconfig, target: 'es2021' }), ...commands],
  browsers: [...(wanted.includes('chromium') ? [chromium] : []), ...(wanted.includes('firefox') ? [firefox] : [])],
};
