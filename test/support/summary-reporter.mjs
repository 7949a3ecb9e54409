/**
 * A wtr reporter that writes the run's counts as JSON for CI's closing line
 * (`.ci/run` reads it instead of parsing the progress bar):
 * `{ browsers: { Chromium: { files, passed, failed, skipped, failedFiles: [...] } }, passed, failed, skipped }`.
 * A test file that failed to load or run (no results, or errors outside any
 * test) counts as one failed test, so a broken file is never silent.
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

export function summaryJsonReporter(file = 'test-results/wtr-summary.json') {
  return {
    onTestRunFinished({ sessions }) {
      const browsers = {};
      for (const s of sessions) {
        const b = (browsers[s.browser.name] ??= { files: 0, passed: 0, failed: 0, skipped: 0, failedFiles: [] });
        b.files++;
        const before = b.failed;
        count(s.testResults, b);
        if ((!s.testResults || s.errors.length) && s.passed === false && b.failed === before) b.failed++;
        if (s.passed === false) b.failedFiles.push(s.testFile);
      }
      const all = Object.values(browsers);
      const sum = (k) => all.reduce((a, b) => a + b[k], 0);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(
        file,
        `${JSON.stringify({ browsers, passed: sum('passed'), failed: sum('failed'), skipped: sum('skipped') }, null, 2)}\n`,
      );
    },
  };
}
