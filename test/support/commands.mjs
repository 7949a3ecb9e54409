/**
 * wtr server-side commands that change the browser's environment for a test:
 * the time zone and emulated media. Called from tests through
 * `executeServerCommand(name, payload)` (see test/support/env.ts). They
 * answer false where the browser cannot do it (then the test is skipped).
 */
function pageOf(session) {
  const browser = session.browser;
  if (typeof browser.getPage !== 'function') return undefined;
  return browser.getPage(session.id);
}

/** One CDP session per Chromium page: detaching a session would drop its emulation. */
const cdpSessions = new WeakMap();

async function emulateMedia(page, payload) {
  const features = [];
  if (payload.forcedColors) features.push({ name: 'forced-colors', value: payload.forcedColors });
  if (payload.reducedMotion) features.push({ name: 'prefers-reduced-motion', value: payload.reducedMotion });
  if (payload.colorScheme) features.push({ name: 'prefers-color-scheme', value: payload.colorScheme });
  if (typeof page.createCDPSession === 'function' && page.browser().protocol !== 'webDriverBiDi') {
    // Chromium: CDP, which also knows forced-colors (puppeteer's emulateMediaFeatures does not).
    let client = cdpSessions.get(page);
    if (!client) cdpSessions.set(page, (client = await page.createCDPSession()));
    await client.send('Emulation.setEmulatedMedia', { media: payload.media || '', features });
    return true;
  }
  await page.emulateMediaType(payload.media || null);
  if (features.length) await page.emulateMediaFeatures(features);
  return true;
}

export const commands = [
  {
    name: 'lip-env-commands',
    async executeCommand({ command, payload, session }) {
      if (command !== 'lip-timezone' && command !== 'lip-media') return undefined;
      const page = pageOf(session);
      if (!page) return false;
      try {
        if (command === 'lip-timezone') await page.emulateTimezone(payload && payload.zone ? payload.zone : undefined);
        else await emulateMedia(page, payload || {});
        return true;
      } catch (e) {
        // A browser without the command (Firefox ESR 140's WebDriver BiDi has no time zone emulation) is told apart from a failure.
        return /unknown command|unsupported operation/i.test(String(e?.message)) ? 'unsupported' : false;
      }
    },
  },
];
