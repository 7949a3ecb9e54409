// Where Chromium is and how to start it here (tests, stories check, README
// pictures, bench): as root in a container, with no background traffic to a
// closed network.
//
// Order: CHROME_PATH, else an installed Chrome or Chromium, else the headless
// Chromium shipped inside the devDependency @sparticuz/chromium (unpacked to
// the temp folder on first use), so `npm install && npm test` needs no browser
// on the machine.
import { existsSync } from 'node:fs';

/** Installed browsers looked for, in order (Debian/Ubuntu, other Linux, macOS). */
export const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** The one line printed where no browser can be had. */
export const NO_BROWSER =
  'No Chrome or Chromium found and the bundled one (devDependency @sparticuz/chromium) could not start: ' +
  'run `npm install` (it brings the bundled one), or install Chromium (`apt-get install chromium`), or set CHROME_PATH.';

/** CHROME_PATH, else the first installed Chrome or Chromium of `candidates`; undefined when there is none. */
export function chromePath(candidates = SYSTEM_BROWSERS) {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  return candidates.find((p) => existsSync(p));
}

/**
 * A Chromium to launch: chromePath(), else the bundled headless Chromium.
 * Resolves to `{ path, source }` (`source`: 'CHROME_PATH', 'system' or
 * 'bundled'); rejects with NO_BROWSER as its message when there is none.
 */
export async function findChromium({ candidates = SYSTEM_BROWSERS, bundled = loadBundled } = {}) {
  const env = process.env.CHROME_PATH;
  if (env) {
    if (!existsSync(env)) throw new Error(`CHROME_PATH is ${env}, which does not exist: point it at a Chrome or Chromium, or unset it.`);
    return { path: env, source: 'CHROME_PATH' };
  }
  const system = chromePath(candidates);
  if (system) return { path: system, source: 'system' };
  let path;
  try {
    path = await bundled();
  } catch {
    path = undefined;
  }
  if (!path || !existsSync(path)) throw new Error(NO_BROWSER);
  return { path, source: 'bundled' };
}

/** The path of a Chromium to launch (see findChromium). */
export async function chromiumPath(options) {
  return (await findChromium(options)).path;
}

async function loadBundled() {
  const { default: chromium } = await import('@sparticuz/chromium');
  // Its `args` are Lambda defaults; callers use CHROMIUM_ARGS instead.
  return chromium.executablePath();
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
