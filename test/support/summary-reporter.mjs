/**
 * A wtr reporter that writes the run's counts as JSON for CI's closing line
 * (`.ci/run` reads it instead of parsing the progress bar):
 * `{ browsers: { Chromium: { files, passed, failed, skipped, seconds, failedFiles: [...] } }, passed, failed, skipped, seconds, slowest: [...] }`.
 * A test file that failed to load or run (no results, or errors outside any
 * test) counts as one failed test, so a broken file is never silent.
 * `seconds` is wall time (a browser's: its first file's start to its last
 * file's end); `slowest` lists the ten slowest files in any browser, to see
 * where a slow run went.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

function count(suite, into) {
  for (const t of suite?.tests ?? []) {
    if (t.skipped) into.skipped++;
    else if (t.passed) into.passed++;
    else into.failed++;
  }
  for (const s of suite?.suites ?? []) count(s, into);
}

const round = (ms) => Math.round(ms / 100) / 10;

export function summaryJsonReporter(file = 'test-results/wtr-summary.json') {
  /** Session id → [started, finished] (ms since the epoch). */
  const times = new Map();
  let runStarted = Date.now();
  return {
    start({ sessions, startTime }) {
      // The runner may start a first file before reporters start: that file counts from the run's start.
      runStarted = startTime ?? runStarted;
      sessions.on('session-status-updated', (s) => {
        const t = times.get(s.id) ?? [undefined, undefined];
        if ((s.status === 'INITIALIZING' || s.status === 'TEST_STARTED') && t[0] === undefined) t[0] = Date.now();
        // (TEST_FINISHED: the runner may report the run finished before this listener hears FINISHED.)
        if (s.status === 'TEST_FINISHED' || s.status === 'FINISHED') t[1] = Date.now();
        times.set(s.id, t);
      });
    },
    onTestRunFinished({ sessions }) {
      const browsers = {};
      const spans = {};
      const files = [];
      for (const s of sessions) {
        const name = s.browser.name;
        const b = (browsers[name] ??= { files: 0, passed: 0, failed: 0, skipped: 0, seconds: 0, failedFiles: [] });
        b.files++;
        const before = b.failed;
        count(s.testResults, b);
        if ((!s.testResults || s.errors.length) && s.passed === false && b.failed === before) b.failed++;
        if (s.passed === false) b.failedFiles.push(s.testFile);
        const [from = runStarted, to = Date.now()] = times.get(s.id) ?? [];
        const span = (spans[name] ??= [from, to]);
        span[0] = Math.min(span[0], from);
        span[1] = Math.max(span[1], to);
        files.push({ browser: name, file: s.testFile.replace(`${process.cwd()}/`, ''), seconds: round(to - from) });
      }
      for (const [name, [from, to]] of Object.entries(spans)) browsers[name].seconds = round(to - from);
      const all = Object.values(browsers);
      const sum = (k) => all.reduce((a, b) => a + b[k], 0);
      const slowest = files.sort((a, b) => b.seconds - a.seconds).slice(0, 10);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(
        file,
        `${JSON.stringify(
          {
            browsers,
            passed: sum('passed'),
            failed: sum('failed'),
            skipped: sum('skipped'),
            seconds: round(Date.now() - runStarted),
            slowest,
          },
          null,
          2,
        )}\n`,
      );
    },
  };
}
