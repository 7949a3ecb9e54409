/**
 * wtr server-side commands that change the browser's environment for a test:
 * the time zone and emulated media. Called from tests through
 * `executeServerCommand(name, payload)` (see test/support/env.ts).
 */
function pageOf(session) {
  const browser = session.browser;
  if (browser.type !== 'puppeteer' || typeof browser.getPage !== 'function') return undefined;
  return browser.getPage(session.id);
}

/** One CDP session per page: detaching a session would drop its emulation. */
const cdpSessions = new WeakMap();

export const commands = [
  {
    name: 'lip-env-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'lip-timezone') {
        const page = pageOf(session);
        if (!page) return false;
        await page.emulateTimezone(payload && payload.zone ? payload.zone : undefined);
        return true;
      }
      if (command === 'lip-media') {
        const page = pageOf(session);
        if (!page) return false;
        let client = cdpSessions.get(page);
        if (!client) cdpSessions.set(page, (client = await page.createCDPSession()));
        const features = [];
        if (payload && payload.forcedColors) features.push({ name: 'forced-colors', value: payload.forcedColors });
        if (payload && payload.reducedMotion) features.push({ name: 'prefers-reduced-motion', value: payload.reducedMotion });
        if (payload && payload.colorScheme) features.push({ name: 'prefers-color-scheme', value: payload.colorScheme });
        await client.send('Emulation.setEmulatedMedia', { media: (payload && payload.media) || '', features });
        return true;
      }
      return undefined;
    },
  },
];
