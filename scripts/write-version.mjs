// Writes package.json's version into src/version.ts (run by `npm run build`).
import { readFileSync, writeFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const file = new URL('../src/version.ts', import.meta.url);
const text = `/** The kit's version, written from package.json by scripts/write-version.mjs. */\nexport const version = '${version}';\n`;
if (readFileSync(file, 'utf8') !== text) writeFileSync(file, text);
