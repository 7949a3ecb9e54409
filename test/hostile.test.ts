/**
 * RELIABILITY 7, 8, 9, 11: every hostile input of test/support/hostile.ts
 * through every attribute of every widget and every field of the studio JSON.
 * Nothing may throw, execute, inject an element, or show "Invalid Date",
 * "NaN" or a negative day; each case leaves a friendly, non-empty widget.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/register.js';
// Italian, registered as the script lip-widgets.it.js registers it.
import '../src/lang/it.js';
import type { LipStudio } from '../src/components/lip-studio/lip-studio.js';
import { allStrings, badDates, badJson, badUrls, xss } from './support/hostile.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };
const WIDGETS: Record<string, string[]> = {
  'lip-comparison-table': ['procedures', 'lang'],
  'lip-touchup-timeline': ['procedure', 'appointment', 'today', 'lang'],
  'lip-healing-tracker': ['procedure', 'appointment', 'today', 'lang'],
  'lip-prep-checklist': ['procedure', 'appointment', 'today', 'lang'],
};
/**
 * The kit's own decorative SVGs are `aria-hidden` and known by class or place
 * (icons, the tracker's bar, the timeline's chart), and its sources disclosure
 * is a details.sources; anything else was injected.
 */
const INJECTED =
  'img, svg:not(.icon[aria-hidden="true"]):not(.bar[aria-hidden="true"]):not(:is(.rail, .lanes, .axis)[aria-hidden="true"] > svg), script, iframe, object, embed, video, math, style:not([data-lit]), link, marquee, details:not(.sources), x';

declare global {
  interface Window {
    __pwned?: number;
  }
}

const uncaught: string[] = [];
const rejections: string[] = [];
const onError = (e: ErrorEvent) => uncaught.push(e.message);
const onRejection = (e: PromiseRejectionEvent) => rejections.push(String(e.reason));

/** For the enclosing describe: page-author messages silenced, uncaught errors and rejections collected. */
function watchPage(): void {
  const saved = { error: console.error, warn: console.warn };
  before(() => {
    console.error = () => {};
    console.warn = () => {};
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    Object.assign(console, saved);
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });
}

function assertSafe(el: Widget, label: string): void {
  const root = el.shadowRoot!;
  // The friendly notices quote the page author's value (“NaN”); everything else must be clean.
  const text = root.textContent!.replace(/\s+/g, ' ').replace(/“[^”]*”|"[^"]*"/g, '“…”');
  expect(window.__pwned, label).to.equal(undefined);
  expect(root.querySelectorAll(INJECTED).length, `${label}: injected element`).to.equal(0);
  expect(text, label).to.not.match(/Invalid Date|\bNaN\b|Day -\d|undefined/);
  expect(text.trim().length, `${label}: empty widget`).to.be.greaterThan(20);
  for (const a of root.querySelectorAll('a[href]')) {
    expect(a.getAttribute('href'), label).to.match(/^(https:|mailto:|tel:|#)/);
  }
}

describe('hostile inputs through every widget attribute (RELIABILITY 7, 8)', () => {
  watchPage();

  for (const [tag, attrs] of Object.entries(WIDGETS)) {
    for (const attr of attrs) {
      const inputs = attr === 'appointment' || attr === 'today' ? [...badDates, ...xss] : allStrings;
      it(`${tag} ${attr}: ${inputs.length} hostile values render safely`, async () => {
        const el = await fixture<Widget>(html`<div></div>`).then((div) => {
          const w = document.createElement(tag) as Widget;
          if (tag !== 'lip-comparison-table') {
            w.setAttribute('procedure', 'lip-blush');
            w.setAttribute('appointment', '2026-03-02');
            w.setAttribute('today', '2026-03-10');
          }
          div.append(w);
          return w;
        });
        for (const value of inputs) {
          el.setAttribute(attr, value);
          await el.updateComplete;
          assertSafe(el, `${tag} ${attr}=${JSON.stringify(value)}`);
        }
        expect(uncaught).to.deep.equal([]);
        expect(rejections).to.deep.equal([]);
      });
    }
  }
});

describe('hostile studio settings (RELIABILITY 8, 9, 11)', function () {
  // each test renders every widget (the timeline with its picture) once per payload: seconds on a busy machine
  this.timeout(30000);
  watchPage();
  after(() => expect(({} as Record<string, unknown>).polluted).to.equal(undefined));

  async function studioWith(config: string, attrs: Record<string, string> = {}) {
    const studio = await fixture<LipStudio>(html`<lip-studio></lip-studio>`);
    for (const [k, v] of Object.entries(attrs)) studio.setAttribute(k, v);
    studio.config = config;
    studio.innerHTML =
      '<lip-comparison-table procedures="lip-blush lip-flip"></lip-comparison-table><lip-touchup-timeline procedure="lip-blush" appointment="2026-03-02" today="2026-03-10"></lip-touchup-timeline><lip-healing-tracker procedure="lip-blush" appointment="2026-03-02" today="2026-03-10"></lip-healing-tracker><lip-prep-checklist procedure="lip-blush" appointment="2026-03-20" today="2026-03-10"></lip-prep-checklist>';
    await studio.updateComplete;
    const widgets = [...studio.children] as Widget[];
    for (const w of widgets) await w.updateComplete;
    return widgets;
  }

  it(`${badJson.length} broken or hostile configurations keep the built-in data and leave Object.prototype alone`, async () => {
    for (const json of badJson) {
      const widgets = await studioWith(json);
      for (const w of widgets) assertSafe(w, `config ${json.slice(0, 60)}`);
      expect(({} as Record<string, unknown>).polluted, json).to.equal(undefined);
    }
    expect(uncaught).to.deep.equal([]);
  });

  it(`${xss.length} markup payloads in every text field of the JSON render as text`, async () => {
    for (const payload of xss) {
      const config = JSON.stringify({
        name: payload,
        phone: payload,
        bookingUrl: payload,
        procedures: {
          'lip-blush': {
            name: payload,
            summary: payload,
            upkeep: { refinement: { text: payload } },
            expect: { add: [{ id: 'x1', text: payload }] },
            aftercare: { add: [{ id: 'x2', kind: 'do', text: payload, task: true }] },
            prep: { add: [{ id: 'x3', kind: 'do', group: 'days-before', text: payload }] },
            warningSigns: { add: [{ id: 'x4', text: payload }] },
          },
        },
      });
      const widgets = await studioWith(config, { name: payload, phone: payload });
      for (const w of widgets) assertSafe(w, `payload ${payload}`);
    }
    expect(uncaught).to.deep.equal([]);
  });

  it(`${badUrls.length} link targets never become an href (RELIABILITY 9)`, async function () {
    this.timeout(30000); // a whole studio per URL, on a busy machine
    for (const url of badUrls) {
      const widgets = await studioWith(JSON.stringify({ bookingUrl: url }), { 'booking-url': url, phone: url });
      for (const w of widgets) {
        for (const a of w.shadowRoot!.querySelectorAll('a[href]')) {
          const href = a.getAttribute('href')!;
          expect(href, url).to.match(/^(https:\/\/[^/]|mailto:|tel:\+?\d|#)/);
        }
      }
    }
  });

  it('new-tab links carry rel="noopener noreferrer" (RELIABILITY 9)', async () => {
    const widgets = await studioWith('{}', { 'booking-url': 'https://example.com/book', phone: '+39 02 555 0101', name: 'Rosa' });
    for (const w of widgets) {
      for (const a of w.shadowRoot!.querySelectorAll('a[target="_blank"]')) {
        expect(a.getAttribute('rel')).to.contain('noopener').and.contain('noreferrer');
      }
    }
  });
});

describe('non-string property values never throw into the page (RELIABILITY 7, 8)', () => {
  const values: unknown[] = [42, ['lip-flip', 'lip-filler'], { toString: () => 'lip-blush' }, {}, null, undefined, true, NaN];
  watchPage();

  for (const [tag, attrs] of Object.entries(WIDGETS)) {
    it(`${tag}: ${values.length} odd values for each property`, async () => {
      const el = document.createElement(tag) as Widget & Record<string, unknown>;
      document.body.append(el);
      try {
        for (const prop of attrs) {
          for (const v of values) {
            el[prop] = v;
            await el.updateComplete.catch((e) => rejections.push(String(e)));
            expect(el.shadowRoot!.textContent!.trim().length, `${tag}.${prop} = ${String(v)}`).to.be.greaterThan(20);
          }
          el[prop] = undefined;
        }
      } finally {
        el.remove();
      }
      expect(uncaught).to.deep.equal([]);
      expect(rejections).to.deep.equal([]);
    });
  }

  it('the studio takes odd phone, booking link, name and config values', async () => {
    const studio = document.createElement('lip-studio') as unknown as Record<string, unknown> &
      HTMLElement & { updateComplete: Promise<boolean> };
    studio.innerHTML = '<lip-healing-tracker procedure="lip-blush" appointment="2026-03-02" today="2026-03-10"></lip-healing-tracker>';
    document.body.append(studio);
    try {
      for (const v of [42, {}, [], true, null]) {
        studio.phone = v;
        studio.bookingUrl = v;
        studio.name = v;
        studio.config = v;
        await studio.updateComplete.catch((e) => rejections.push(String(e)));
        const w = studio.firstElementChild as Widget;
        await w.updateComplete;
        expect(w.shadowRoot!.textContent!.length).to.be.greaterThan(20);
      }
    } finally {
      studio.remove();
    }
    expect(uncaught).to.deep.equal([]);
    expect(rejections).to.deep.equal([]);
  });

  it('lang set as a property re-renders in that language', async () => {
    const el = document.createElement('lip-healing-tracker') as Widget & { lang: string };
    el.setAttribute('procedure', 'lip-blush');
    el.setAttribute('appointment', '2026-03-02');
    el.setAttribute('today', '2026-03-10');
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(el.shadowRoot!.textContent).to.contain('Day 9');
      el.lang = 'it';
      await el.updateComplete;
      expect(el.shadowRoot!.textContent).to.contain('Giorno 9');
    } finally {
      el.remove();
    }
  });
});
