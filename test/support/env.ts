import { executeServerCommand } from '@web/test-runner-commands';

/**
 * Sets the browser's time zone for the rest of the test file (undefined
 * restores the machine's). Where the browser cannot emulate one (Firefox
 * ESR 140's WebDriver BiDi has no emulation.setTimezoneOverride), `test`, the
 * running test or hook, is skipped: those checks then run in Chromium only.
 * Restoring where nothing could be set is no error; any other failure is.
 */
export async function setTimeZone(zone: string | undefined, test?: Mocha.Context): Promise<void> {
  const done = await executeServerCommand<boolean | 'unsupported', { zone?: string }>('lip-timezone', { zone });
  if (done === true || (done === 'unsupported' && zone === undefined)) return;
  if (done === 'unsupported') test?.skip();
  throw new Error(
    done === 'unsupported'
      ? 'time zone emulation is not available in this browser'
      : `the time zone could not be set to ${zone ?? "the machine's"}`,
  );
}

/**
 * Emulates media type and features ('print', forced colours, reduced motion,
 * colour scheme). False where the browser cannot (Firefox over WebDriver
 * BiDi): the caller skips its test there.
 */
export async function emulateMedia(opts: {
  media?: 'print' | 'screen' | '';
  forcedColors?: 'active' | 'none';
  reducedMotion?: 'reduce' | 'no-preference';
  colorScheme?: 'light' | 'dark';
}): Promise<boolean> {
  return (await executeServerCommand<boolean, typeof opts>('lip-media', opts)) === true;
}
