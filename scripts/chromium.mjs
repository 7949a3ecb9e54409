// Where Chromium is and how to start it here (tests, stories check, bench):
// as root in a container, with no background traffic to a closed network.
import { existsSync } from 'node:fs';

/** CHROME_PATH, else the first installed Chromium or Chrome; undefined lets chrome-launcher look. */
export function chromePath() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p));
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
