// `npm run reserve`: how much space each widget takes once rendered, for the
// page's CSS to reserve (min-height) so nothing moves when the script
// arrives late (CLS 0). Prints each widget's rendered height, at each width
// tier's narrowest viewport (heights only shrink as the page widens), on:
//   - the demo as shipped (demo/index.html: its fonts and layout);
//   - a plain page (system-ui, a 980 px column): the figures the README's
//     paste snippets carry;
// both with no appointment yet (what a first visitor sees) and with one in the
// middle of healing (a page that always passes appointment="…").
// The reservation is the tallest height of the tier, +4 %, rounded up to 10 px.
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, chromePath } from './chromium.mjs';
import { startStaticServer } from './static-server.mjs';

export const TIERS = [320, 360, 768, 1020];
export const TAGS = ['lip-comparison-table', 'lip-prep-checklist', 'lip-healing-tracker', 'lip-touchup-timeline'];
const TODAY = '2026-03-10';
const WIDGETS = (dated) =>
  [
    '<lip-comparison-table procedures="lip-flip lip-filler"></lip-comparison-table>',
    `<lip-prep-checklist procedure="lip-blush"${dated ? ` appointment="2026-03-20" today="${TODAY}"` : ''}></lip-prep-checklist>`,
    `<lip-healing-tracker procedure="lip-blush"${dated ? ` appointment="2026-03-02" today="${TODAY}"` : ''}></lip-healing-tracker>`,
    `<lip-touchup-timeline procedure="lip-blush"${dated ? ` appointment="2026-03-02" today="${TODAY}"` : ''}></lip-touchup-timeline>`,
  ].join('\n');
const plain = (
  dated,
) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<script src="/dist/lip-widgets.js" defer></script>
<style>body{margin:0;font-family:system-ui,sans-serif;line-height:1.5}main{max-width:980px;margin:0 auto;padding:16px}${TAGS.join(',')}{display:block}</style>
</head><body><main>${WIDGETS(dated)}</main></body></html>`;

export const reserve = (h) => Math.ceil((h * 1.04) / 10) * 10;

/** Rendered heights: { [page]: { [tier]: { [tag]: px } } }. */
export async function measureHeights(browser, origin, pages) {
  const out = {};
  for (const [name, url] of Object.entries(pages)) {
    out[name] = {};
    for (const width of TIERS) {
      const p = await browser.newPage();
      try {
        await p.setViewport({ width, height: 800 });
        await p.goto(origin + url, { waitUntil: 'load' });
        out[name][width] = await p.evaluate(async (tags) => {
          await Promise.all(tags.map((t) => customElements.whenDefined(t)));
          for (const e of document.querySelectorAll(tags.join(','))) await e.updateComplete;
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          return Object.fromEntries(tags.map((t) => [t, document.querySelector(t)?.getBoundingClientRect().height ?? 0]));
        }, TAGS);
      } finally {
        await p.close();
      }
    }
  }
  return out;
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const pages = new Map([
    ['/reserve/plain.html', plain(false)],
    ['/reserve/plain-dated.html', plain(true)],
  ]);
  const { origin, stop } = await startStaticServer({ pages });
  const browser = await puppeteer.launch({ executablePath: chromePath(), headless: true, args: ['--headless=new', ...CHROMIUM_ARGS] });
  try {
    const h = await measureHeights(browser, origin, {
      'demo, no date': '/demo/',
      'plain page, no date': '/reserve/plain.html',
      'plain page, mid-healing': '/reserve/plain-dated.html',
    });
    console.log(`Rendered height, px (reservation = +4 %, up to 10 px), at each tier's narrowest viewport:`);
    console.log(`${''.padEnd(26)}${TIERS.map((w) => `${w}px`.padStart(16)).join('')}`);
    for (const [name, byTier] of Object.entries(h)) {
      console.log(name);
      for (const tag of TAGS) {
        console.log(
          `  ${tag.padEnd(24)}${TIERS.map((w) => `${Math.ceil(byTier[w][tag])} → ${reserve(byTier[w][tag])}`.padStart(16)).join('')}`,
        );
      }
    }
  } finally {
    await browser.close();
    await stop();
  }
}
