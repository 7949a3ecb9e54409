// Size and content check of the browser bundle (run by `npm test` after the build).
//   node scripts/size.mjs [file] [--max-gzip BYTES]
// Fails when the file passes the gzip cap, or contains Lit's dev-mode
// warnings, eval / new Function, or a URL the kit would fetch.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

export const CAP_GZIP = 20480;
export const TARGET_GZIP = 15360;

/** Problems of a bundle's text; empty when it passes. */
export function checkBundle(code, { maxGzip = CAP_GZIP } = {}) {
  const gzip = gzipSync(code, { level: 9 }).length;
  const brotli = brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const problems = [];
  if (gzip > maxGzip) problems.push(`${gzip} B gzip is over the ${maxGzip} B cap`);
  if (/Lit is in dev mode|lit\.dev\/msg\//.test(code)) problems.push("contains Lit's dev-mode warnings");
  if (/\beval\s*\(|new\s+Function\s*\(/.test(code)) problems.push('contains eval or new Function');
  // Any absolute URL other than XML namespaces (SVG/MathML) could be fetched.
  const urls = (code.match(/(?:https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}[^\s"'`)]*/gi) ?? []).filter(
    (u) => !/^(https?:)?\/\/www\.w3\.org\//.test(u),
  );
  if (urls.length) problems.push(`contains URLs: ${[...new Set(urls)].slice(0, 5).join(', ')}`);
  return { gzip, brotli, bytes: Buffer.byteLength(code), problems };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const capAt = args.indexOf('--max-gzip');
  const maxGzip = capAt >= 0 ? Number(args[capAt + 1]) : CAP_GZIP;
  const file = args.find((a, i) => !a.startsWith('--') && (capAt < 0 || i !== capAt + 1)) ?? 'dist/lip-widgets.js';
  const r = checkBundle(readFileSync(file, 'utf8'), { maxGzip });
  const kb = (n) => (n / 1024).toFixed(2) + ' KB';
  console.log(`${file}: ${r.bytes} B raw, ${r.gzip} B gzip (${kb(r.gzip)}; cap ${kb(maxGzip)}, target ${kb(TARGET_GZIP)}), ${r.brotli} B brotli`);
  if (r.problems.length) {
    for (const p of r.problems) console.error(`size check failed: ${p}`);
    process.exit(1);
  }
}
