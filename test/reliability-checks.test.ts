/**
 * RELIABILITY.md checks 2, 4, 5, 6 and 12–18, one `describe` per check, named
 * after it. Checks 1, 3 and 7–11 live in reliability.test.ts and
 * hostile.test.ts. Whole pages (load order, host CSS, no JavaScript) are
 * fixture pages under test/fixtures/checks-*.html that load the built bundle;
 * the rest render the elements from src in this page.
 */
import { expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../src/register.js';
import { createStore, type Store } from '../src/core/storage.js';
import { procedures } from '../src/data/procedures.js';
import { setTimeZone } from './support/env.js';
import { loadFrame, until } from './support/frame.js';

/** The lip flip's preparation items (the checklist's total). */
const FLIP_PREP = procedures['lip-flip'].prep!.length;

type Widget = HTMLElement & {
  updateComplete: Promise<boolean>;
  store: Store;
  requestUpdate(): void;
  today: string | null;
  appointment: string | null;
  config?: unknown;
};
type KitWindow = Window &
  typeof globalThis & {
    __errors: string[];
    __warnings: string[];
    __kit: { storage: Set<unknown>; timers: Map<number, number> };
    __shifts?: number[];
    __painted?: boolean;
  };

const TAGS = ['lip-comparison-table', 'lip-touchup-timeline', 'lip-healing-tracker', 'lip-prep-checklist'] as const;
const DATE_TAGS = 'lip-touchup-timeline, lip-healing-tracker, lip-prep-checklist';

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const root = (el: Element) => el.shadowRoot!;
const text = (el: Element) => clean(root(el).textContent);
const one = <T extends Element = HTMLElement>(el: Element, sel: string) => root(el).querySelector<T & Element>(sel) as T | null;
const all = <T extends Element = HTMLElement>(el: Element, sel: string) => [...root(el).querySelectorAll(sel)] as T[];
/** Text of an element without its source markers or "per studio" note ("Day 9 of 42–56"). */
function bare(node: Element | null | undefined): string {
  const copy = node?.cloneNode(true) as HTMLElement | undefined;
  copy?.querySelectorAll('.refs, .per-studio').forEach((r) => r.remove());
  return clean(copy?.textContent);
}
const dayText = (el: Element) => bare(one(el, '.day'));
const checkboxes = (el: Element) => all<HTMLInputElement>(el, 'input[type="checkbox"]');
const progressText = (el: Element) => clean(one(el, '[part="progress"][role="status"]')?.textContent);
const buttonNamed = (el: Element, name: RegExp) => all<HTMLButtonElement>(el, 'button').find((b) => name.test(clean(b.textContent)))!;
/** A short, printable name for an element (chai hangs printing a live element in a failed assertion). */
const named = (n: Element | null | undefined) =>
  n
    ? `${n.localName}${n.id ? `#${n.id}` : ''}${n.classList.length ? `.${[...n.classList].join('.')}` : ''} "${clean(n.textContent).slice(0, 24)}"`
    : String(n);

function clearKit(): void {
  for (const k of Object.keys(localStorage)) if (k.startsWith('lip-widgets:')) localStorage.removeItem(k);
}

/** Console output of one level, kept out of the log; `restore()` puts the console back. */
function capture(level: 'error' | 'warn') {
  const seen: string[] = [];
  const original = console[level];
  console[level] = (...args: unknown[]) => void seen.push(args.map(String).join(' '));
  return { seen, restore: () => (console[level] = original) };
}

/** A widget in the page, its store set before the first render (no frame wait: works in a background tab). */
async function widget(tag: string, attrs: Record<string, string>, store?: Store): Promise<Widget> {
  const wrap = fixtureSync<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement(tag) as Widget;
  if (store) el.store = store;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  wrap.append(el);
  await el.updateComplete;
  return el;
}

async function click(el: Widget, target: HTMLElement): Promise<void> {
  target.click();
  await el.updateComplete;
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeEach(clearKit);
afterEach(clearKit);

// ---------------------------------------------------------------- 2

/** Waits until every widget in a frame has rendered and settled. */
async function settled(win: Window): Promise<void> {
  await until(() => win.customElements.get('lip-prep-checklist'), 5000);
  for (const el of win.document.querySelectorAll<Widget>(TAGS.join(','))) {
    await until(() => clean(el.shadowRoot?.textContent).length > 0, 5000);
    await el.updateComplete;
  }
}

const ORDERS: [string, string][] = [
  ['head', 'sync <script> in <head>, elements after it'],
  ['body', 'sync <script> after some elements and before another'],
  ['defer', '<script defer> in <head>'],
  ['async', '<script async> in <head>'],
  ['module', '<script type="module"> in <head>'],
  ['injected', 'script injected by code after the page loaded'],
];

describe('RELIABILITY 2: any load order', () => {
  for (const [name, label] of ORDERS) {
    describe(label, () => {
      let frame: HTMLIFrameElement;
      let win: KitWindow;
      let doc: Document;
      const $ = (id: string) => doc.getElementById(id) as Widget;

      before(async function () {
        this.timeout(15000);
        frame = await loadFrame(`/test/fixtures/checks-order-${name}.html`);
        win = frame.contentWindow as KitWindow;
        doc = win.document;
        if (name === 'injected') {
          expect(win.customElements.get('lip-touchup-timeline'), 'not defined before the injection').to.equal(undefined);
          // a property set by code on the un-upgraded element
          ($('timeline') as unknown as { noSources: boolean }).noSources = true;
          const script = doc.createElement('script');
          script.src = '/dist/lip-widgets.js';
          doc.head.append(script);
        }
        await settled(win);
      });
      after(() => frame?.remove());

      it('2: attributes and properties set before definition render the configured state, with no error or warning', () => {
        const thead = clean(one($('table'), 'thead')?.textContent);
        expect(thead, 'procedures property').to.contain('Lip blush').and.contain('Lip filler').and.not.contain('Lip flip');
        expect(dayText($('tracker')), 'appointment property').to.equal('Day 2 of at least 7');
        expect(one($('tracker'), '[part="warning"] a[href="tel:+39025550101"]'), "the studio's phone").to.not.equal(null);
        expect(dayText($('own')), "the studio's config property").to.equal('Day 1 of 1–2');
        expect(clean(one($('checklist'), 'h2')?.textContent)).to.equal('Lip flip: getting ready');
        expect(checkboxes($('checklist')).length).to.equal(procedures['lip-flip'].prep!.length);
        expect(clean(one($('timeline'), '.title')?.textContent)).to.contain('Lip filler');
        expect(one($('timeline'), 'li[data-id="upkeep-touch-up"] .win')?.getAttribute('data-start')).to.equal('2026-06-02');
        expect(dayText($('after')), 'the element after the script').to.equal('Day 2 of about 10–14');
        if (name === 'injected') {
          expect(all($('timeline'), '.refs, .sources'), 'noSources set before the upgrade').to.have.length(0);
        }
        expect(win.__errors).to.deep.equal([]);
        expect(win.__warnings).to.deep.equal([]);
      });

      it('2: removed and re-inserted three times: one storage listener, one midnight timer per widget, still working', async () => {
        const midnightTimers = () => [...win.__kit.timers.values()].filter((ms) => ms >= 1000).length;
        const dateWidgets = doc.querySelectorAll(DATE_TAGS).length;
        expect(dateWidgets).to.equal(5);
        expect(win.__kit.storage.size, 'storage listeners before').to.equal(1);
        expect(midnightTimers(), 'midnight timers before').to.equal(dateWidgets);
        const moved = [...doc.querySelectorAll<HTMLElement>('main > *, body > lip-healing-tracker')];
        for (let i = 0; i < 3; i++) {
          for (const el of moved) {
            const parent = el.parentNode!;
            const next = el.nextSibling;
            el.remove();
            parent.insertBefore(el, next);
          }
          for (const el of doc.querySelectorAll<Widget>(TAGS.join(','))) await el.updateComplete;
        }
        expect(win.__kit.storage.size, 'storage listeners after').to.equal(1);
        expect(midnightTimers(), 'midnight timers after').to.equal(dateWidgets);
        // the one listener still hears another tab, and the studio still reaches its widgets
        const key = 'lip-widgets:prep:lip-flip:2026-03-20';
        const newValue = JSON.stringify({ v: 2, data: [procedures['lip-flip'].prep![0].id] });
        localStorage.setItem(key, newValue);
        win.dispatchEvent(new win.StorageEvent('storage', { key, newValue, storageArea: win.localStorage }));
        await $('checklist').updateComplete;
        expect(progressText($('checklist'))).to.equal(`1 of ${FLIP_PREP} done`);
        expect(one($('tracker'), 'a[href="tel:+39025550101"]')).to.not.equal(null);
        expect(win.__errors).to.deep.equal([]);
      });
    });
  }
});

// ---------------------------------------------------------------- 4

/** Makes every localStorage write throw QuotaExceededError; counts the attempts. */
function quotaFull() {
  const original = Storage.prototype.setItem;
  const counter = { calls: 0 };
  Storage.prototype.setItem = function () {
    counter.calls++;
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  return { counter, restore: () => void (Storage.prototype.setItem = original) };
}

/** Kit warnings only: Lit's dev-mode build warns about itself (lit.dev/msg links). */
const kitWarnings = (seen: string[]) => seen.filter((w) => !/lit\.dev\/msg|Lit is in dev mode/.test(w));

describe('RELIABILITY 4: storage write fails', () => {
  let quota: ReturnType<typeof quotaFull>;
  let warn: ReturnType<typeof capture>;
  beforeEach(() => {
    warn = capture('warn');
    quota = quotaFull();
  });
  afterEach(() => {
    quota.restore();
    warn.restore();
  });

  /** Clicks `count` times through `boxes()` (wrapping), checking after each that the tick shows; returns the clicks made. */
  async function tickAround(el: Widget, boxes: () => HTMLInputElement[], count: number): Promise<number> {
    for (let i = 0; i < count; i++) {
      const list = boxes();
      const b = list[i % list.length];
      const want = !b.checked;
      await click(el, b);
      expect(boxes()[i % list.length].checked, `tick ${i + 1}`).to.equal(want);
    }
    return count;
  }

  async function noRetries(): Promise<void> {
    const calls = quota.counter.calls;
    await pause(300);
    expect(quota.counter.calls, 'no retry while idle').to.equal(calls);
  }

  it('4: tracker: ticks stay in memory, one warning, no retry loop', async () => {
    const el = await widget('lip-healing-tracker', { appointment: '2026-03-02', today: '2026-03-10' }, createStore());
    const boxes = () => all<HTMLInputElement>(el, '.tasks input[type="checkbox"]:not(:disabled)');
    expect(boxes().length).to.be.greaterThan(0);
    const ticks = await tickAround(el, boxes, 5);
    el.requestUpdate();
    await el.updateComplete;
    expect(boxes()[0].checked, 'still ticked after a re-render').to.equal(true);
    expect(localStorage.getItem('lip-widgets:ticks:lip-blush:2026-03-02')).to.equal(null);
    expect(clean(one(el, '[part="storage-notice"]')?.textContent)).to.match(/not saved on this device/i);
    expect(kitWarnings(warn.seen)).to.have.length(1);
    expect(quota.counter.calls).to.be.within(1, ticks);
    await noRetries();
  });

  it('4: checklist: ticks stay in memory, one warning, no retry loop', async () => {
    const el = await widget(
      'lip-prep-checklist',
      { procedure: 'lip-blush', appointment: '2026-03-20', today: '2026-03-10' },
      createStore(),
    );
    const boxes = () => checkboxes(el).slice(0, 5);
    const ticks = await tickAround(el, boxes, 5);
    expect(progressText(el)).to.equal(`5 of ${procedures['lip-blush'].prep!.length} done`);
    el.requestUpdate();
    await el.updateComplete;
    expect(
      boxes().every((b) => b.checked),
      'still ticked after a re-render',
    ).to.equal(true);
    expect(localStorage.getItem('lip-widgets:prep:lip-blush:2026-03-20')).to.equal(null);
    expect(clean(one(el, '[part="storage-notice"]')?.textContent)).to.match(/not saved on this device/i);
    expect(kitWarnings(warn.seen)).to.have.length(1);
    expect(quota.counter.calls).to.be.within(1, ticks);
    await noRetries();
  });

  it('4: tracker and checklist sharing one page store: one warning in all, ticks in both kept', async () => {
    const store = createStore();
    const tracker = await widget('lip-healing-tracker', { appointment: '2026-03-02', today: '2026-03-10' }, store);
    const checklist = await widget('lip-prep-checklist', { procedure: 'lip-flip', appointment: '2026-03-20', today: '2026-03-10' }, store);
    const tBoxes = () => all<HTMLInputElement>(tracker, '.tasks input[type="checkbox"]:not(:disabled)');
    let ticks = 0;
    for (let i = 0; i < 3; i++) {
      ticks += await tickAround(tracker, tBoxes, 1);
      ticks += await tickAround(checklist, () => checkboxes(checklist), 2);
    }
    expect(kitWarnings(warn.seen)).to.have.length(1);
    expect(quota.counter.calls).to.be.within(1, ticks);
    expect(progressText(checklist)).to.equal(`2 of ${FLIP_PREP} done`);
    await noRetries();
  });
});

// ---------------------------------------------------------------- 5

const TRACKER_KEY = 'lip-widgets:ticks:lip-blush:2026-03-02';
const PREP_KEY = 'lip-widgets:prep:lip-flip:2026-03-20';
const APPOINTMENT_KEY = 'lip-widgets:appointment:lip-blush';
type Kind = 'ticks' | 'prep' | 'appointment';
/** What each key would hold if it were a current, valid value (used inside hostile envelopes). */
const VALID: Record<Kind, string> = {
  ticks: '{"9":{"cream":1}}',
  prep: `["${procedures['lip-flip'].prep![0].id}"]`,
  appointment: '"2026-03-02"',
};
const MB = 1024 * 1024;
const CORRUPT: [string, (k: Kind) => string][] = [
  ['{', () => '{'],
  ['null', () => 'null'],
  ['[]', () => '[]'],
  ['a JSON string', () => '"2026-03-02"'],
  ['plain text', () => 'lip-blush was here'],
  ['a future version {v:99}', (k) => `{"v":99,"data":${VALID[k]}}`],
  ['1 MB of text', (k) => `{"v":2,"data":${VALID[k]},"pad":"${'x'.repeat(MB)}"}`],
  ['__proto__ payload', () => '{"v":2,"data":{"__proto__":{"polluted":1}}}'],
  ['constructor.prototype payload', () => '{"v":2,"data":{"constructor":{"prototype":{"polluted":1}}},"__proto__":{"polluted":1}}'],
];

describe('RELIABILITY 5: corrupt or hostile stored data', () => {
  let err: ReturnType<typeof capture>;
  beforeEach(() => (err = capture('error')));
  afterEach(() => {
    err.restore();
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(Object.prototype).to.not.have.property('polluted');
  });

  for (const [name, value] of CORRUPT) {
    it(`5, 25: ${name}: defaults used, Object.prototype unchanged, an unreadable value left alone`, async () => {
      const raw = { ticks: value('ticks'), prep: value('prep'), appointment: value('appointment') };
      localStorage.setItem(TRACKER_KEY, raw.ticks);
      localStorage.setItem(PREP_KEY, raw.prep);
      localStorage.setItem(APPOINTMENT_KEY, raw.appointment);
      const store = createStore();
      const tracker = await widget('lip-healing-tracker', { appointment: '2026-03-02', today: '2026-03-10' }, store);
      const checklist = await widget(
        'lip-prep-checklist',
        { procedure: 'lip-flip', appointment: '2026-03-20', today: '2026-03-10' },
        store,
      );
      const dateless = await widget('lip-healing-tracker', { today: '2026-03-10' }, store);
      const timeline = await widget('lip-touchup-timeline', { today: '2026-03-10' }, store);

      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      // defaults: nothing ticked, no saved date
      expect(dayText(tracker)).to.equal('Day 9 of 42–56');
      expect(all<HTMLInputElement>(tracker, '.tasks input').some((b) => b.checked)).to.equal(false);
      expect(progressText(checklist)).to.equal(`0 of ${FLIP_PREP} done`);
      expect(checkboxes(checklist).some((b) => b.checked)).to.equal(false);
      for (const el of [dateless, timeline]) {
        expect(one<HTMLInputElement>(el, 'input[type="date"]')?.value, el.localName).to.equal('');
        expect(all(el, '.day, [data-start]'), el.localName).to.have.length(0);
      }
      for (const el of [tracker, checklist, dateless, timeline]) expect(text(el)).to.not.match(/NaN|Invalid Date|undefined|Day -/);

      // re-rendered (the clock's day moved on): still not written
      for (const el of [tracker, checklist, dateless, timeline]) {
        el.today = '2026-03-11';
        await el.updateComplete;
      }
      expect(localStorage.getItem(TRACKER_KEY)).to.equal(raw.ticks);
      expect(localStorage.getItem(PREP_KEY)).to.equal(raw.prep);
      expect(localStorage.getItem(APPOINTMENT_KEY)).to.equal(raw.appointment);

      // the client ticks in the tracker: a value the kit can read (the hostile keys dropped) is
      // written; one it cannot read (RELIABILITY 25) is left alone, the tick kept in the page, and
      // the widget says that this device is not saving
      const cream = all<HTMLLIElement>(tracker, '.tasks li').find((li) =>
        li.textContent!.includes(procedures['lip-blush'].aftercare!.find((c) => c.id === 'cream')!.text),
      )!;
      await click(tracker, cream.querySelector('input')!);
      expect(cream.querySelector('input')!.checked).to.equal(true);
      const now = localStorage.getItem(TRACKER_KEY);
      if (name.includes('payload')) expect(JSON.parse(now!)).to.deep.equal({ v: 2, data: { 10: { cream: 1 } } });
      else {
        expect(now).to.equal(raw.ticks);
        expect(clean(one(tracker, '[part="storage-notice"]')?.textContent)).to.match(/not saved on this device/i);
      }
      expect(localStorage.getItem(PREP_KEY)).to.equal(raw.prep);
      expect(localStorage.getItem(APPOINTMENT_KEY)).to.equal(raw.appointment);
    });
  }
});

// ---------------------------------------------------------------- 6

const US = ['2026-03-08', '2026-11-01'];
const EU = ['2026-03-29', '2026-10-25'];
const NZ = ['2026-04-05', '2026-09-27'];
const ZONES: [string, string[]][] = [
  ['America/New_York', US],
  ['America/Los_Angeles', US],
  ['Europe/London', EU],
  ['Europe/Rome', EU],
  ['Pacific/Auckland', NZ],
  ['Asia/Kolkata', US],
  ['Pacific/Kiritimati', US],
  ['Pacific/Pago_Pago', US],
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAY_MS = 86_400_000;

describe('RELIABILITY 6: Day N exact in every time zone', () => {
  let clock: sinon.SinonFakeTimers | undefined;
  afterEach(() => {
    clock?.restore();
    clock = undefined;
  });
  after(() => setTimeZone(undefined));

  for (const [zone, days] of ZONES) {
    for (const iso of days) {
      for (const [h, m, s] of [
        [0, 0, 30],
        [23, 59, 30],
      ]) {
        const time = [h, m, s].map((x) => String(x).padStart(2, '0')).join(':');
        it(`6: ${zone}, ${iso} ${time} local, appointment 20 days before: Day 21 of 42–56`, async function () {
          const [y, mo, d] = iso.split('-').map(Number);
          // counted by hand in UTC, away from any zone: 20 days before is Day 1
          const appointment = new Date(Date.UTC(y, mo - 1, d) - 20 * DAY_MS).toISOString().slice(0, 10);
          await setTimeZone(zone, this);
          clock = sinon.useFakeTimers({ now: new Date(y, mo - 1, d, h, m, s), toFake: ['Date'] });
          const now = new Date();
          expect([now.getDate(), now.getHours(), now.getMinutes()], 'the zone is in force').to.deep.equal([d, h, m]);
          const el = await widget('lip-healing-tracker', { procedure: 'lip-blush', appointment });
          expect(dayText(el)).to.equal('Day 21 of 42–56');
          expect(text(el)).to.contain(`${MONTHS[mo - 1]} ${d}, 2026`);
          expect(text(el)).to.not.match(/NaN|Invalid Date/);
          expect((one(el, 'progress') as HTMLProgressElement).value).to.equal(21);
        });
      }
    }
  }
});

// ---------------------------------------------------------------- 12

const BAD_CONFIG = '{"procedures":{"lip-blush":{"lasts":{"min":"two","max":3,"unit":"year"}}},"unknown":1}';

describe('RELIABILITY 12: axe in every state', () => {
  let err: ReturnType<typeof capture>;
  let warn: ReturnType<typeof capture>;
  beforeEach(() => {
    err = capture('error');
    warn = capture('warn');
  });
  afterEach(() => {
    warn.restore();
    err.restore();
  });

  const STATES: [string, string, Record<string, string>, ((el: Widget) => Promise<void>)?][] = [
    ['lip-comparison-table', 'filled (lip flip vs filler)', {}],
    ['lip-comparison-table', 'empty (one procedure only)', { procedures: 'lip-flip' }],
    ['lip-comparison-table', 'error (an unknown id)', { procedures: 'lip-flip lip-plumper' }],
    ['lip-comparison-table', 'complete (three procedures)', { procedures: 'lip-blush lip-flip lip-filler' }],
    ['lip-touchup-timeline', 'empty (no date)', { procedure: 'lip-blush', today: '2026-03-10' }],
    ['lip-touchup-timeline', 'filled (with a date)', { procedure: 'lip-blush', appointment: '2026-03-02', today: '2026-03-10' }],
    ['lip-touchup-timeline', 'error (a bad date)', { procedure: 'lip-blush', appointment: '2026-02-30', today: '2026-03-10' }],
    ['lip-touchup-timeline', 'error (an unknown procedure)', { procedure: 'lip-plumper', today: '2026-03-10' }],
    ['lip-touchup-timeline', 'complete (every visit past)', { procedure: 'lip-filler', appointment: '2022-03-10', today: '2026-03-01' }],
    ['lip-healing-tracker', 'empty (no date)', { today: '2026-03-10' }],
    ['lip-healing-tracker', 'filled (Day 9)', { appointment: '2026-03-02', today: '2026-03-10' }],
    ['lip-healing-tracker', 'error (a bad date)', { appointment: '10/03/2026', today: '2026-03-10' }],
    ['lip-healing-tracker', 'error (an unknown procedure)', { procedure: 'lip-plumper', appointment: '2026-03-02', today: '2026-03-10' }],
    [
      'lip-healing-tracker',
      'complete (every task of the day ticked)',
      { procedure: 'lip-filler', appointment: '2026-03-02', today: '2026-03-03' },
      async (el) => {
        for (const b of all<HTMLInputElement>(el, '.tasks input')) await click(el, b);
        expect(all<HTMLInputElement>(el, '.tasks input').every((b) => b.checked)).to.equal(true);
      },
    ],
    ['lip-healing-tracker', 'complete (healed)', { appointment: '2026-03-02', today: '2026-05-01' }],
    ['lip-prep-checklist', 'empty (no date)', { procedure: 'lip-blush', today: '2026-03-10' }],
    ['lip-prep-checklist', 'filled', { procedure: 'lip-blush', appointment: '2026-03-20', today: '2026-03-10' }],
    ['lip-prep-checklist', 'error (an unknown procedure)', { procedure: 'lip-plumper', appointment: '2026-03-20', today: '2026-03-10' }],
    ['lip-prep-checklist', 'error (a bad date)', { procedure: 'lip-blush', appointment: '2026-13-01', today: '2026-03-10' }],
    [
      'lip-prep-checklist',
      'complete (all ticked)',
      { procedure: 'lip-blush', appointment: '2026-03-20', today: '2026-03-10' },
      async (el) => {
        for (const b of checkboxes(el)) await click(el, b);
        expect(progressText(el)).to.equal(`${checkboxes(el).length} of ${checkboxes(el).length} done`);
      },
    ],
    [
      'lip-prep-checklist',
      'asking before clearing the ticks',
      { procedure: 'lip-flip', appointment: '2026-03-20', today: '2026-03-10' },
      async (el) => {
        await click(el, checkboxes(el)[0]);
        await click(el, buttonNamed(el, /^Reset$/));
        expect(one(el, '.confirm')).to.not.equal(null);
      },
    ],
  ];

  for (const [tag, state, attrs, act] of STATES) {
    it(`12: <${tag}> ${state}`, async () => {
      const el = await widget(tag, attrs);
      await act?.(el);
      expect(text(el).length).to.be.greaterThan(20);
      await expect(el).to.be.accessible();
    });
  }

  it('12: every widget inside a <lip-studio> with a bad config (notice shown)', async () => {
    const studio = await fixture<Widget>(html`<lip-studio name="Studio Rosa" phone="+39 02 555 0101">
      <lip-comparison-table></lip-comparison-table>
      <lip-touchup-timeline procedure="lip-blush" appointment="2026-03-02" today="2026-03-10"></lip-touchup-timeline>
      <lip-healing-tracker procedure="lip-blush" appointment="2026-03-02" today="2026-03-10"></lip-healing-tracker>
      <lip-prep-checklist procedure="lip-blush" appointment="2026-03-20" today="2026-03-10"></lip-prep-checklist>
    </lip-studio>`);
    studio.config = BAD_CONFIG;
    await studio.updateComplete;
    for (const tag of TAGS) {
      const el = studio.querySelector<Widget>(tag)!;
      await el.updateComplete;
      expect(clean(one(el, '[part="studio-notice"]')?.textContent), tag).to.match(/studio settings? (was|were) ignored/);
      await expect(el).to.be.accessible();
    }
  });
});

// ---------------------------------------------------------------- 13

/** Controls a keyboard user should reach in a widget, in DOM order. */
function controls(el: Element): HTMLElement[] {
  return all<HTMLElement>(el, 'a[href], button, input, select, textarea, summary, [tabindex]').filter(
    (c) => !(c as HTMLButtonElement).disabled && c.tabIndex >= 0 && c.checkVisibility(),
  );
}

/** The widget between two plain buttons, so Tab has somewhere to come from and to go to. */
async function between(
  tag: string,
  attrs: Record<string, string>,
): Promise<{ el: Widget; before: HTMLButtonElement; after: HTMLButtonElement }> {
  const wrap = fixtureSync<HTMLDivElement>(html`<div><button id="before">before</button><button id="after">after</button></div>`);
  const el = document.createElement(tag) as Widget;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  wrap.insertBefore(el, wrap.lastElementChild);
  await el.updateComplete;
  return { el, before: wrap.querySelector('#before')!, after: wrap.querySelector('#after')! };
}

/** Where focus is inside the widget (or the light-DOM element). */
function focused(el: Element): Element | null {
  return document.activeElement === el ? root(el).activeElement : document.activeElement;
}

function focusShows(c: Element): string | undefined {
  if (!c.matches(':focus-visible')) return 'does not match :focus-visible';
  const s = getComputedStyle(c);
  if (s.outlineStyle === 'none' || !(parseFloat(s.outlineWidth) > 0)) return `no outline (${s.outlineStyle} ${s.outlineWidth})`;
  return undefined;
}

/** Tabs from the button before the widget until focus leaves it; each distinct stop in order, and focus problems. */
async function tabThrough(el: Widget, before: HTMLElement, after: HTMLElement) {
  before.focus();
  const stops: Element[] = [];
  const problems: string[] = [];
  for (let i = 0; i < 250; i++) {
    await sendKeys({ press: 'Tab' });
    if (document.activeElement === after) return { stops, problems, left: true };
    const at = focused(el);
    if (document.activeElement !== el || !at) {
      problems.push(`focus went to ${document.activeElement?.localName}`);
      break;
    }
    if (at === stops[stops.length - 1]) continue; // the date input's month, day and year fields
    stops.push(at);
    const p = focusShows(at);
    if (p) problems.push(`${at.localName}.${at.className} "${clean(at.textContent).slice(0, 30)}": ${p}`);
  }
  return { stops, problems, left: false };
}

/** Tabs from the start until `target` has focus. */
async function tabTo(el: Widget, before: HTMLElement, target: Element): Promise<void> {
  before.focus();
  for (let i = 0; i < 250; i++) {
    await sendKeys({ press: 'Tab' });
    if (focused(el) === target) return;
  }
  throw new Error(`Tab never reached ${target.localName} "${clean(target.textContent)}"`);
}

/** Typing a date into the native date input, in the field order of the browser's locale. */
function typedDate(y: string, m: string, d: string): string {
  const parts = new Intl.DateTimeFormat(navigator.language).formatToParts(new Date(2026, 2, 2));
  return parts
    .filter((p) => p.type === 'year' || p.type === 'month' || p.type === 'day')
    .map((p) => (p.type === 'year' ? y : p.type === 'month' ? m : d))
    .join('');
}

describe('RELIABILITY 13: keyboard', () => {
  const WIDGETS: [string, Record<string, string>, string[]][] = [
    ['lip-comparison-table', {}, ['summary']],
    ['lip-touchup-timeline', { procedure: 'lip-blush', today: '2026-03-10' }, ['input', 'button', 'summary']],
    ['lip-touchup-timeline', { procedure: 'lip-blush', appointment: '2026-03-02', today: '2026-03-10' }, ['button', 'summary']],
    ['lip-healing-tracker', { appointment: '2026-03-02', today: '2026-03-10' }, ['button', 'input', 'summary']],
    ['lip-healing-tracker', { today: '2026-03-10' }, ['input', 'button']],
    ['lip-prep-checklist', { procedure: 'lip-blush', appointment: '2026-03-20', today: '2026-03-10' }, ['input', 'button', 'summary']],
  ];
  for (const [tag, attrs, kinds] of WIDGETS) {
    it(`13: <${tag}${attrs.appointment ? ' appointment' : ''}>: Tab reaches every control in DOM order with a visible focus, then leaves`, async function () {
      this.timeout(20000);
      const { el, before, after } = await between(tag, attrs);
      const want = controls(el);
      expect(
        want.every((c) => c.tabIndex <= 0),
        'no positive tabindex',
      ).to.equal(true);
      for (const k of kinds)
        expect(
          want.some((c) => c.localName === k),
          `has a ${k}`,
        ).to.equal(true);
      const { stops, problems, left } = await tabThrough(el, before, after);
      expect(problems).to.deep.equal([]);
      expect(stops.map(named)).to.deep.equal(want.map(named));
      expect(stops.length === want.length && stops.every((s, i) => s === want[i]), 'the very same elements').to.equal(true);
      expect(left, 'Tab leaves the widget').to.equal(true);
    });
  }

  it('13: tracker: Space ticks a task, Enter on "Next day" moves the day', async () => {
    const { el, before } = await between('lip-healing-tracker', { appointment: '2026-03-02', today: '2026-03-10' });
    const box = one<HTMLInputElement>(el, '.tasks input')!;
    await tabTo(el, before, box);
    const changed = oneEvent(el, 'change');
    await sendKeys({ press: ' ' });
    expect(((await changed) as CustomEvent).detail.done).to.equal(1);
    await el.updateComplete;
    expect(one<HTMLInputElement>(el, '.tasks input')!.checked).to.equal(true);
    await tabTo(el, before, buttonNamed(el, /^Next day$/));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(dayText(el)).to.equal('Day 10 of 42–56');
    expect(named(focused(el)), 'focus stays on the button').to.equal(named(buttonNamed(el, /^Next day$/)));
  });

  it('13: checklist: Space ticks, Enter on Reset asks, Enter on "Keep them" keeps the ticks and returns focus', async () => {
    const { el, before } = await between('lip-prep-checklist', { procedure: 'lip-flip', appointment: '2026-03-20', today: '2026-03-10' });
    await tabTo(el, before, checkboxes(el)[0]);
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(checkboxes(el)[0].checked).to.equal(true);
    expect(progressText(el)).to.equal(`1 of ${FLIP_PREP} done`);
    await tabTo(el, before, buttonNamed(el, /^Reset$/));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(clean(one(el, '.confirm')?.textContent)).to.contain('Clear every tick?');
    expect(named(focused(el))).to.equal(named(buttonNamed(el, /Keep them/)));
    expect(focusShows(focused(el)!)).to.equal(undefined);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(all(el, '.confirm')).to.have.length(0);
    expect(progressText(el)).to.equal(`1 of ${FLIP_PREP} done`);
    expect(named(focused(el))).to.equal(named(buttonNamed(el, /^Reset$/)));
  });

  it('13: timeline: a date typed into the date input and saved with Enter shows the dates', async () => {
    const { el, before } = await between('lip-touchup-timeline', { procedure: 'lip-filler', today: '2026-03-10' });
    const input = one<HTMLInputElement>(el, 'input[type="date"]')!;
    await tabTo(el, before, input);
    await sendKeys({ type: typedDate('2026', '03', '02') });
    expect(input.value).to.equal('2026-03-02');
    // Tab walks the input's own fields (month, day, year), then reaches Save
    for (let i = 0; i < 3 && focused(el) === input; i++) await sendKeys({ press: 'Tab' });
    expect(named(focused(el))).to.equal(named(one(el, '.date-form button[type="submit"]')));
    const saved = oneEvent(el, 'lip-appointment-change');
    await sendKeys({ press: 'Enter' });
    expect(((await saved) as CustomEvent).detail).to.deep.equal({ procedure: 'lip-filler', appointment: '2026-03-02' });
    await el.updateComplete;
    expect(one(el, 'li[data-id="upkeep-touch-up"] .win')?.getAttribute('data-start')).to.equal('2026-06-02');
  });

  // Saving the date form, or opening it with "Change date", re-renders without the focused control: focus must move
  // to the control that took its place, not fall to <body>.
  for (const tag of ['lip-touchup-timeline', 'lip-healing-tracker', 'lip-prep-checklist']) {
    it(`13: <${tag}>: focus stays on a visible control after saving the date form and after "Change date"`, async () => {
      const { el, before } = await between(tag, { procedure: 'lip-blush', today: '2026-03-10' });
      const input = one<HTMLInputElement>(el, 'input[type="date"]')!;
      await tabTo(el, before, input);
      await sendKeys({ type: typedDate('2026', '03', '02') });
      for (let i = 0; i < 3 && focused(el) === input; i++) await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const change = one(el, '[part="change-date"]');
      expect(change, 'the saved date shows with a Change date button').to.not.equal(null);
      expect(named(focused(el)), 'after saving').to.equal(named(change));
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(named(focused(el)), 'after Change date').to.equal(named(one(el, 'input[type="date"]')));
    });
  }

  it('13: table: markers are out of the tab order; Enter on "Sources (N)" opens the numbered list', async function () {
    this.timeout(20000);
    const { el, before, after } = await between('lip-comparison-table', {});
    const { stops } = await tabThrough(el, before, after);
    expect(stops.filter((s) => s.matches('.ref, summary'))).to.deep.equal([one(el, '.sources summary')]);
    await tabTo(el, before, one(el, '.sources summary')!);
    const toggled = oneEvent(one(el, 'details')!, 'toggle');
    await sendKeys({ press: 'Enter' });
    await toggled;
    await el.updateComplete;
    for (const li of all(el, '.sources li')) expect(li.querySelectorAll('cite, q').length, clean(li.textContent)).to.be.at.least(2);
    expect(all(el, '.sources li').map((li) => li.getAttribute('value'))).to.deep.equal(
      [...new Set(all(el, '.ref').map((m) => clean(m.textContent)))].sort(),
    );
    expect(getComputedStyle(focused(el)!).outlineStyle).to.not.equal('none');
  });
});

// ---------------------------------------------------------------- 14

describe('RELIABILITY 14: semantics', () => {
  it('14: table: a caption, a column header per procedure, a row header per aspect', async () => {
    const el = await widget('lip-comparison-table', { procedures: 'lip-blush lip-flip lip-filler' });
    const table = one<HTMLTableElement>(el, 'table')!;
    expect(clean(table.caption?.textContent)).to.match(/Lip blush.*Lip flip.*Lip filler/);
    const cols = [...table.querySelectorAll('thead th')];
    expect(cols.map((c) => c.getAttribute('scope'))).to.deep.equal(['col', 'col', 'col', 'col']);
    expect(cols.slice(1).map((c) => clean(c.textContent))).to.deep.equal(['Lip blush', 'Lip flip', 'Lip filler']);
    const rows = [...table.querySelectorAll('tbody tr')];
    expect(rows.length).to.be.at.least(8);
    for (const tr of rows) {
      const th = tr.firstElementChild!;
      expect(th.localName).to.equal('th');
      expect(th.getAttribute('scope')).to.equal('row');
      expect(clean(th.textContent).length).to.be.greaterThan(2);
      expect(tr.querySelectorAll('td').length).to.equal(3);
    }
    // role="table" restores what the narrow (card) layout's display change drops in some browsers; never presentation.
    expect(table.getAttribute('role')).to.equal('table');
  });

  it('14: checklist: each group a fieldset named by its legend, native checkboxes with labels', async () => {
    const el = await widget('lip-prep-checklist', { procedure: 'lip-blush', appointment: '2026-03-20', today: '2026-03-10' });
    const sets = all<HTMLFieldSetElement>(el, 'fieldset');
    expect(sets.length).to.be.at.least(3);
    for (const set of sets) {
      const legend = set.firstElementChild!;
      expect(legend.localName).to.equal('legend');
      expect(clean(legend.textContent).length).to.be.greaterThan(3);
      expect(set.querySelectorAll('input[type="checkbox"]').length).to.be.greaterThan(0);
    }
    const boxes = checkboxes(el);
    expect(boxes.length).to.equal(procedures['lip-blush'].prep!.length);
    for (const b of boxes) {
      expect(b.closest('fieldset'), b.id).to.not.equal(null);
      expect(b.labels?.length, b.id).to.equal(1);
      expect(clean(b.labels![0].textContent).length).to.be.greaterThan(2);
      expect(b.getAttribute('role')).to.equal(null);
    }
    expect(all(el, '[role="checkbox"]')).to.have.length(0);
  });

  it('14: timeline: an ordered list of events named by the title', async () => {
    const el = await widget('lip-touchup-timeline', { procedure: 'lip-blush', appointment: '2026-03-02', today: '2026-03-10' });
    const list = one(el, '[part="list"]')!;
    expect(list.localName).to.equal('ol');
    expect(list.getAttribute('role')).to.equal(null);
    expect(list.querySelectorAll(':scope > li').length).to.be.at.least(3);
    expect(clean(root(el).getElementById(list.getAttribute('aria-labelledby')!)?.textContent)).to.contain('Lip blush');
  });

  it('14: tracker: a named progress element and the text "Day 5 of 42–56"', async () => {
    const el = await widget('lip-healing-tracker', { procedure: 'lip-blush', appointment: '2026-03-02', today: '2026-03-06' });
    const bar = one<HTMLProgressElement>(el, 'progress')!;
    expect(bar.localName).to.equal('progress');
    const name = (bar.getAttribute('aria-labelledby') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => clean(root(el).getElementById(id)?.textContent))
      .join(' ');
    expect(name || bar.getAttribute('aria-label') || '').to.have.length.greaterThan(2);
    expect(bar.value).to.equal(5);
    expect(bar.max).to.equal(56);
    expect(dayText(el)).to.equal('Day 5 of 42–56');
    expect(bar.getAttribute('aria-valuetext')).to.equal('Day 5 of 42–56');
  });
});

// ---------------------------------------------------------------- 15

/** Per widget, the elements whose typography and box are compared between a clean and a hostile host page. */
const PROBES: Record<string, string[]> = {
  'lip-comparison-table': ['.base', 'caption', 'thead th', 'tbody th', 'td', 'td li', '.refs .ref', '.disclaimer', '.sources summary'],
  'lip-touchup-timeline': ['.base', '.title', 'ol', 'ol > li', '.label', 'button', '.disclaimer'],
  'lip-healing-tracker': ['.base', '.stage', '.day', 'progress', '.nav button', '.tasks label', 'h3', 'ul li', '.warn'],
  'lip-prep-checklist': ['.base', 'h2', 'fieldset', 'legend', '.item label', 'input[type="checkbox"]', '.meta', '.bar button'],
};

function typography(win: Window): Record<string, Record<string, string | number>> {
  const out: Record<string, Record<string, string | number>> = {};
  const r = (n: number) => Math.round(n * 2) / 2;
  for (const [tag, sels] of Object.entries(PROBES)) {
    const el = win.document.querySelector(tag)!;
    out[`${tag} host`] = { width: r(el.getBoundingClientRect().width), height: r(el.getBoundingClientRect().height) };
    for (const sel of sels) {
      const n = el.shadowRoot!.querySelector(sel);
      if (!n) {
        out[`${tag} ${sel}`] = { missing: 1 };
        continue;
      }
      const s = win.getComputedStyle(n);
      const size = parseFloat(s.fontSize);
      const box = n.getBoundingClientRect();
      out[`${tag} ${sel}`] = {
        fontSize: s.fontSize,
        lineHeight: s.lineHeight === 'normal' ? 'normal' : Math.round((parseFloat(s.lineHeight) / size) * 100) / 100,
        letterSpacing: s.letterSpacing,
        wordSpacing: s.wordSpacing,
        textTransform: s.textTransform,
        textAlign: s.textAlign,
        boxSizing: s.boxSizing,
        width: r(box.width),
        height: r(box.height),
      };
    }
  }
  return out;
}

describe('RELIABILITY 15: hostile host CSS', () => {
  it('15: typography and layout inside every widget match a clean page', async function () {
    this.timeout(15000);
    const cleanFrame = await loadFrame('/test/fixtures/checks-clean-css.html');
    const hostileFrame = await loadFrame('/test/fixtures/checks-hostile-css.html');
    try {
      const a = cleanFrame.contentWindow!;
      const b = hostileFrame.contentWindow!;
      await settled(a);
      await settled(b);
      // the hostile CSS is in force in its page
      const main = b.document.querySelector('main')!;
      expect(b.getComputedStyle(main).letterSpacing).to.equal('5px');
      expect(b.getComputedStyle(main).textTransform).to.equal('uppercase');
      expect(b.getComputedStyle(b.document.documentElement).fontSize).to.equal('10px');
      const want = typography(a);
      const got = typography(b);
      expect(
        Object.values(want).some((v) => 'missing' in v),
        'every probe exists',
      ).to.equal(false);
      expect(want['lip-comparison-table .base'].letterSpacing).to.equal('normal');
      expect(got).to.deep.equal(want);
    } finally {
      cleanFrame.remove();
      hostileFrame.remove();
    }
  });

  // Inherited text properties beyond the usual ones: `.base` resets them too.
  for (const rule of ['text-indent: 30px', 'white-space: nowrap']) {
    it(`15: a host page with * { ${rule} } leaves the widgets unchanged`, async function () {
      this.timeout(15000);
      const cleanFrame = await loadFrame('/test/fixtures/checks-clean-css.html');
      const hostileFrame = await loadFrame('/test/fixtures/checks-hostile-css.html');
      try {
        const b = hostileFrame.contentWindow!;
        await settled(cleanFrame.contentWindow!);
        await settled(b);
        const style = b.document.createElement('style');
        style.textContent = `* { ${rule} }`;
        b.document.head.append(style);
        expect(typography(b)).to.deep.equal(typography(cleanFrame.contentWindow!));
      } finally {
        cleanFrame.remove();
        hostileFrame.remove();
      }
    });
  }
});

// ---------------------------------------------------------------- 16

describe('RELIABILITY 16: several instances, several tabs', () => {
  async function storageEvent(key: string, newValue: string | null): Promise<void> {
    if (newValue === null) localStorage.removeItem(key);
    else localStorage.setItem(key, newValue);
    window.dispatchEvent(new StorageEvent('storage', { key, newValue, storageArea: localStorage }));
  }
  const creamBox = (el: Widget) =>
    all<HTMLLIElement>(el, '.tasks li')
      .find((li) => li.textContent!.includes(procedures['lip-blush'].aftercare!.find((c) => c.id === 'cream')!.text))!
      .querySelector('input')!;

  it('16: two trackers stay in sync; a storage event from another tab updates both', async () => {
    const attrs = { appointment: '2026-03-02', today: '2026-03-10' };
    const a = await widget('lip-healing-tracker', attrs);
    const b = await widget('lip-healing-tracker', attrs);
    await click(a, creamBox(a));
    await b.updateComplete;
    expect(creamBox(b).checked).to.equal(true);
    await click(b, creamBox(b));
    await a.updateComplete;
    expect(creamBox(a).checked).to.equal(false);
    await storageEvent(TRACKER_KEY, JSON.stringify({ v: 2, data: { 9: { cream: 1 } } }));
    await a.updateComplete;
    await b.updateComplete;
    expect([creamBox(a).checked, creamBox(b).checked]).to.deep.equal([true, true]);
  });

  it('16: two checklists stay in sync; a storage event from another tab updates both, a cleared storage too', async () => {
    const attrs = { procedure: 'lip-flip', appointment: '2026-03-20', today: '2026-03-10' };
    const a = await widget('lip-prep-checklist', attrs);
    const b = await widget('lip-prep-checklist', attrs);
    await click(a, checkboxes(a)[0]);
    await b.updateComplete;
    expect(checkboxes(b)[0].checked).to.equal(true);
    expect(progressText(b)).to.equal(`1 of ${FLIP_PREP} done`);
    const ids = procedures['lip-flip'].prep!.map((p) => p.id);
    await storageEvent(PREP_KEY, JSON.stringify({ v: 2, data: ids }));
    await a.updateComplete;
    await b.updateComplete;
    expect([progressText(a), progressText(b)]).to.deep.equal([`${FLIP_PREP} of ${FLIP_PREP} done`, `${FLIP_PREP} of ${FLIP_PREP} done`]);
    localStorage.removeItem(PREP_KEY);
    window.dispatchEvent(new StorageEvent('storage', { key: null, newValue: null, storageArea: localStorage }));
    await a.updateComplete;
    await b.updateComplete;
    expect([progressText(a), progressText(b)]).to.deep.equal([`0 of ${FLIP_PREP} done`, `0 of ${FLIP_PREP} done`]);
  });

  it('16: a date saved in another tab reaches a tracker waiting for one', async () => {
    const el = await widget('lip-healing-tracker', { today: '2026-03-10' });
    expect(one(el, 'input[type="date"]')).to.not.equal(null);
    await storageEvent(APPOINTMENT_KEY, JSON.stringify({ v: 2, data: '2026-03-02' }));
    await el.updateComplete;
    expect(dayText(el)).to.equal('Day 9 of 42–56');
  });
});

// ---------------------------------------------------------------- 17

describe('RELIABILITY 17: midnight', () => {
  let clock: sinon.SinonFakeTimers | undefined;
  afterEach(() => {
    clock?.restore();
    clock = undefined;
  });
  after(() => setTimeZone(undefined));

  async function visible(fire: () => void): Promise<void> {
    // the test tab may itself be in the background: say it is visible
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
    try {
      fire();
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
  }

  it('17: past local midnight the day moves on without a reload (the timeline too), also over a 23-hour DST day', async function () {
    await setTimeZone('America/New_York', this);
    clock = sinon.useFakeTimers({ now: new Date(2026, 2, 7, 23, 59, 30), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    const el = await widget('lip-healing-tracker', { appointment: '2026-03-01' });
    const tl = await widget('lip-touchup-timeline', { procedure: 'lip-blush', appointment: '2026-03-01' });
    const todayMark = () => clean(one(tl, '.today .when')?.textContent);
    expect(dayText(el)).to.equal('Day 7 of 42–56');
    expect(todayMark()).to.equal('Mar 7, 2026');
    clock.tick(29_000);
    await el.updateComplete;
    expect(dayText(el)).to.equal('Day 7 of 42–56');
    clock.tick(2_000);
    await el.updateComplete;
    await tl.updateComplete;
    expect(dayText(el)).to.equal('Day 8 of 42–56');
    expect(todayMark()).to.equal('Mar 8, 2026');
    // 8 March 2026 has 23 hours in New York: now 00:00:01, so 23:59:59 is 23 h - 2 s away
    clock.tick(23 * 3600_000 - 2000);
    await el.updateComplete;
    expect(dayText(el)).to.equal('Day 8 of 42–56');
    clock.tick(2000);
    await el.updateComplete;
    expect(dayText(el)).to.equal('Day 9 of 42–56');
  });

  it('17: on visibilitychange and pageshow after the clock moved, the day updates', async function () {
    await setTimeZone('Europe/Rome', this);
    clock = sinon.useFakeTimers({ now: new Date(2026, 2, 10, 12, 0, 0), toFake: ['Date'] });
    const el = await widget('lip-healing-tracker', { appointment: '2026-03-02' });
    expect(dayText(el)).to.equal('Day 9 of 42–56');
    clock.setSystemTime(new Date(2026, 2, 12, 8, 0, 0));
    await visible(() => document.dispatchEvent(new Event('visibilitychange')));
    await el.updateComplete;
    expect(dayText(el)).to.equal('Day 11 of 42–56');
    clock.setSystemTime(new Date(2026, 2, 13, 8, 0, 0));
    await visible(() => window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })));
    await el.updateComplete;
    expect(dayText(el)).to.equal('Day 12 of 42–56');
  });

  it('17: after disconnect no timer callback runs and no timer is left', async function () {
    await setTimeZone('Europe/Rome', this);
    clock = sinon.useFakeTimers({ now: new Date(2026, 2, 10, 23, 0, 0), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    const els = [
      await widget('lip-healing-tracker', { appointment: '2026-03-02' }),
      await widget('lip-touchup-timeline', { procedure: 'lip-blush', appointment: '2026-03-02' }),
      await widget('lip-prep-checklist', { procedure: 'lip-blush', appointment: '2026-03-20' }),
    ];
    expect(clock.countTimers()).to.equal(3);
    const spies = els.map((el) => sinon.spy(el, 'requestUpdate'));
    for (const el of els) el.remove();
    expect(clock.countTimers()).to.equal(0);
    clock.tick(3 * DAY_MS);
    await Promise.all(els.map((el) => el.updateComplete));
    expect(spies.map((s) => s.callCount)).to.deep.equal([0, 0, 0]);
    expect(dayText(els[0])).to.equal('Day 9 of 42–56');
  });
});

// ---------------------------------------------------------------- 18

/** Fixture pages in a frame pinned to the top of this page's viewport, so they are painted. */
const PINNED = 'position:fixed;top:0;left:0;border:0;z-index:9999;background:#fff';

describe('RELIABILITY 18: no JavaScript', () => {
  it('18: with scripts blocked, every fallback sentence and its link are visible and hold their place', async () => {
    const frame = await loadFrame('/test/fixtures/checks-nojs.html', { sandbox: 'allow-same-origin', style: PINNED });
    try {
      const win = frame.contentWindow as KitWindow;
      expect(win.customElements.get('lip-healing-tracker'), 'no script ran').to.equal(undefined);
      expect(win.__shifts, 'not even the inline one').to.equal(undefined);
      for (const tag of TAGS) {
        const el = win.document.querySelector(tag)!;
        const p = el.querySelector('p')!;
        const link = p.querySelector('a')!;
        const box = p.getBoundingClientRect();
        expect(box.width * box.height, `${tag} fallback size`).to.be.greaterThan(0);
        expect(clean(p.innerText).length, `${tag} fallback text`).to.be.greaterThan(30);
        expect(link.getBoundingClientRect().width, `${tag} link`).to.be.greaterThan(0);
        expect(link.getAttribute('href')).to.match(/^\//);
        expect(el.getBoundingClientRect().height, `${tag} holds its place`).to.be.at.least(box.height);
      }
    } finally {
      frame.remove();
    }
  });

  /** Loads the page, which injects the kit after its first paint; resolves once every widget rendered and shifts settled. */
  async function withScript(query: string) {
    const frame = await loadFrame(`/test/fixtures/checks-nojs.html?inject${query}`, { style: PINNED });
    const win = frame.contentWindow as KitWindow;
    await settled(win);
    await pause(500); // layout-shift entries arrive a few frames after the render
    const heights = Object.fromEntries(TAGS.map((t) => [t, Math.ceil(win.document.querySelector(t)!.getBoundingClientRect().height)]));
    const cls = win.__shifts!.reduce((s, v) => s + v, 0);
    return { frame, win, heights, cls };
  }

  it('18: with the script injected after the first paint, each widget replaces its fallback', async function () {
    this.timeout(15000);
    const { frame, win } = await withScript('');
    try {
      expect(win.__painted, 'the script came after the first paint').to.equal(true);
      for (const tag of TAGS) {
        const el = win.document.querySelector(tag)!;
        const box = el.querySelector('p')!.getBoundingClientRect();
        expect([box.width, box.height], `${tag} fallback no longer rendered`).to.deep.equal([0, 0]);
        expect(clean(el.shadowRoot?.textContent).length, `${tag} rendered`).to.be.greaterThan(40);
      }
      expect(win.__errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('18: with the space reserved, the layout-shift score stays 0 (and is above 0 without it)', async function () {
    if (!PerformanceObserver.supportedEntryTypes.includes('layout-shift')) this.skip(); // Chromium only
    this.timeout(20000);
    // without reserved space the same page shifts: the measurement works
    const control = await withScript('');
    control.frame.remove();
    expect(control.win.__painted, 'the script came after the first paint').to.equal(true);
    expect(control.cls, 'control: nothing reserved').to.be.greaterThan(0);
    // the page reserves each widget's height, as measured in the control
    const h = TAGS.map((t) => `${t}:${control.heights[t]}`).join(',');
    const { frame, win, cls } = await withScript(`&h=${encodeURIComponent(h)}`);
    try {
      expect(win.__painted).to.equal(true);
      for (const tag of TAGS)
        expect(clean(win.document.querySelector(tag)!.shadowRoot?.textContent).length, `${tag} rendered`).to.be.greaterThan(40);
      expect(cls).to.equal(0);
    } finally {
      frame.remove();
    }
  });
});
