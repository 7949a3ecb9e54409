// Which Chromium the tests and scripts launch, and the one line where there is none.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { findChromium, NO_BROWSER } from './chromium.mjs';

const here = fileURLToPath(import.meta.url);
const missing = '/nonexistent/chromium';

/** Runs `fn` with CHROME_PATH set to `value` (undefined: unset), then restores it. */
async function withChromePath(value, fn) {
  const saved = process.env.CHROME_PATH;
  if (value === undefined) delete process.env.CHROME_PATH;
  else process.env.CHROME_PATH = value;
  try {
    return await fn();
  } finally {
    if (saved === undefined) delete process.env.CHROME_PATH;
    else process.env.CHROME_PATH = saved;
  }
}

test('an installed browser wins over the bundled one', async () => {
  const found = await withChromePath(undefined, () =>
    findChromium({ candidates: [missing, here], bundled: () => assert.fail('bundled asked') }),
  );
  assert.deepEqual(found, { path: here, source: 'system' });
});

test('with no installed browser, the bundled headless Chromium is used', async () => {
  const found = await withChromePath(undefined, () => findChromium({ candidates: [missing], bundled: async () => here }));
  assert.deepEqual(found, { path: here, source: 'bundled' });
});

test('CHROME_PATH wins, and a CHROME_PATH that does not exist is named', async () => {
  assert.deepEqual(await withChromePath(here, () => findChromium({ candidates: [] })), { path: here, source: 'CHROME_PATH' });
  await assert.rejects(
    withChromePath(missing, () => findChromium({ candidates: [here] })),
    (e) => e.message.includes(`CHROME_PATH is ${missing}`) && !e.message.includes('\n'),
  );
});

test('with no browser at all, one line says what to do', async () => {
  for (const bundled of [
    async () => {
      throw new Error('Cannot find package');
    },
    async () => missing,
  ]) {
    await assert.rejects(
      withChromePath(undefined, () => findChromium({ candidates: [missing], bundled })),
      (e) => e.message === NO_BROWSER && !NO_BROWSER.includes('\n') && /npm install/.test(NO_BROWSER) && /CHROME_PATH/.test(NO_BROWSER),
    );
  }
});
