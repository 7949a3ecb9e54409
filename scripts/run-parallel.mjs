// Runs npm scripts two at a time (tsc, eslint, prettier and rollup each keep
// one core busy), each output line prefixed with its script's name, and fails
// when any of them fails, after all have finished. The first names start
// first: put the longest one first.
//
//   node scripts/run-parallel.mjs [--jobs=N] <npm script>...
import { spawn } from 'node:child_process';

const args = process.argv.slice(2);
const jobs = Math.max(1, Number(args.find((a) => a.startsWith('--jobs='))?.split('=')[1] ?? 2));
const names = args.filter((a) => !a.startsWith('--'));
if (!names.length) {
  console.error('usage: node scripts/run-parallel.mjs [--jobs=N] <npm script>...');
  process.exit(2);
}
const width = Math.max(...names.map((n) => n.length));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Passes a stream on line by line, each line prefixed (a partial last line waits for its end). */
function prefixed(stream, out, prefix) {
  let rest = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk) => {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop();
    for (const l of lines) out.write(`${prefix}${l}\n`);
  });
  stream.on('end', () => {
    if (rest) out.write(`${prefix}${rest}\n`);
  });
}

function run(name) {
  const prefix = `[${name.padEnd(width)}] `;
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(npm, ['run', '--silent', name], { stdio: ['ignore', 'pipe', 'pipe'], shell: process.platform === 'win32' });
    prefixed(child.stdout, process.stdout, prefix);
    prefixed(child.stderr, process.stderr, prefix);
    child.on('error', (e) => {
      process.stderr.write(`${prefix}could not start: ${e.message}\n`);
      resolve({ name, code: 1, seconds: 0 });
    });
    child.on('close', (code, signal) => {
      const seconds = (performance.now() - started) / 1000;
      resolve({ name, code: code ?? (signal ? 1 : 0), seconds });
    });
  });
}

const queue = [...names];
const results = [];
await Promise.all(
  Array.from({ length: Math.min(jobs, queue.length) }, async () => {
    for (let name = queue.shift(); name; name = queue.shift()) results.push(await run(name));
  }),
);

const failed = results.filter((r) => r.code !== 0);
const order = (r) => names.indexOf(r.name);
console.log(
  results
    .sort((a, b) => order(a) - order(b))
    .map((r) => `${r.code ? '✗' : '✓'} ${r.name} ${r.seconds.toFixed(1)} s`)
    .join(', '),
);
if (failed.length) {
  console.error(`failed: ${failed.map((r) => r.name).join(', ')}`);
  process.exit(1);
}
