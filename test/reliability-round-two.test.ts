/**
 * RELIABILITY.md checks 24–30 (the second round of hostile hosts), one
 * `describe` per check, plus the fuzz test of "nothing a client ticks is
 * lost". Whole hostile pages are test/fixtures/hostile-host.html, which runs
 * test/fixtures/host-patch.js (?host=…) before the built bundle; the rest
 * render the elements from src in this page.
 */
import { expect, fixtureSync, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/register.js';
// Italian, registered as the script lip-widgets.it.js registers it.
import '../src/lang/it.js';
import { CLOCK_CHECK_MS } from '../src/components/shared/controllers/clock.js';
import { createStore, type Store } from '../src/core/storage.js';
import { procedures } from '../src/data/procedures.js';
import { setTimeZone } from './support/env.js';
import { loadFrame, until } from './support/frame.js';

type Widget = HTMLElement & {
  updateComplete: Promise<boolean>;
  store: Store;
  today: string | null;
  appointment: string | null;
  requestUpdate(): void;
};
type HostWindow = Window & typeof globalThis & { __errors: string[]; __consoleErrors: string[]; __violations: string[] };

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const root = (el: Element) => el.shadowRoot!;
const all = <T extends Element = HTMLElement>(el: Element, sel: string) => [...root(el).querySelectorAll(sel)] as T[];
const one = <T extends Element = HTMLElement>(el: Element, sel: string) => root(el).querySelector(sel) as T | null;
const dayText = (el: Element) => {
  const copy = one(el, '.day')?.cloneNode(true) as HTMLElement | undefined;
  copy?.querySelectorAll('.refs, .per-studio').forEach((r) => r.remove());
  return clean(copy?.textContent);
};
const notice = (el: Element) => clean(one(el, '[part="storage-notice"]')?.textContent);
const CREAM = procedures['lip-blush'].aftercare!.find((c) => c.id === 'cream')!.text;
const cream = (el: Element) =>
  all<HTMLLIElement>(el, '.tasks li')
    .find((li) => li.textContent!.includes(CREAM))!
    .querySelector('input')!;
const FLIP = procedures['lip-flip'].prep!.map((p) => p.id);
/** The checklist's box of a lip-flip prep item, found by its text. */
const boxOf = (el: Element, id: string) => {
  const text = procedures['lip-flip'].prep!.find((p) => p.id === id)!.text;
  return all<HTMLElement>(el, '.item')
    .find((i) => i.textContent!.includes(text))!
    .querySelector<HTMLInputElement>('input')!;
};
const ticked = (el: Element) => FLIP.map((id) => boxOf(el, id).checked);
/** The expected tick states with only these lip-flip items (by position in the data) ticked. */
const only = (...at: number[]) => FLIP.map((_, i) => at.includes(i));

function clearKit(): void {
  for (const k of Object.keys(localStorage)) if (k.startsWith('lip-widgets:')) localStorage.removeItem(k);
}
beforeEach(clearKit);
afterEach(clearKit);

/** Silences one console level; returns what was said. */
function capture(level: 'error' | 'warn') {
  const seen: string[] = [];
  const original = console[level];
  console[level] = (...args: unknown[]) => void seen.push(args.map(String).join(' '));
  return { seen, restore: () => (console[level] = original) };
}

async function widget(tag: string, attrs: Record<string, string>, store?: Store, parent?: Element): Promise<Widget> {
  const el = document.createElement(tag) as Widget;
  if (store) el.store = store;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  (parent ?? fixtureSync<HTMLDivElement>(html`<div></div>`)).append(el);
  await el.updateComplete;
  return el;
}

async function click(el: Widget, target: HTMLElement): Promise<void> {
  target.click();
  await el.updateComplete;
}

/** Types a date into a widget's date form and saves it. */
async function enterDate(el: Widget, iso: string): Promise<void> {
  const input = one<HTMLInputElement>(el, 'input[type="date"]')!;
  input.value = iso;
  input.form!.requestSubmit();
  await el.updateComplete;
}

// ---------------------------------------------------------------- 24

/** The hostile page in a frame, the kit rendered (or not), its console and errors. */
async function hostPage(host: string, csp = ''): Promise<{ frame: HTMLIFrameElement; win: HostWindow; doc: Document }> {
  const frame = await loadFrame(`/test/fixtures/hostile-host.html?host=${host}${csp ? `&csp=${csp}` : ''}`);
  const win = frame.contentWindow as HostWindow;
  return { frame, win, doc: frame.contentDocument! };
}

async function renderedIn(doc: Document): Promise<Widget[]> {
  const els = [...doc.querySelectorAll<Widget>('lip-healing-tracker, lip-prep-checklist')];
  for (const el of els) {
    await until(() => clean(el.shadowRoot?.textContent).length > 0, 5000);
    await el.updateComplete;
  }
  return els;
}

/** Removes the frame's widgets and makes new ones: what a reload reads back. */
async function recreate(doc: Document): Promise<Widget[]> {
  const studio = doc.querySelector('lip-studio')!;
  for (const el of [...studio.children]) {
    const copy = doc.createElement(el.localName);
    for (const a of el.getAttributeNames()) copy.setAttribute(a, el.getAttribute(a)!);
    el.replaceWith(copy);
  }
  return renderedIn(doc);
}

describe('RELIABILITY 24: built-ins patched or frozen by the host', () => {
  for (const [host, label] of [
    ['prototype', 'toJSON on built-in prototypes (Prototype.js)'],
    ['json', 'JSON.parse with a reviver and JSON.stringify wrapped before the kit loads'],
    ['json-later', 'JSON.parse and JSON.stringify wrapped after the kit loaded'],
    ['frozen', 'every intrinsic frozen (SES-style lockdown)'],
    ['prototype,json,frozen', 'all of them'],
  ]) {
    it(`24: ${label}: the kit loads; dates and ticks are saved and read back unchanged`, async function () {
      this.timeout(20000);
      const { frame, win, doc } = await hostPage(host);
      try {
        const [tracker, checklist] = await renderedIn(doc);
        await enterDate(tracker, '2026-03-02');
        expect(dayText(tracker)).to.equal('Day 9 of 42–56');
        await click(tracker, cream(tracker));
        await click(checklist, boxOf(checklist, FLIP[1]));
        await enterDate(checklist, '2026-03-20');
        const [t2, c2] = await recreate(doc);
        expect(dayText(t2), 'the saved date read back').to.equal('Day 9 of 42–56');
        expect(cream(t2).checked, 'the tick read back').to.equal(true);
        expect(ticked(c2), 'the checklist tick carried to its date').to.deep.equal(only(1));
        expect(notice(t2)).to.equal('');
        // standard JSON in storage, readable by any version
        expect(JSON.parse(localStorage.getItem('lip-widgets:appointment:lip-blush')!)).to.deep.equal({ v: 2, data: '2026-03-02' });
        expect(JSON.parse(localStorage.getItem('lip-widgets:ticks:lip-blush:2026-03-02')!)).to.deep.equal({
          v: 2,
          data: { 9: { cream: 1 } },
        });
        expect(JSON.parse(localStorage.getItem('lip-widgets:prep:lip-flip:2026-03-20')!)).to.deep.equal({ v: 2, data: [FLIP[1]] });
        expect(win.__errors).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  }
});

// ---------------------------------------------------------------- 25

describe('RELIABILITY 25: stored values the kit cannot read', () => {
  const FOREIGN: [string, string][] = [
    ['a newer version', `{"v":3,"data":{"9":{"cream":1}},"sync":"x"}`],
    ['a foreign shape', '{"ticks":[["cream",9]]}'],
    ['data of another shape', '{"v":2,"data":[["cream",9]]}'],
  ];
  for (const [name, raw] of FOREIGN) {
    it(`25: ${name}: left alone; the widget keeps working and says this device is not saving`, async () => {
      const warn = capture('warn');
      try {
        localStorage.setItem('lip-widgets:ticks:lip-blush:2026-03-02', raw);
        localStorage.setItem('lip-widgets:appointment:lip-flip', raw);
        const store = createStore();
        const tracker = await widget('lip-healing-tracker', { appointment: '2026-03-02', today: '2026-03-10' }, store);
        expect(notice(tracker)).to.match(/not saved on this device/i);
        await click(tracker, cream(tracker));
        expect(cream(tracker).checked).to.equal(true);
        const checklist = await widget('lip-prep-checklist', { procedure: 'lip-flip', today: '2026-03-10' }, store);
        await enterDate(checklist, '2026-03-20');
        expect(clean(root(checklist).textContent)).to.contain('March 20, 2026');
        expect(notice(checklist)).to.match(/not saved on this device/i);
        expect(localStorage.getItem('lip-widgets:ticks:lip-blush:2026-03-02')).to.equal(raw);
        expect(localStorage.getItem('lip-widgets:appointment:lip-flip')).to.equal(raw);
        expect(warn.seen.filter((w) => w.includes('lip-widgets'))).to.have.length(1);
      } finally {
        warn.restore();
      }
    });
  }
});

// ---------------------------------------------------------------- 26

function quotaFull() {
  const original = Storage.prototype.setItem;
  Storage.prototype.setItem = function () {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  return () => void (Storage.prototype.setItem = original);
}

describe('RELIABILITY 26: tick durability', () => {
  it('26: checklist ticks made before a date is entered carry over to the date', async () => {
    const el = await widget('lip-prep-checklist', { procedure: 'lip-flip', today: '2026-03-10' });
    await click(el, boxOf(el, FLIP[0]));
    await enterDate(el, '2026-03-20');
    expect(ticked(el)).to.deep.equal(only(0));
    const again = await widget('lip-prep-checklist', { procedure: 'lip-flip', today: '2026-03-10' });
    expect(ticked(again)).to.deep.equal(only(0));
    expect(localStorage.getItem('lip-widgets:prep:lip-flip:-')).to.equal(null);
  });

  const EVENTS: [string, () => Event][] = [
    ['new Event("storage")', () => new Event('storage')],
    ['new StorageEvent("storage")', () => new StorageEvent('storage')],
    ['a StorageEvent with no key and a payload', () => new StorageEvent('storage', { newValue: '{"sync":1}' })],
    ['a StorageEvent naming a kit key, no value', () => new StorageEvent('storage', { key: 'lip-widgets:ticks:lip-blush:2026-03-02' })],
    ['a clear() of this storage area', () => new StorageEvent('storage', { key: null, storageArea: localStorage })],
    ['a CustomEvent with a detail', () => new CustomEvent('storage', { detail: { key: 'x' } })],
  ];
  for (const storage of ['working', 'full', 'blocked'] as const) {
    for (const [name, make] of EVENTS) {
      it(`26: storage ${storage}: the page dispatches ${name}: nothing thrown, nothing wiped`, async () => {
        const warn = capture('warn');
        const errors: string[] = [];
        const onError = (e: ErrorEvent) => errors.push(e.message);
        window.addEventListener('error', onError);
        const restore = storage === 'full' ? quotaFull() : () => {};
        try {
          const store = storage === 'blocked' ? createStore({ storage: () => null }) : createStore();
          const tracker = await widget('lip-healing-tracker', { appointment: '2026-03-02', today: '2026-03-10' }, store);
          const checklist = await widget(
            'lip-prep-checklist',
            { procedure: 'lip-flip', appointment: '2026-03-20', today: '2026-03-10' },
            store,
          );
          await click(tracker, cream(tracker));
          await click(checklist, boxOf(checklist, FLIP[1]));
          expect(() => window.dispatchEvent(make())).to.not.throw();
          await tracker.updateComplete;
          await checklist.updateComplete;
          expect(cream(tracker).checked).to.equal(true);
          expect(ticked(checklist)).to.deep.equal(only(1));
          expect(errors).to.deep.equal([]);
        } finally {
          restore();
          warn.restore();
          window.removeEventListener('error', onError);
        }
      });
    }
  }

  it('26: two tabs tick different items milliseconds apart: both ticks kept (checklist and tracker)', async () => {
    const checklist = await widget('lip-prep-checklist', { procedure: 'lip-flip', appointment: '2026-03-20', today: '2026-03-10' });
    const tracker = await widget('lip-healing-tracker', { appointment: '2026-03-02', today: '2026-03-10' });
    // the other tab's writes land in storage; its storage events have not arrived yet
    localStorage.setItem('lip-widgets:prep:lip-flip:2026-03-20', JSON.stringify({ v: 2, data: [FLIP[0]] }));
    // (each lip-blush day has one task: the other tab ticked yesterday's)
    localStorage.setItem('lip-widgets:ticks:lip-blush:2026-03-02', JSON.stringify({ v: 2, data: { 8: { cream: 1 } } }));
    await click(checklist, boxOf(checklist, FLIP[1]));
    await click(tracker, cream(tracker));
    expect(JSON.parse(localStorage.getItem('lip-widgets:prep:lip-flip:2026-03-20')!).data).to.have.members([FLIP[0], FLIP[1]]);
    expect(JSON.parse(localStorage.getItem('lip-widgets:ticks:lip-blush:2026-03-02')!).data).to.deep.equal({
      8: { cream: 1 },
      9: { cream: 1 },
    });
    expect(ticked(checklist)).to.deep.equal(only(0, 1));
  });
});

// ---------------------------------------------------------------- 27

describe('RELIABILITY 27: clock and time zone changes while open', () => {
  let clock: sinon.SinonFakeTimers | undefined;
  afterEach(() => {
    clock?.restore();
    clock = undefined;
  });
  after(() => setTimeZone(undefined));

  it('27: the wall clock jumps forward (sleep and wake) while the page stays visible: the day follows within one check, and a tick lands on it', async function () {
    await setTimeZone('Europe/Rome', this);
    clock = sinon.useFakeTimers({ now: new Date(2026, 2, 10, 21, 0, 0), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    const el = await widget('lip-healing-tracker', { appointment: '2026-03-02' });
    expect(dayText(el)).to.equal('Day 9 of 42–56');
    // asleep for 14 hours: no timer ran, the clock now says the next morning
    clock.setSystemTime(new Date(2026, 2, 11, 11, 0, 0));
    clock.tick(CLOCK_CHECK_MS);
    await el.updateComplete;
    expect(dayText(el)).to.equal('Day 10 of 42–56');
    await click(el, cream(el));
    expect(JSON.parse(localStorage.getItem('lip-widgets:ticks:lip-blush:2026-03-02')!).data).to.deep.equal({ 10: { cream: 1 } });
  });

  it('27: a manual change back, and a window focus: the day follows at once', async function () {
    await setTimeZone('Europe/Rome', this);
    clock = sinon.useFakeTimers({ now: new Date(2026, 2, 10, 12, 0, 0), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    const el = await widget('lip-healing-tracker', { appointment: '2026-03-02' });
    clock.setSystemTime(new Date(2026, 2, 8, 12, 0, 0));
    window.dispatchEvent(new FocusEvent('focus'));
    await el.updateComplete;
    expect(dayText(el)).to.equal('Day 7 of 42–56');
  });

  it('27: the time zone changes while the page is open (a flight): the day shown follows', async function () {
    await setTimeZone('Pacific/Auckland', this);
    // 23:30 on 10 March in Auckland is 10:30 on 10 March UTC and 03:30 in Los Angeles… on 10 March; 00:30 on 11 March in Auckland
    clock = sinon.useFakeTimers({ now: Date.UTC(2026, 2, 10, 11, 30), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    const el = await widget('lip-healing-tracker', { appointment: '2026-03-02' });
    expect(dayText(el)).to.equal('Day 10 of 42–56');
    await setTimeZone('America/Los_Angeles', this);
    clock.tick(CLOCK_CHECK_MS);
    await el.updateComplete;
    expect(dayText(el)).to.equal('Day 9 of 42–56');
  });
});

// ---------------------------------------------------------------- 28

describe('RELIABILITY 28: studio contact', () => {
  it('28: a phone with a trunk prefix and opening hours dials the right number and is shown as written', async () => {
    const studio = fixtureSync<HTMLElement>(html`<lip-studio phone="+44 (0)20 7946 0958 (Mon–Fri 9–5)"></lip-studio>`);
    const el = await widget(
      'lip-healing-tracker',
      { procedure: 'lip-filler', appointment: '2026-03-02', today: '2026-03-03' },
      undefined,
      studio,
    );
    const tel = one<HTMLAnchorElement>(el, '[part="warning"] a[href^="tel:"]')!;
    expect(tel.getAttribute('href')).to.equal('tel:+442079460958');
    expect(clean(tel.textContent)).to.equal('Call +44 (0)20 7946 0958 (Mon–Fri 9–5)');
  });

  it('28: a phone that cannot be dialled reliably is shown as text, and the console says why', async () => {
    const warn = capture('warn');
    try {
      const studio = fixtureSync<HTMLElement>(html`<lip-studio phone="1-800-FLOWERS"></lip-studio>`);
      const el = await widget(
        'lip-healing-tracker',
        { procedure: 'lip-filler', appointment: '2026-03-02', today: '2026-03-03' },
        undefined,
        studio,
      );
      expect(one(el, '[part="warning"] a[href^="tel:"]') === null, 'no tel link').to.equal(true);
      expect(clean(one(el, '[part="warning"]')!.textContent)).to.contain('1-800-FLOWERS');
      expect(warn.seen.join('\n')).to.contain('1-800-FLOWERS').and.contain('cannot be dialled');
    } finally {
      warn.restore();
    }
  });

  it("28: a widget moved out of a <lip-studio> drops that studio's language and phone; moved back, it has them again", async () => {
    const wrap = fixtureSync<HTMLElement>(
      html`<div lang="en"><lip-studio lang="it" phone="+39 02 555 0101"></lip-studio><section></section></div>`,
    );
    const studio = wrap.querySelector('lip-studio')!;
    const el = await widget(
      'lip-healing-tracker',
      { procedure: 'lip-filler', appointment: '2026-03-02', today: '2026-03-03' },
      undefined,
      studio,
    );
    expect(one(el, 'a[href="tel:+39025550101"]')).to.not.equal(null);
    expect(clean(root(el).textContent)).to.contain('Giorno');
    wrap.querySelector('section')!.append(el);
    await el.updateComplete;
    expect(one(el, 'a[href^="tel:"]') === null, 'no tel link').to.equal(true);
    expect(clean(root(el).textContent)).to.not.contain('Giorno');
    expect(clean(root(el).textContent)).to.contain('Day 2');
    studio.append(el);
    await el.updateComplete;
    expect(one(el, 'a[href="tel:+39025550101"]')).to.not.equal(null);
  });
});

// ---------------------------------------------------------------- 29, 30

async function fallbackShown(doc: Document): Promise<void> {
  for (const el of doc.querySelectorAll<HTMLElement>('lip-healing-tracker, lip-prep-checklist')) {
    expect(el.shadowRoot === null, `${el.localName}: no shadow root hides the fallback`).to.equal(true);
    const p = el.querySelector<HTMLElement>('.fallback')!;
    expect(p.getBoundingClientRect().height, `${el.localName}: fallback visible`).to.be.greaterThan(0);
  }
}

describe('RELIABILITY 29: Trusted Types next to another Lit', () => {
  for (const [host, csp, label] of [
    ['lit-policy', 'lit', "the host's own Lit created its lit-html policy first; the CSP has the README's line"],
    ['', 'strict', "the README's line only"],
    ['', 'old', 'an older site allowing only lit-html'],
  ]) {
    it(`29: ${label}: the kit loads and renders`, async function () {
      this.timeout(15000);
      const { frame, win, doc } = await hostPage(host, csp);
      try {
        const [tracker] = await renderedIn(doc);
        expect(one(tracker, 'input[type="date"]')).to.not.equal(null);
        expect(win.__errors).to.deep.equal([]);
        expect(win.__consoleErrors.filter((e) => e.includes('lip-widgets'))).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  }

  it('29: a page allowing only its own policy name: the fallback stays visible and the console gives the CSP line', async function () {
    const { frame, win, doc } = await hostPage('host-policy', 'other');
    try {
      // (A browser without Trusted Types, such as Firefox ESR 140, enforces no such policy: there is nothing to check.)
      if (!('trustedTypes' in win)) this.skip();
      await until(() => win.__consoleErrors.length > 0, 5000);
      await fallbackShown(doc);
      expect(win.__consoleErrors.join('\n')).to.contain('trusted-types lip-widgets');
      expect(win.__errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});

describe('RELIABILITY 30: browser support', () => {
  for (const [host, api] of [
    ['no-formatrange', 'Intl.NumberFormat.prototype.formatRange'],
    ['no-hasown', 'Object.hasOwn'],
  ]) {
    it(`30: without ${api}: the fallback stays visible and the console says why`, async () => {
      const { frame, win, doc } = await hostPage(host);
      try {
        await until(() => win.__consoleErrors.length > 0, 5000);
        await fallbackShown(doc);
        expect(win.__consoleErrors.join('\n')).to.contain(api).and.contain('supported: Chrome');
        expect(win.__errors).to.deep.equal([]);
        expect(win.customElements.get('lip-healing-tracker')).to.equal(undefined);
      } finally {
        frame.remove();
      }
    });
  }
});

// ---------------------------------------------------------------- fuzz

/** A small seeded PRNG (mulberry32): the same seed, the same sequence. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('RELIABILITY 24–27 fuzz: nothing a client ticks is lost', () => {
  const SEQUENCES = 200;
  const STEPS = 8;
  const BLUSH = procedures['lip-blush'].prep!;
  const DATES = ['2026-03-20', '2026-03-27'];
  const prepKey = (date: string) => `lip-widgets:prep:lip-blush:${date}`;
  const boxes = (el: Element) => all<HTMLElement>(el, '.item').map((item) => ({ item, box: item.querySelector('input')! }));
  const setItem = Storage.prototype.setItem;
  const idOf = (item: HTMLElement) => BLUSH.find((p) => item.textContent!.includes(p.text))!.id;
  let clock: sinon.SinonFakeTimers | undefined;
  let restoreQuota: (() => void) | undefined;
  afterEach(() => {
    restoreQuota?.();
    restoreQuota = undefined;
    clock?.restore();
    clock = undefined;
  });

  /** One random sequence; throws naming the step when a tick the client made is gone without a notice. */
  async function sequence(seed: number): Promise<void> {
    clearKit();
    const rnd = prng(seed);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
    const wrap = fixtureSync<HTMLDivElement>(html`<div></div>`);
    clock!.setSystemTime(new Date(2026, 2, 10, 12, 0, 0));
    let date = DATES[0];
    localStorage.setItem('lip-widgets:appointment:lip-blush', `{"v":2,"data":"${date}"}`);
    /** What each date's key must hold: item id → ticked; "unsure" when the widget said it was not saved. */
    const want = new Map<string, Map<string, boolean | 'unsure'>>(DATES.map((d) => [d, new Map()]));
    const log: string[] = [];
    let el = await widget('lip-prep-checklist', { procedure: 'lip-blush' }, createStore(), wrap);

    const check = (when: string) => {
      for (const { item, box } of boxes(el)) {
        const w = want.get(date)!.get(idOf(item));
        if (typeof w === 'boolean' && box.checked !== w)
          throw new Error(`${when}: ${idOf(item)} should be ${w ? 'ticked' : 'unticked'} (${log.join(', ')})`);
      }
    };
    const record = (w: Widget, id: string, on: boolean, d = date) => want.get(d)!.set(id, notice(w) ? 'unsure' : on);

    for (let step = 0; step < STEPS; step++) {
      const op = pick(['tick', 'tick', 'tick', 'reload', 'tab', 'date', 'clock', 'fail'] as const);
      log.push(op);
      if (op === 'tick') {
        const { item, box } = pick(boxes(el));
        const on = !box.checked;
        await click(el, box);
        if (box.checked !== on) throw new Error(`tick did not show (${log.join(', ')})`);
        record(el, idOf(item), on);
      } else if (op === 'reload') {
        el.remove();
        el = await widget('lip-prep-checklist', { procedure: 'lip-blush' }, createStore(), wrap);
        check('after a reload');
      } else if (op === 'tab') {
        // a second tab: its own store and element, then its storage event
        const other = await widget('lip-prep-checklist', { procedure: 'lip-blush' }, createStore(), wrap);
        const { item, box } = pick(boxes(other));
        const on = !box.checked;
        await click(other, box);
        record(other, idOf(item), on);
        other.remove();
        const key = prepKey(date);
        window.dispatchEvent(new StorageEvent('storage', { key, newValue: localStorage.getItem(key), storageArea: localStorage }));
        await el.updateComplete;
      } else if (op === 'date') {
        date = DATES[(DATES.indexOf(date) + 1) % DATES.length];
        one<HTMLButtonElement>(el, '[part="change-date"]')?.click();
        await el.updateComplete;
        await enterDate(el, date);
        // a date that could not be saved is this page's only: the next visit is told it again
        if (notice(el)) setItem.call(localStorage, 'lip-widgets:appointment:lip-blush', `{"v":2,"data":"${date}"}`);
      } else if (op === 'clock') {
        clock!.setSystemTime(Date.now() + Math.floor(rnd() * 3 - 1) * 86_400_000 + Math.floor(rnd() * 86_400_000));
        window.dispatchEvent(new FocusEvent('focus'));
        await el.updateComplete;
      } else if (op === 'fail') {
        if (restoreQuota) {
          restoreQuota();
          restoreQuota = undefined;
        } else restoreQuota = quotaFull();
      }
    }
    restoreQuota?.();
    restoreQuota = undefined;
    el.remove();
    // what a new visit finds in storage: every tick the widget did not call unsaved
    for (const [d, items] of want) {
      const raw = localStorage.getItem(prepKey(d));
      const stored: string[] = raw ? JSON.parse(raw).data : [];
      for (const [id, w] of items) {
        if (typeof w === 'boolean' && stored.includes(id) !== w)
          throw new Error(`${d} ${id} should be ${w ? 'ticked' : 'unticked'} after the visit (${log.join(', ')})`);
      }
    }
    wrap.remove();
  }

  it(`fuzz: ${SEQUENCES} random sequences of tick, reload, second-tab tick, date change, clock jump and storage failure`, async function () {
    this.timeout(120_000);
    const warn = capture('warn');
    const base = Math.floor(Math.random() * 1e9);
    clock = sinon.useFakeTimers({ now: new Date(2026, 2, 10, 12, 0, 0), toFake: ['Date'] });
    try {
      for (let i = 0; i < SEQUENCES; i++) {
        const seed = base + i;
        try {
          await sequence(seed);
        } catch (error) {
          throw new Error(`fuzz seed ${seed}: ${(error as Error).message}`);
        }
      }
    } finally {
      warn.restore();
    }
  });
});
