import { expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/register.js';
// Italian, registered as the script lip-widgets.it.js registers it.
import '../../src/lang/it.js';
import type { LipHealingTracker } from '../../src/components/lip-healing-tracker/lip-healing-tracker.js';
import { builtInProcedures } from '../../src/core/procedures.js';
import { createStore, type Store } from '../../src/core/storage.js';
import type { Procedure } from '../../src/data/types.js';
import { emulateMedia, setTimeZone } from '../support/env.js';
import { until } from '../support/frame.js';

type Tracker = LipHealingTracker & { store: Store };

const root = (el: Element) => el.shadowRoot!;
const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const text = (el: Element) => clean(root(el).textContent);
const one = (el: Element, sel: string) => root(el).querySelector<HTMLElement>(sel);
const all = (el: Element, sel: string) => [...root(el).querySelectorAll<HTMLElement>(sel)];
/** The day line as read, without its source markers. */
function dayText(el: Element): string {
  const day = one(el, '.day')?.cloneNode(true) as HTMLElement | undefined;
  day?.querySelectorAll('.refs').forEach((r) => r.remove());
  return clean(day?.textContent);
}
const button = (el: Element, label: string) => all(el, '.nav button').find((b) => clean(b.textContent) === label)!;
/** The checkbox whose label (or group label) mentions `name`; `k` picks the k-th of a repeated task. */
function box(el: Element, name: string, k = 0): HTMLInputElement {
  const item = all(el, '.tasks li').find((li) => li.textContent!.includes(name));
  if (!item) throw new Error(`no task "${name}" in: ${text(el)}`);
  return item.querySelectorAll('input')[k] as HTMLInputElement;
}
/** The next-visit card as read, without its source markers. */
function nextVisit(el: Element): string {
  const card = one(el, '[part="next"]')?.cloneNode(true) as HTMLElement | undefined;
  card?.querySelectorAll('.refs').forEach((r) => r.remove());
  return clean(card?.textContent);
}
/** The "2/4" count shown beside a repeated task. */
const count = (el: Element, name: string) =>
  clean(
    all(el, '.tasks li')
      .find((li) => li.textContent!.includes(name))!
      .querySelector('b')!.textContent,
  );

const blush = builtInProcedures['lip-blush'];
const upkeep = (id: string) => blush.upkeep!.find((u) => u.id === id)!.text;
const note = (list: 'expect' | 'aftercare', id: string) => blush[list]!.find((n) => n.id === id)!.text;

function capture(level: 'error' | 'warn') {
  const seen: string[] = [];
  const original = console[level];
  console[level] = (...args: unknown[]) => void seen.push(args.map(String).join(' '));
  return { seen, restore: () => (console[level] = original) };
}

function clearKit() {
  for (const k of Object.keys(localStorage)) if (k.startsWith('lip-widgets:')) localStorage.removeItem(k);
}

async function tracker(attrs: Record<string, string | null>, setup?: (el: Tracker) => void): Promise<Tracker> {
  const wrap = fixtureSync<HTMLDivElement>(html`<div></div>`); // no frame wait: works in a background tab too
  const el = document.createElement('lip-healing-tracker') as Tracker;
  setup?.(el);
  for (const [k, v] of Object.entries(attrs)) if (v !== null) el.setAttribute(k, v);
  wrap.append(el);
  await el.updateComplete;
  return el;
}

/**
 * Waits past the tick's short transitions (400 ms), then on until `done()`
 * (at most 3 s more): a transition ends on a later frame, and a busy machine
 * draws frames late. (Past that, the assertions after it say what is wrong.)
 */
async function transitionEnd(done: () => boolean): Promise<void> {
  await new Promise((r) => setTimeout(r, 400));
  await until(done).catch(() => {});
}

describe('<lip-healing-tracker>', () => {
  beforeEach(clearKit);
  afterEach(clearKit);

  it('is accessible while healing', async function (this: Mocha.Context) {
    this.timeout(20000); // axe's first run in a file is slow in Firefox on a busy machine
    const el = await fixture<Tracker>(html`<lip-healing-tracker appointment="2026-03-02" today="2026-03-10"></lip-healing-tracker>`);
    await expect(el).to.be.accessible();
  });

  it('appointment 2026-03-02 with today 2026-03-10 shows Day 9 of 42–56, with the date', async () => {
    const el = await fixture<Tracker>(html`<lip-healing-tracker appointment="2026-03-02" today="2026-03-10"></lip-healing-tracker>`);
    expect(dayText(el)).to.equal('Day 9 of 42–56');
    expect(text(el)).to.contain('March 10, 2026');
    expect(one(el, '.day .refs .ref')).to.not.equal(null);
  });

  it('shows the progress as a named progress bar with "Day 9 of 42–56" as its value text', async () => {
    const el = await fixture<Tracker>(html`<lip-healing-tracker appointment="2026-03-02" today="2026-03-10"></lip-healing-tracker>`);
    const bar = one(el, 'progress') as HTMLProgressElement;
    expect(bar.value).to.equal(9);
    expect(bar.max).to.equal(56);
    expect(bar.getAttribute('aria-valuetext')).to.equal('Day 9 of 42–56');
    const name = root(el).getElementById(bar.getAttribute('aria-labelledby')!)!;
    expect(clean(name.textContent)).to.equal('Healing');
  });

  it('lists what to expect, today’s care and the warning signs, each cited', async () => {
    const el = await fixture<Tracker>(html`<lip-healing-tracker appointment="2026-03-02" today="2026-03-02"></lip-healing-tracker>`);
    const t = text(el);
    const data = ['swollen-dark', 'changes'].map((id) => note('expect', id));
    const care = ['sun', 'sauna', 'dark-drinks', 'whitening', 'cream'].map((id) => note('aftercare', id));
    for (const words of ['What to expect', 'Avoid', 'Care tasks', 'Contact your practitioner', ...data, ...care]) {
      expect(t).to.contain(words);
    }
    for (const li of all(el, 'ul li')) expect(li.querySelectorAll('.refs .ref').length, li.textContent!).to.be.greaterThan(0);
    expect(new Set(all(el, '.ref').map((m) => m.textContent)).size, 'sources cited').to.be.greaterThan(1);
    expect(clean(one(el, '.disclaimer')!.textContent)).to.match(/not medical advice/);
  });

  it('the Day-1 note is gone on Day 9', async () => {
    const el = await fixture<Tracker>(html`<lip-healing-tracker appointment="2026-03-02" today="2026-03-10"></lip-healing-tracker>`);
    expect(text(el)).to.not.contain(note('expect', 'swollen-dark'));
    expect(text(el)).to.contain(note('expect', 'changes'));
  });

  it('lip flip: sleep on the back as a task, no smoking, no rubbing, full effect at about 10–14 days', async () => {
    const el = await fixture<Tracker>(
      html`<lip-healing-tracker procedure="lip-flip" appointment="2026-03-02" today="2026-03-03"></lip-healing-tracker>`,
    );
    expect(dayText(el)).to.equal('Day 2 of about 10–14');
    const flip = builtInProcedures['lip-flip'].aftercare!;
    expect(box(el, flip.find((c) => c.id === 'back')!.text).type).to.equal('checkbox');
    for (const id of ['smoking', 'rubbing']) expect(text(el)).to.contain(flip.find((c) => c.id === id)!.text);
    expect(clean(one(el, '#stage')!.textContent)).to.equal('Settling in');
  });

  it('lip filler: the massage counts 0/4 … 4/4 and back', async () => {
    const el = await fixture<Tracker>(
      html`<lip-healing-tracker procedure="lip-filler" appointment="2026-03-02" today="2026-03-03"></lip-healing-tracker>`,
    );
    expect(dayText(el)).to.equal('Day 2 of at least 7');
    expect(count(el, 'massage')).to.equal('0/4');
    const boxes = all(el, '.times input');
    expect(boxes.length).to.equal(4);
    for (let k = 0; k < 4; k++) {
      box(el, 'massage', k).click();
      await el.updateComplete;
      expect(count(el, 'massage')).to.equal(`${k + 1}/4`);
    }
    box(el, 'massage', 3).click();
    await el.updateComplete;
    expect(count(el, 'massage')).to.equal('3/4');
    const group = one(el, '.times[role="group"]')!;
    const names = group
      .getAttribute('aria-labelledby')!
      .split(' ')
      .map((id) => clean(root(el).getElementById(id)!.textContent));
    expect(names.join(' ')).to.match(/massage.* 3\/4$/);
    await expect(el).to.be.accessible();
  });

  it('a tick fires change, is kept and is still there after a reload', async () => {
    const el = await tracker({ appointment: '2026-03-02', today: '2026-03-10' });
    const cream = box(el, 'cream');
    expect(cream.checked).to.equal(false);
    setTimeout(() => cream.click());
    const ev = (await oneEvent(el, 'change')) as CustomEvent;
    expect(ev.detail).to.deep.equal({ day: 9, task: 'cream', done: 1 });
    expect(ev.bubbles && ev.composed).to.equal(true);
    expect(localStorage.getItem('lip-widgets:ticks:lip-blush:2026-03-02')).to.contain('"cream":1');
    el.remove();
    const again = await tracker({ appointment: '2026-03-02', today: '2026-03-10' });
    expect(box(again, 'cream').checked).to.equal(true);
    expect(one(again, '[part="storage-notice"]')).to.equal(null);
  });

  it('keeps ticks per day: another day has its own, and viewing it never changes today’s', async () => {
    const el = await tracker({ appointment: '2026-03-02', today: '2026-03-10' });
    box(el, 'cream').click();
    await el.updateComplete;
    button(el, 'Previous day').click();
    await el.updateComplete;
    expect(dayText(el)).to.equal('Day 8 of 42–56');
    expect(box(el, 'cream').checked).to.equal(false);
    box(el, 'cream').click();
    box(el, 'cream').click(); // ticked and unticked again on Day 8
    await el.updateComplete;
    button(el, 'Back to today').click();
    await el.updateComplete;
    expect(dayText(el)).to.equal('Day 9 of 42–56');
    expect(box(el, 'cream').checked).to.equal(true);
  });

  it('does not let the client tick days that have not come yet', async () => {
    const el = await tracker({ appointment: '2026-03-02', today: '2026-03-10' });
    button(el, 'Next day').click();
    await el.updateComplete;
    expect(box(el, 'cream').disabled).to.equal(true);
  });

  it('works in memory and says it is not saving when localStorage throws on access', async () => {
    const own = Object.getOwnPropertyDescriptor(window, 'localStorage');
    const proto = Object.getOwnPropertyDescriptor(Window.prototype, 'localStorage');
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    try {
      const el = await tracker({ appointment: '2026-03-02', today: '2026-03-10' }, (e) => (e.store = createStore()));
      expect(dayText(el)).to.equal('Day 9 of 42–56');
      expect(clean(one(el, '[part="storage-notice"]')?.textContent)).to.match(/not saved on this device/i);
      setTimeout(() => box(el, 'cream').click());
      await oneEvent(el, 'change');
      await el.updateComplete;
      expect(box(el, 'cream').checked).to.equal(true);
      await expect(el).to.be.accessible();
    } finally {
      window.removeEventListener('error', onError);
      if (own) Object.defineProperty(window, 'localStorage', own);
      else delete (window as { localStorage?: Storage }).localStorage;
      void proto;
    }
    expect(errors).to.deep.equal([]);
    expect(() => window.localStorage.length).to.not.throw();
  });

  it('never overwrites stored ticks it cannot read: the tick is kept in the page and the widget says it is not saved (RELIABILITY 25)', async () => {
    localStorage.setItem('lip-widgets:ticks:lip-blush:2026-03-02', '{');
    const el = await tracker({ appointment: '2026-03-02', today: '2026-03-10' });
    expect(box(el, 'cream').checked).to.equal(false);
    el.today = '2026-03-11';
    await el.updateComplete;
    expect(localStorage.getItem('lip-widgets:ticks:lip-blush:2026-03-02')).to.equal('{');
    box(el, 'cream').click();
    await el.updateComplete;
    expect(localStorage.getItem('lip-widgets:ticks:lip-blush:2026-03-02')).to.equal('{');
    expect(box(el, 'cream').checked).to.equal(true);
    expect(el.shadowRoot!.querySelector('[part="storage-notice"]')?.textContent).to.match(/not saved on this device/i);
  });

  it('keeps two instances and another tab in sync', async () => {
    const a = await tracker({ appointment: '2026-03-02', today: '2026-03-10' });
    const b = await tracker({ appointment: '2026-03-02', today: '2026-03-10' });
    box(a, 'cream').click();
    await b.updateComplete;
    expect(box(b, 'cream').checked).to.equal(true);
    // another tab unticks it
    const key = 'lip-widgets:ticks:lip-blush:2026-03-02';
    const newValue = JSON.stringify({ v: 2, data: { 9: { cream: 0 } } });
    localStorage.setItem(key, newValue);
    window.dispatchEvent(new StorageEvent('storage', { key, newValue, storageArea: localStorage }));
    await a.updateComplete;
    await b.updateComplete;
    expect(box(a, 'cream').checked).to.equal(false);
    expect(box(b, 'cream').checked).to.equal(false);
  });

  it('removed and re-inserted three times: one subscription per key, still in sync', async () => {
    const inner = createStore();
    const live = new Map<string, number>();
    const store: Store = {
      get persistent() {
        return inner.persistent;
      },
      read: (k, s) => inner.read(k, s),
      write: (k, d) => inner.write(k, d),
      remove: (k) => inner.remove(k),
      subscribe(key, listener) {
        live.set(key, (live.get(key) ?? 0) + 1);
        const off = inner.subscribe(key, listener);
        return () => {
          live.set(key, live.get(key)! - 1);
          off();
        };
      },
    };
    const el = await tracker({ appointment: '2026-03-02', today: '2026-03-10' }, (e) => (e.store = store));
    const parent = el.parentElement!;
    for (let i = 0; i < 3; i++) {
      el.remove();
      parent.append(el);
      await el.updateComplete;
    }
    expect(live.get('ticks:lip-blush:2026-03-02')).to.equal(1);
    inner.write('ticks:lip-blush:2026-03-02', { 9: { cream: 1 } });
    await el.updateComplete;
    expect(box(el, 'cream').checked).to.equal(true);
    el.remove();
    expect(live.get('ticks:lip-blush:2026-03-02')).to.equal(0);
  });

  it('day navigation fires lip-day-change on user action only, with the day and its date', async () => {
    const el = await tracker({ appointment: '2026-03-02', today: '2026-03-10' });
    const seen: CustomEvent[] = [];
    el.addEventListener('lip-day-change', (e) => seen.push(e));
    el.addEventListener('change', (e) => seen.push(e as CustomEvent));
    el.today = '2026-03-11';
    el.appointment = '2026-03-03';
    await el.updateComplete;
    expect(dayText(el)).to.equal('Day 9 of 42–56');
    expect(seen).to.deep.equal([]);
    button(el, 'Next day').click();
    await el.updateComplete;
    expect(dayText(el)).to.equal('Day 10 of 42–56');
    expect(seen[0].detail).to.deep.equal({ day: 10, date: '2026-03-12' });
    expect(seen[0].bubbles && seen[0].composed).to.equal(true);
    button(el, 'Back to today').click();
    await el.updateComplete;
    expect(dayText(el)).to.equal('Day 9 of 42–56');
    expect(seen[1].detail).to.deep.equal({ day: 9, date: '2026-03-11' });
    expect(button(el, 'Back to today').getAttribute('aria-disabled')).to.equal('true');
  });

  it('stops at Day 1 and at the end of the span', async () => {
    const el = await tracker({ appointment: '2026-03-02', today: '2026-03-02' });
    let events = 0;
    el.addEventListener('lip-day-change', () => events++);
    expect(button(el, 'Previous day').getAttribute('aria-disabled')).to.equal('true');
    button(el, 'Previous day').click();
    await el.updateComplete;
    expect(dayText(el)).to.equal('Day 1 of 42–56');
    expect(events).to.equal(0);
    el.today = '2026-04-26'; // Day 56
    await el.updateComplete;
    expect(button(el, 'Next day').getAttribute('aria-disabled')).to.equal('true');
  });

  it('before the appointment: the countdown and a pointer to the checklist, accessible', async () => {
    const el = await fixture<Tracker>(html`<lip-healing-tracker appointment="2026-03-02" today="2026-02-27"></lip-healing-tracker>`);
    expect(text(el)).to.contain('Your appointment is in 3 days.');
    expect(text(el)).to.contain('preparation checklist');
    expect(text(el)).to.not.match(/Day -|Day 0/);
    await expect(el).to.be.accessible();
    el.today = '2026-03-01';
    await el.updateComplete;
    expect(text(el)).to.contain('Your appointment is tomorrow.');
  });

  it('with no date yet, the date field is wide enough to read and use (the checkbox size is for checkboxes only)', async () => {
    localStorage.clear();
    const el = await fixture<Tracker>(html`<lip-healing-tracker today="2026-03-10"></lip-healing-tracker>`);
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="date"]')!;
    expect(input.getBoundingClientRect().width).to.be.greaterThan(100);
  });

  it('after the healing span: Healed and the next step with its date, accessible', async () => {
    const el = await fixture<Tracker>(html`<lip-healing-tracker appointment="2026-03-02" today="2026-05-01"></lip-healing-tracker>`);
    expect(clean(one(el, '#stage')!.textContent)).to.equal('Healed');
    expect(dayText(el)).to.equal('Day 61');
    expect(nextVisit(el)).to.equal(`Next visit ${upkeep('booster')} Mar 2, 2027`);
    expect(text(el)).to.not.contain('Care tasks');
    expect((one(el, 'progress') as HTMLProgressElement).value).to.equal(56);
    await expect(el).to.be.accessible();
  });

  it('during healing the next step is the refinement session with its date', async () => {
    const el = await fixture<Tracker>(html`<lip-healing-tracker appointment="2026-03-02" today="2026-03-10"></lip-healing-tracker>`);
    expect(nextVisit(el)).to.equal(`Next visit ${upkeep('refinement')} Apr 2, 2026`);
    expect(one(el, '[part="next"] time')!.getAttribute('datetime')).to.equal('2026-04-02');
  });

  it('the warning signs say "contact your practitioner", or link the studio’s phone when known', async () => {
    const el = await fixture<Tracker>(
      html`<lip-healing-tracker procedure="lip-filler" appointment="2026-03-02" today="2026-03-03"></lip-healing-tracker>`,
    );
    const warn = one(el, '[part="warning"]')!;
    expect(clean(warn.textContent)).to.contain('Contact your practitioner if you notice');
    const signs = builtInProcedures['lip-filler'].warningSigns!;
    expect(signs.length).to.be.at.least(3);
    for (const sign of signs) expect(warn.textContent).to.contain(sign.text);
    expect(warn.querySelector('a[href^="tel:"]')).to.equal(null);
    const studio = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(html`<lip-studio phone="+39 02 1234 5678"
      ><lip-healing-tracker procedure="lip-filler" appointment="2026-03-02" today="2026-03-03"></lip-healing-tracker
    ></lip-studio>`);
    const inside = studio.querySelector('lip-healing-tracker') as Tracker;
    await inside.updateComplete;
    const tel = one(inside, '[part="warning"] a[href^="tel:"]') as HTMLAnchorElement;
    expect(tel.getAttribute('href')).to.equal('tel:+390212345678');
    expect(clean(tel.textContent)).to.equal('Call +39 02 1234 5678');
    expect(clean(one(inside, '[part="warning"]')!.textContent)).to.contain('Contact your studio');
    studio.setAttribute('phone', 'javascript:alert(1)');
    await studio.updateComplete;
    await inside.updateComplete;
    expect(root(inside).querySelector('a[href^="tel:"], a[href^="javascript"]')).to.equal(null);
  });

  it('inside <lip-studio phone>, the warning signs link the studio’s phone', async () => {
    const studio = await fixture<HTMLElement>(html`<lip-studio name="Studio Rosa" phone="+39 02 555 0101"
      ><lip-healing-tracker procedure="lip-filler" appointment="2026-03-02" today="2026-03-03"></lip-healing-tracker
    ></lip-studio>`);
    const el = studio.querySelector('lip-healing-tracker')!;
    await el.updateComplete;
    const tel = one(el, '[part="warning"] a[href^="tel:"]')!;
    expect(tel.getAttribute('href')).to.equal('tel:+39025550101');
    expect(clean(one(el, '[part="warning"]')!.textContent)).to.contain('Contact your studio');
    await expect(el).to.be.accessible();
  });

  for (const bad of ['2026-02-30', '10/03/2026', '', '2031-03-10']) {
    it(`appointment="${bad}" gives a friendly state and names the value in the console`, async () => {
      const err = capture('error');
      try {
        const el = await fixture<Tracker>(html`<lip-healing-tracker appointment=${bad} today="2026-03-10"></lip-healing-tracker>`);
        expect(one(el, '.notice')).to.not.equal(null);
        expect(text(el)).to.not.match(/NaN|Invalid Date|Day -|undefined/);
        expect(one(el, '.day')).to.equal(null);
        expect(err.seen.some((m) => m.includes(`"${bad}"`))).to.equal(true);
        await expect(el).to.be.accessible();
      } finally {
        err.restore();
      }
    });
  }

  it('with no date at all asks for it, then shows the day (and is accessible)', async () => {
    const el = await fixture<Tracker>(html`<lip-healing-tracker today="2026-03-10"></lip-healing-tracker>`);
    await expect(el).to.be.accessible();
    const input = one(el, 'input[type="date"]') as HTMLInputElement;
    input.value = '2026-03-02';
    (one(el, 'form') as HTMLFormElement).requestSubmit();
    await el.updateComplete;
    expect(dayText(el)).to.equal('Day 9 of 42–56');
  });

  it('names an unknown procedure in a notice and the console', async () => {
    const err = capture('error');
    try {
      const el = await fixture<Tracker>(
        html`<lip-healing-tracker procedure="lip-plumper" appointment="2026-03-02" today="2026-03-10"></lip-healing-tracker>`,
      );
      expect(clean(one(el, '.notice')!.textContent)).to.contain('lip-plumper');
      expect(text(el)).to.not.contain('Day');
      expect(err.seen.some((m) => m.includes('"lip-plumper"'))).to.equal(true);
    } finally {
      err.restore();
    }
  });

  it('works from the data of a studio’s own procedure', async () => {
    const brows: Procedure = {
      id: 'brow-lamination',
      name: 'Brow lamination',
      summary: [],
      recovery: { kind: 'healed', spans: [{ min: 2, max: 3, unit: 'day', cite: [] }] },
      expect: [{ id: 'stiff', text: 'Brows feel stiff', days: { from: 1, to: 1 }, cite: [] }],
      aftercare: [{ id: 'brush', kind: 'do', task: true, timesPerDay: { min: 2, max: 2 }, text: 'Brush into shape', cite: [] }],
    };
    const el = await tracker({ procedure: 'brow-lamination', appointment: '2026-03-02', today: '2026-03-02' }, (e) => {
      e.catalog = { ...builtInProcedures, 'brow-lamination': brows };
    });
    expect(dayText(el)).to.equal('Day 1 of 2–3');
    expect(text(el)).to.contain('Brows feel stiff');
    expect(count(el, 'Brush into shape')).to.equal('0/2');
  });

  it('inside <lip-studio>, a studio’s own procedure shows its own steps "per" the studio', async () => {
    const studio = await fixture<HTMLElement>(html`<lip-studio name="Studio Rosa">
      <script type="application/json">
        { "procedures": { "lip-hydra": { "name": "Lip hydra-facial",
          "recovery": { "kind": "healed", "spans": [{ "min": 2, "max": 3, "unit": "day" }] },
          "aftercare": { "add": [{ "id": "balm", "kind": "do", "task": true, "timesPerDay": { "min": 2, "max": 2 }, "text": "Balm" }] } } } }
      </script>
      <lip-healing-tracker procedure="lip-hydra" appointment="2026-03-02" today="2026-03-03"></lip-healing-tracker>
    </lip-studio>`);
    const el = studio.querySelector('lip-healing-tracker')!;
    await el.updateComplete;
    expect(dayText(el)).to.contain('Day 2 of 2–3');
    expect(count(el, 'Balm')).to.equal('0/2');
    expect(text(el)).to.contain('per Studio Rosa');
    box(el, 'Balm', 0).click();
    await el.updateComplete;
    expect(count(el, 'Balm')).to.equal('1/2');
  });

  it('hides markers and sources with no-sources', async () => {
    const el = await fixture<Tracker>(
      html`<lip-healing-tracker no-sources appointment="2026-03-02" today="2026-03-10"></lip-healing-tracker>`,
    );
    expect(all(el, '.refs').length).to.equal(0);
    expect(one(el, '.sources')).to.equal(null);
  });
});

describe('<lip-healing-tracker> and the clock', () => {
  let clock: sinon.SinonFakeTimers | undefined;
  afterEach(() => {
    clock?.restore();
    clock = undefined;
  });
  after(() => setTimeZone(undefined));

  // appointment 2026-03-01: counting local calendar days by hand
  const days: [string, number][] = [
    ['2026-03-08', 8], // US clocks change
    ['2026-03-29', 29], // EU
    ['2026-04-05', 36], // New Zealand
  ];
  for (const zone of ['America/New_York', 'Europe/Rome', 'Pacific/Auckland', 'Asia/Kolkata', 'Pacific/Kiritimati']) {
    for (const [iso, n] of days) {
      for (const [h, m, s] of [
        [0, 0, 30],
        [23, 59, 30],
      ]) {
        it(`${zone}, ${iso} at ${[h, m, s].map((x) => String(x).padStart(2, '0')).join(':')} local: Day ${n}`, async function () {
          await setTimeZone(zone, this);
          const [y, mo, d] = iso.split('-').map(Number);
          clock = sinon.useFakeTimers({ now: new Date(y, mo - 1, d, h, m, s), toFake: ['Date'] });
          expect(new Date().getDate()).to.equal(d); // the zone is in force
          const el = await fixture<Tracker>(html`<lip-healing-tracker appointment="2026-03-01"></lip-healing-tracker>`);
          expect(dayText(el)).to.equal(`Day ${n} of 42–56`);
        });
      }
    }
  }

  it('moves on past local midnight without a reload, and clears its timer on disconnect', async function () {
    await setTimeZone('Pacific/Auckland', this);
    clock = sinon.useFakeTimers({ now: new Date(2026, 3, 4, 23, 59, 30), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    const el = await fixture<Tracker>(html`<lip-healing-tracker appointment="2026-03-02"></lip-healing-tracker>`);
    let events = 0;
    el.addEventListener('lip-day-change', () => events++);
    expect(dayText(el)).to.equal('Day 34 of 42–56');
    clock.tick(20_000);
    await el.updateComplete;
    expect(dayText(el)).to.equal('Day 34 of 42–56');
    clock.tick(11_000);
    await el.updateComplete;
    expect(dayText(el)).to.equal('Day 35 of 42–56');
    expect(events).to.equal(0);
    // New Zealand's clocks went back on 5 April: that day has 25 hours
    clock.tick(24 * 3600_000);
    await el.updateComplete;
    expect(dayText(el)).to.equal('Day 35 of 42–56');
    clock.tick(3600_000);
    await el.updateComplete;
    expect(dayText(el)).to.equal('Day 36 of 42–56');
    expect(clock.countTimers()).to.equal(1);
    el.remove();
    expect(clock.countTimers()).to.equal(0);
    document.body.append(el);
    expect(clock.countTimers()).to.equal(1);
    el.remove();
    expect(clock.countTimers()).to.equal(0);
  });

  it('moves on when the page becomes visible again', async function () {
    await setTimeZone('Europe/Rome', this);
    clock = sinon.useFakeTimers({ now: new Date(2026, 2, 10, 12, 0, 0), toFake: ['Date'] });
    const el = await fixture<Tracker>(html`<lip-healing-tracker appointment="2026-03-02"></lip-healing-tracker>`);
    expect(dayText(el)).to.equal('Day 9 of 42–56');
    clock.setSystemTime(new Date(2026, 2, 12, 8, 0, 0));
    // the test tab may itself be in the background: say it is visible
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
      await el.updateComplete;
      expect(dayText(el)).to.equal('Day 11 of 42–56');
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
  });
});

describe('<lip-healing-tracker> design: title, headings, tick boxes, tap targets, reflow', () => {
  beforeEach(clearKit);
  afterEach(async () => {
    clearKit();
    await setViewport({ width: 800, height: 600 });
  });

  const boxSizes = (el: Element) =>
    all(el, '.tick-box')
      .map((b) => b.getBoundingClientRect())
      .map((r) => [Math.round(r.width * 10) / 10, Math.round(r.height * 10) / 10]);

  it('has its title (the procedure named) in every state, also before a date is entered', async () => {
    const states: Record<string, string>[] = [
      { today: '2026-03-10' },
      { appointment: '2026-03-02', today: '2026-02-27' },
      { appointment: '2026-03-02', today: '2026-03-10' },
      { appointment: '2026-02-30', today: '2026-03-10' },
    ];
    for (const attrs of states) {
      const err = capture('error');
      try {
        const el = await tracker(attrs);
        const title = one(el, '.title');
        expect(title?.localName, JSON.stringify(attrs)).to.equal('h2');
        expect(clean(title!.textContent)).to.equal('Lip blush aftercare');
        expect(all(el, '.title').length).to.equal(1);
        el.remove();
      } finally {
        err.restore();
      }
    }
    const it = await tracker({ procedure: 'lip-flip', today: '2026-03-10', lang: 'it' });
    expect(clean(one(it, '.title')!.textContent)).to.match(/: cura dopo il trattamento$/);
  });

  it('heading levels follow heading-level: the title, its sections one level below, their lists below those', async function (this: Mocha.Context) {
    this.timeout(20000); // axe on a busy machine
    const levels = (el: Element) => all(el, 'h1, h2, h3, h4, h5, h6').map((h) => `${h.localName} ${clean(h.textContent)}`);
    const el = await tracker({ appointment: '2026-03-02', today: '2026-03-10' });
    expect(levels(el).slice(0, 4)).to.deep.equal(['h2 Lip blush aftercare', 'h3 Today', 'h4 What to expect', 'h4 Care tasks']);
    expect(levels(el)).to.include('h3 Next visit');
    expect(levels(el)).to.include('h3 Contact your practitioner if you notice');
    const deep = await tracker({ appointment: '2026-03-02', today: '2026-03-10', 'heading-level': '4' });
    expect(levels(deep).slice(0, 3)).to.deep.equal(['h4 Lip blush aftercare', 'h5 Today', 'h6 What to expect']);
    const none = await tracker({ today: '2026-03-10', 'heading-level': '1' });
    expect(levels(none)).to.deep.equal(['h1 Lip blush aftercare']);
    await expect(deep).to.be.accessible();
  });

  it('"Day 9 of about 42–56" never breaks inside its parts at 320 and 390 px, in English and Italian; one line at 390 px', async () => {
    for (const width of [320, 390]) {
      await setViewport({ width, height: 640 });
      for (const lang of ['en', 'it']) {
        const el = await tracker({ appointment: '2026-03-02', today: '2026-03-10', lang });
        for (const part of all(el, '.day-lead, .day-rest')) {
          expect(part.getClientRects().length, `${width} ${lang}: ${part.textContent}`).to.equal(1);
        }
        if (width === 390 && lang === 'en') {
          const lead = one(el, '.day-lead')!.getBoundingClientRect();
          const rest = one(el, '.day-rest')!.getBoundingClientRect();
          expect(Math.abs(lead.bottom - rest.bottom), 'one line').to.be.below(12);
        }
        el.remove();
      }
    }
  });

  it('tick boxes: at least 24 px, the same on every row whatever the wrap, in English and Italian, at 320 px', async () => {
    await setViewport({ width: 320, height: 640 });
    const en = await tracker({ procedure: 'lip-blush', appointment: '2026-03-02', today: '2026-03-10' });
    const it = await tracker({ procedure: 'lip-blush', appointment: '2026-03-02', today: '2026-03-10', lang: 'it' });
    // each built-in day has one single task: the lip-blush cream wraps at 320 px; the lip-flip sleeping task, wide, does not
    const height = (el: Element) => all(el, '.tasks .tick-text').map((t) => t.getBoundingClientRect().height);
    const sizes = [...boxSizes(en), ...boxSizes(it)];
    const labels = height(en);
    await setViewport({ width: 1280, height: 640 });
    const flip = await tracker({ procedure: 'lip-flip', appointment: '2026-03-02', today: '2026-03-03' });
    labels.push(...height(flip));
    sizes.push(...boxSizes(flip));
    expect(labels).to.have.length(2);
    expect(Math.max(...labels), 'one label wraps, another does not').to.be.greaterThan(Math.min(...labels) * 1.5);
    expect(sizes.length).to.be.at.least(3);
    for (const [w, h] of sizes) {
      expect(w).to.equal(sizes[0][0]);
      expect(h).to.equal(sizes[0][1]);
      expect(w).to.be.at.least(24);
      expect(h).to.be.at.least(24);
    }
  });

  it('tick boxes grow with 200 % text, never below 24 px, equal on every row', async () => {
    await setViewport({ width: 320, height: 640 });
    const normal = await tracker({ procedure: 'lip-filler', appointment: '2026-03-02', today: '2026-03-03' });
    const big = await tracker(
      { procedure: 'lip-filler', appointment: '2026-03-02', today: '2026-03-03' },
      (e) => (e.style.fontSize = '200%'),
    );
    const [w1] = boxSizes(normal)[0];
    const sizes = boxSizes(big);
    expect(w1).to.be.at.least(24);
    for (const [w, h] of sizes) {
      expect(w).to.equal(h);
      expect(w).to.equal(sizes[0][0]);
      expect(w).to.be.at.least(w1 * 1.9);
    }
    const small = await tracker(
      { procedure: 'lip-filler', appointment: '2026-03-02', today: '2026-03-03' },
      (e) => (e.style.fontSize = '10px'),
    );
    for (const [w, h] of boxSizes(small)) expect(Math.min(w, h), 'never below 24 px').to.be.at.least(24);
  });

  it('a ticked box shows its check; the native checkbox stays the control, covering the drawn box', async () => {
    const el = await tracker({ appointment: '2026-03-02', today: '2026-03-10' });
    const input = box(el, 'cream');
    const mark = input.nextElementSibling!.querySelector('svg')!;
    expect(getComputedStyle(mark).opacity).to.equal('0');
    input.click();
    await el.updateComplete;
    const size = (e: Element) => [e.getBoundingClientRect().width, e.getBoundingClientRect().height].map(Math.round).join();
    // At rest: the check drawn, the box's own short scale over.
    await transitionEnd(() => getComputedStyle(mark).opacity === '1' && size(input) === size(input.nextElementSibling!));
    expect(getComputedStyle(mark).opacity).to.equal('1');
    const a = input.getBoundingClientRect();
    const b = input.nextElementSibling!.getBoundingClientRect();
    expect([a.width, a.height].map(Math.round)).to.deep.equal([b.width, b.height].map(Math.round));
    expect(input.labels![0].textContent).to.contain(note('aftercare', 'cream'));
  });

  it('every control is at least 24 × 24 px (inline source markers excepted), at 320 px', async () => {
    await setViewport({ width: 320, height: 640 });
    const studio =
      await fixture<HTMLElement>(html`<lip-studio name="Studio Rosa" phone="+39 02 555 0101" booking-url="https://example.com/book"
      ><lip-healing-tracker procedure="lip-filler" appointment="2026-03-02" today="2026-03-03"></lip-healing-tracker
    ></lip-studio>`);
    const el = studio.querySelector('lip-healing-tracker')!;
    await el.updateComplete;
    const controls = all(el, 'button, input, a, select, summary, [tabindex]:not([tabindex="-1"])').filter(
      (c) => !c.closest('.refs, .sources') && c.checkVisibility(),
    );
    expect(controls.length).to.be.at.least(8);
    for (const c of controls) {
      const r = c.getBoundingClientRect();
      expect(Math.min(r.width, r.height), `${c.localName} ${clean(c.textContent) || c.getAttribute('type')}`).to.be.at.least(24);
    }
  });

  for (const width of [320, 390, 768, 1280]) {
    it(`no horizontal overflow at ${width} px, day 9 and with no date`, async () => {
      await setViewport({ width, height: 800 });
      const states: Record<string, string>[] = [
        { appointment: '2026-03-02', today: '2026-03-10' },
        { today: '2026-03-10' },
        { procedure: 'lip-filler', appointment: '2026-03-02', today: '2026-03-03', lang: 'it' },
      ];
      for (const attrs of states) {
        const el = await tracker(attrs);
        const base = one(el, '.base')!;
        expect(document.documentElement.scrollWidth, JSON.stringify(attrs)).to.be.at.most(window.innerWidth);
        expect(base.scrollWidth, JSON.stringify(attrs)).to.be.at.most(base.clientWidth);
        for (const n of all(el, '*')) {
          const r = n.getBoundingClientRect();
          if (r.width) expect(r.right, `${n.localName}.${n.className}`).to.be.at.most(window.innerWidth + 0.5);
        }
        el.remove();
      }
    });
  }

  it('tick boxes stay visible in forced colours, and do not move under reduced motion', async function (this: Mocha.Context) {
    const el = await tracker({ appointment: '2026-03-02', today: '2026-03-10' });
    const input = box(el, 'cream');
    const drawn = input.nextElementSibling as HTMLElement;
    if (!(await emulateMedia({ forcedColors: 'active' }))) this.skip();
    try {
      if (!matchMedia('(forced-colors: active)').matches) this.skip(); // emulation not applied in this browser
      const style = getComputedStyle(drawn); // live
      const off = { border: style.borderTopColor, background: style.backgroundColor };
      expect(style.borderTopStyle).to.equal('solid');
      expect(off.border).to.not.equal(off.background);
      input.click();
      await el.updateComplete;
      await transitionEnd(() => style.backgroundColor !== off.background);
      expect(input.checked).to.equal(true);
      expect(style.backgroundColor, 'a checked box is filled').to.not.equal(off.background);
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
    if (!(await emulateMedia({ reducedMotion: 'reduce' }))) return;
    try {
      if (!matchMedia('(prefers-reduced-motion: reduce)').matches) return;
      const style = getComputedStyle(drawn);
      expect(style.transitionDuration.split(',').every((d) => parseFloat(d) === 0)).to.equal(true);
      expect(style.animationName).to.equal('none');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('the day navigation stays on one row at 320 px', async () => {
    await setViewport({ width: 320, height: 640 });
    for (const lang of ['en', 'it']) {
      const el = await tracker({ appointment: '2026-03-02', today: '2026-03-10', lang });
      const tops = all(el, '.nav button').map((b) => Math.round(b.getBoundingClientRect().top));
      expect(new Set(tops).size, lang).to.equal(1);
      el.remove();
    }
  });
});
