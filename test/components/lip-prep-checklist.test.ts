import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia as wtrEmulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/register.js';
// Italian, registered as the script lip-widgets.it.js registers it.
import '../../src/lang/it.js';
import type { LipPrepChecklist } from '../../src/components/lip-prep-checklist/lip-prep-checklist.js';
import { createStore, type Store } from '../../src/core/storage.js';
import { procedures } from '../../src/data/procedures.js';
import { emulateMedia } from '../support/env.js';

const root = (el: LipPrepChecklist) => el.shadowRoot!;
const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const boxes = (el: LipPrepChecklist) => [...root(el).querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
const labelOf = (box: HTMLInputElement) => clean(box.labels![0].textContent);
const box = (el: LipPrepChecklist, text: RegExp) => boxes(el).find((b) => text.test(labelOf(b)))!;
const itemOf = (b: HTMLInputElement) => b.closest<HTMLElement>('.item')!;
const progress = (el: LipPrepChecklist) => clean(root(el).querySelector('[role="status"][part="progress"]')!.textContent);
const button = (el: LipPrepChecklist, text: RegExp) =>
  [...root(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => text.test(clean(b.textContent)))!;
const BLUSH_TOTAL = procedures['lip-blush'].prep!.length;
const FLIP_TOTAL = procedures['lip-flip'].prep!.length;

/** Print media on or off: test/support's helper, else wtr's (while the support helper's CDP session detaches and drops the emulation). */
async function printMedia(on: boolean): Promise<boolean> {
  if (!(await emulateMedia({ media: on ? 'print' : '' }))) return false;
  if (matchMedia('print').matches !== on) await wtrEmulateMedia({ media: on ? 'print' : 'screen' });
  expect(matchMedia('print').matches).to.equal(on);
  return true;
}

async function tick(el: LipPrepChecklist, b: HTMLInputElement) {
  b.click();
  await el.updateComplete;
}

function capture(level: 'error' | 'warn') {
  const seen: string[] = [];
  const original = console[level];
  console[level] = (...args: unknown[]) => void seen.push(args.map(String).join(' '));
  return { seen, restore: () => (console[level] = original) };
}

/** Renders an element whose store is set before its first render. */
async function withStore(store: Store, procedure = 'lip-blush') {
  const el = document.createElement('lip-prep-checklist');
  el.setAttribute('procedure', procedure);
  el.setAttribute('appointment', '2026-03-20');
  el.setAttribute('today', '2026-03-01');
  (el as unknown as { store: Store }).store = store;
  const wrap = await fixture<HTMLDivElement>(html`<div>${el}</div>`);
  await el.updateComplete;
  return { el, wrap };
}

beforeEach(() => {
  for (const k of Object.keys(localStorage)) if (k.startsWith('lip-widgets:')) localStorage.removeItem(k);
});

describe('<lip-prep-checklist>', () => {
  it('is accessible', async function (this: Mocha.Context) {
    this.timeout(20000); // axe's first run in a file is slow in Firefox on a busy machine
    const el = await fixture<LipPrepChecklist>(
      html`<lip-prep-checklist procedure="lip-blush" appointment="2026-03-20" today="2026-03-01"></lip-prep-checklist>`,
    );
    await expect(el).to.be.accessible();
  });

  it('groups items by when, each a fieldset named by its legend, with native checkboxes and labels', async () => {
    const el = await fixture<LipPrepChecklist>(
      html`<lip-prep-checklist procedure="lip-blush" appointment="2026-03-20" today="2026-03-01" lang="en-GB"></lip-prep-checklist>`,
    );
    const legends = [...root(el).querySelectorAll('fieldset > legend')].map((l) => clean(l.textContent));
    expect(legends).to.deep.equal([
      'Weeks before · before 20 Mar',
      'Days before · before 20 Mar',
      'On the day · on 20 Mar',
      'Bring along · on 20 Mar',
    ]);
    expect(boxes(el).length).to.equal(BLUSH_TOTAL);
    for (const b of boxes(el)) {
      expect(b.labels!.length, b.id).to.equal(1);
      expect(labelOf(b).length).to.be.greaterThan(2);
      expect(b.checked).to.equal(false);
    }
    expect(labelOf(box(el, /Alcohol/))).to.equal('Avoid: Alcohol');
    expect(clean(root(el).querySelector('h2')!.textContent)).to.equal('Lip blush: getting ready');
    expect(clean(root(el).textContent)).to.match(/Appointment: Friday,? 20 March 2026/);
  });

  it('lip flip on 2026-03-20: the alcohol and blood-thinner item is due from 16 Mar (4 days; 3 days is 17 Mar), cited', async () => {
    const el = await fixture<LipPrepChecklist>(
      html`<lip-prep-checklist procedure="lip-flip" appointment="2026-03-20" today="2026-03-01" lang="en-GB"></lip-prep-checklist>`,
    );
    const item = itemOf(box(el, /blood thinners/));
    const due = item.querySelector('time')!;
    expect(due.getAttribute('datetime')).to.equal('2026-03-16');
    expect(clean(due.textContent)).to.equal('from 16 Mar (4 days before), 17 Mar at the latest (3 days)');
    const marker = item.querySelector<HTMLButtonElement>('.refs .ref')!;
    expect(marker.getAttribute('aria-label')).to.equal('Source 1');
    marker.click();
    await el.updateComplete;
    expect(clean(item.querySelector('.source-note')!.textContent)).to.contain('3 to 4 days before');
    const legend = item.closest('fieldset')!.querySelector('legend')!;
    expect(clean(legend.textContent)).to.equal('Days before · from 16 Mar');
    expect(box(el, /blood thinners/).getAttribute('aria-describedby')).to.equal(item.querySelector('.meta')!.id);
  });

  it('lip blush on 2026-03-20: the wait of at least four weeks from 20 Feb, the on-the-day items on 20 Mar', async () => {
    const el = await fixture<LipPrepChecklist>(
      html`<lip-prep-checklist procedure="lip-blush" appointment="2026-03-20" today="2026-02-01" lang="en-GB"></lip-prep-checklist>`,
    );
    const wait = itemOf(box(el, /four|4 weeks/));
    expect(wait.querySelector('time')!.getAttribute('datetime')).to.equal('2026-02-20');
    expect(clean(wait.querySelector('time')!.textContent)).to.equal('from 20 Feb (at least 4 weeks before)');
    expect(wait.querySelectorAll('.refs .ref').length).to.be.greaterThan(0);

    const dayOf = [...root(el).querySelectorAll('fieldset')].find((f) => /On the day/.test(f.querySelector('legend')!.textContent!))!;
    expect(dayOf.querySelector('legend time')!.getAttribute('datetime')).to.equal('2026-03-20');
    expect(clean(dayOf.querySelector('legend time')!.textContent)).to.equal('on 20 Mar');
    const inDay = [...dayOf.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].map(labelOf);
    for (const what of ['Alcohol', 'Caffeine', 'Exercise', 'Ibuprofen', 'Fish oil', 'Vitamin E']) {
      expect(inDay, what).to.include(`Avoid: ${what}`);
    }
    for (const b of dayOf.querySelectorAll('.item')) expect(b.querySelectorAll('.refs .ref').length).to.be.greaterThan(0);
  });

  it('shows how far ahead without a date, and a date form', async () => {
    const el = await fixture<LipPrepChecklist>(html`<lip-prep-checklist procedure="lip-flip" today="2026-03-01"></lip-prep-checklist>`);
    expect(root(el).querySelector('fieldset legend time')).to.equal(null);
    expect(clean(itemOf(box(el, /blood thinners/)).querySelector('.meta')!.textContent)).to.equal('3–4 days before');
    expect(root(el).querySelector('input[type="date"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('fires change on each user tick, keeps ticks, and a new element with the same attributes shows them', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <lip-prep-checklist procedure="lip-blush" appointment="2026-03-20" today="2026-03-01"></lip-prep-checklist>
    </div>`);
    const el = wrap.querySelector('lip-prep-checklist')!;
    await el.updateComplete;
    expect(progress(el)).to.equal(`0 of ${BLUSH_TOTAL} done`);
    const seen: unknown[] = [];
    el.addEventListener('change', (e) => seen.push((e as CustomEvent).detail));
    await tick(el, box(el, /Caffeine/));
    await tick(el, box(el, /neutral/i));
    expect(seen).to.deep.equal([
      { id: 'caffeine', checked: true, done: 1, total: BLUSH_TOTAL },
      { id: 'shade', checked: true, done: 2, total: BLUSH_TOTAL },
    ]);
    expect(progress(el)).to.equal(`2 of ${BLUSH_TOTAL} done`);
    expect(localStorage.getItem('lip-widgets:prep:lip-blush:2026-03-20')).to.contain('caffeine');

    el.remove();
    wrap.innerHTML = '<lip-prep-checklist procedure="lip-blush" appointment="2026-03-20" today="2026-03-01"></lip-prep-checklist>';
    const again = wrap.querySelector('lip-prep-checklist')!;
    await again.updateComplete;
    const shade = procedures['lip-blush'].prep!.find((i) => i.id === 'shade')!.text;
    expect(
      boxes(again)
        .filter((b) => b.checked)
        .map(labelOf),
    ).to.deep.equal([shade, 'Avoid: Caffeine']);
    expect(progress(again)).to.equal(`2 of ${BLUSH_TOTAL} done`);
    await expect(again).to.be.accessible();

    await tick(again, box(again, /Caffeine/));
    expect(progress(again)).to.equal(`1 of ${BLUSH_TOTAL} done`);
  });

  it('keeps ticks per appointment', async () => {
    const el = await fixture<LipPrepChecklist>(
      html`<lip-prep-checklist procedure="lip-blush" appointment="2026-03-20" today="2026-03-01"></lip-prep-checklist>`,
    );
    await tick(el, box(el, /Caffeine/));
    el.appointment = '2026-03-27';
    await el.updateComplete;
    expect(boxes(el).some((b) => b.checked)).to.equal(false);
    el.appointment = '2026-03-20';
    await el.updateComplete;
    expect(box(el, /Caffeine/).checked).to.equal(true);
  });

  it('fires no event when properties are set', async () => {
    const el = await fixture<LipPrepChecklist>(
      html`<lip-prep-checklist procedure="lip-flip" appointment="2026-03-20" today="2026-03-01"></lip-prep-checklist>`,
    );
    let events = 0;
    for (const type of ['change', 'lip-checklist-complete', 'lip-appointment-change']) el.addEventListener(type, () => events++);
    el.procedure = 'lip-blush';
    el.appointment = '2026-04-02';
    el.today = '2026-04-01';
    await el.updateComplete;
    expect(boxes(el).length).to.equal(BLUSH_TOTAL);
    expect(events).to.equal(0);
  });

  it('fires lip-checklist-complete when the last item is ticked, and is accessible when complete', async () => {
    const el = await fixture<LipPrepChecklist>(
      html`<lip-prep-checklist procedure="lip-flip" appointment="2026-03-20" today="2026-03-01"></lip-prep-checklist>`,
    );
    let complete = 0;
    el.addEventListener('lip-checklist-complete', () => complete++);
    const all = boxes(el);
    const last = all.pop()!;
    for (const b of all) await tick(el, b);
    expect(complete).to.equal(0);
    setTimeout(() => last.click());
    const e = await oneEvent(el, 'lip-checklist-complete');
    expect(e.detail).to.deep.equal({ procedure: 'lip-flip', appointment: '2026-03-20' });
    expect(e.bubbles && e.composed).to.equal(true);
    await el.updateComplete;
    expect(progress(el)).to.equal(`${FLIP_TOTAL} of ${FLIP_TOTAL} done`);
    expect(complete).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('ticks from the keyboard', async () => {
    const el = await fixture<LipPrepChecklist>(
      html`<lip-prep-checklist procedure="lip-flip" appointment="2026-03-20" today="2026-03-01"></lip-prep-checklist>`,
    );
    boxes(el)[0].focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(boxes(el)[0].checked).to.equal(true);
    expect(progress(el)).to.equal(`1 of ${FLIP_TOTAL} done`);
  });

  it('asks before clearing the ticks', async () => {
    const el = await fixture<LipPrepChecklist>(
      html`<lip-prep-checklist procedure="lip-blush" appointment="2026-03-20" today="2026-03-01"></lip-prep-checklist>`,
    );
    expect(button(el, /^Reset$/).disabled, 'nothing to clear yet').to.equal(true);
    await tick(el, box(el, /Caffeine/));
    await tick(el, box(el, /Alcohol/));
    await expect(el).to.be.accessible();

    button(el, /^Reset$/).click();
    await el.updateComplete;
    const group = root(el).querySelector('.confirm[role="group"]')!;
    expect(clean(group.textContent)).to.contain('Clear every tick?');
    expect(root(el).activeElement).to.equal(button(el, /Keep them/));
    await expect(el).to.be.accessible();
    button(el, /Keep them/).click();
    await el.updateComplete;
    expect(progress(el)).to.equal(`2 of ${BLUSH_TOTAL} done`);
    expect(root(el).activeElement).to.equal(button(el, /^Reset$/));

    button(el, /^Reset$/).click();
    await el.updateComplete;
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(root(el).querySelector('.confirm')).to.equal(null);

    button(el, /^Reset$/).click();
    await el.updateComplete;
    setTimeout(() => button(el, /Clear ticks/).click());
    const e = await oneEvent(el, 'change');
    expect((e as CustomEvent).detail).to.deep.equal({ done: 0, total: BLUSH_TOTAL });
    await el.updateComplete;
    expect(boxes(el).some((b) => b.checked)).to.equal(false);
    expect(progress(el)).to.equal(`0 of ${BLUSH_TOTAL} done`);
    expect(localStorage.getItem('lip-widgets:prep:lip-blush:2026-03-20')).to.equal(null);
    expect(root(el).activeElement).to.equal(boxes(el)[0]);
  });

  it('works in memory and says it is not saving when localStorage throws on access', async () => {
    const original = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    try {
      const { el } = await withStore(createStore());
      expect(clean(root(el).querySelector('[part="storage-notice"]')?.textContent)).to.match(/Not saved on this device/);
      await tick(el, box(el, /Caffeine/));
      await tick(el, box(el, /Alcohol/));
      expect(box(el, /Caffeine/).checked).to.equal(true);
      expect(progress(el)).to.equal(`2 of ${BLUSH_TOTAL} done`);
      await expect(el).to.be.accessible();
    } finally {
      Object.defineProperty(window, 'localStorage', original);
    }
    expect(Object.keys(localStorage).some((k) => k.startsWith('lip-widgets:prep:'))).to.equal(false);
  });

  it('keeps ticks in memory and says so when a write fails', async () => {
    const warn = capture('warn');
    try {
      const full = {
        getItem: () => null,
        setItem: () => {
          throw new DOMException('full', 'QuotaExceededError');
        },
        removeItem: () => {},
      } as unknown as Storage;
      const { el } = await withStore(createStore({ storage: () => full }));
      expect(root(el).querySelector('[part="storage-notice"]')).to.equal(null);
      await tick(el, box(el, /Caffeine/));
      expect(box(el, /Caffeine/).checked).to.equal(true);
      expect(progress(el)).to.equal(`1 of ${BLUSH_TOTAL} done`);
      expect(clean(root(el).querySelector('[part="storage-notice"]')?.textContent)).to.match(/Not saved on this device/);
      expect(warn.seen.length).to.equal(1);
    } finally {
      warn.restore();
    }
  });

  it('ignores corrupt stored ticks', async () => {
    localStorage.setItem('lip-widgets:prep:lip-flip:2026-03-20', '{"v":2,"data":{"__proto__":{"x":1},"0":"thinners"}}');
    const el = await fixture<LipPrepChecklist>(
      html`<lip-prep-checklist procedure="lip-flip" appointment="2026-03-20" today="2026-03-01"></lip-prep-checklist>`,
    );
    expect(progress(el)).to.equal(`0 of ${FLIP_TOTAL} done`);
    expect(({} as { x?: number }).x).to.equal(undefined);
  });

  it('keeps two instances in sync', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <lip-prep-checklist procedure="lip-flip" appointment="2026-03-20" today="2026-03-01"></lip-prep-checklist>
      <lip-prep-checklist procedure="lip-flip" appointment="2026-03-20" today="2026-03-01"></lip-prep-checklist>
    </div>`);
    const [a, b] = [...wrap.querySelectorAll('lip-prep-checklist')];
    await a.updateComplete;
    await tick(a, boxes(a)[0]);
    await b.updateComplete;
    expect(boxes(b)[0].checked).to.equal(true);
    expect(progress(b)).to.equal(`1 of ${FLIP_TOTAL} done`);
  });

  it('keeps one subscription to its ticks when moved around the page', async () => {
    const inner = createStore();
    let live = 0;
    const store: Store = {
      ...inner,
      get persistent() {
        return inner.persistent;
      },
      subscribe(key, listener) {
        if (!key.startsWith('prep:')) return inner.subscribe(key, listener);
        live++;
        const off = inner.subscribe(key, listener);
        return () => {
          live--;
          off();
        };
      },
    };
    const { el, wrap } = await withStore(store, 'lip-flip');
    expect(live).to.equal(1);
    for (let i = 0; i < 3; i++) {
      el.remove();
      expect(live).to.equal(0);
      wrap.append(el);
      await el.updateComplete;
    }
    expect(live).to.equal(1);
    const other = await fixture<LipPrepChecklist>(
      html`<lip-prep-checklist procedure="lip-flip" appointment="2026-03-20" today="2026-03-01"></lip-prep-checklist>`,
    );
    (other as unknown as { store: Store }).store = store;
    other.requestUpdate();
    await other.updateComplete;
    await tick(other, boxes(other)[0]);
    await el.updateComplete;
    expect(progress(el), 'hears ticks made elsewhere').to.equal(`1 of ${FLIP_TOTAL} done`);
  });

  it('marks an unticked item whose time has passed gently', async () => {
    const el = await fixture<LipPrepChecklist>(
      html`<lip-prep-checklist procedure="lip-blush" appointment="2026-03-20" today="2026-03-01"></lip-prep-checklist>`,
    );
    const wait = itemOf(box(el, /4 weeks/));
    const late = wait.querySelector<HTMLElement>('.late')!;
    expect(clean(late.textContent)).to.equal('time has passed');
    expect(root(el).querySelectorAll('.late').length, 'only the wait is past on 1 Mar').to.equal(1);
    const meta = getComputedStyle(wait.querySelector('.meta')!);
    expect(getComputedStyle(late).color, 'muted, like the other notes').to.equal(meta.color);
    expect(getComputedStyle(late).fontWeight).to.equal('400');
    await tick(el, box(el, /4 weeks/));
    expect(wait.querySelector('.late')).to.equal(null);
  });

  it('after the appointment: says it was on that day and marks nothing late', async () => {
    const el = await fixture<LipPrepChecklist>(
      html`<lip-prep-checklist procedure="lip-blush" appointment="2026-03-20" today="2026-03-25"></lip-prep-checklist>`,
    );
    expect(clean(root(el).textContent)).to.contain('Your appointment was on Friday, March 20, 2026');
    expect(root(el).querySelectorAll('.late').length).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('prints every item with its box, the procedure and the date, and no buttons', async function (this: Mocha.Context) {
    const el = await fixture<LipPrepChecklist>(html`<lip-prep-checklist procedure="lip-blush" today="2026-03-01"></lip-prep-checklist>`);
    // a saved date: the "Change date" button shows on screen
    el.appointment = '2026-03-20';
    await el.updateComplete;
    (el as unknown as { studio: object }).studio = { name: 'Studio Rosa', procedures, problems: [] };
    await el.updateComplete;
    const studio = [...root(el).querySelectorAll<HTMLElement>('p')].find((p) => p.textContent === 'Studio Rosa')!;
    expect(getComputedStyle(studio).display, 'print only').to.equal('none');
    if (!(await printMedia(true))) this.skip(); // no print emulation over WebDriver BiDi
    try {
      const buttons = [...root(el).querySelectorAll('button')];
      expect(buttons.length).to.be.at.least(2);
      for (const b of buttons) expect(getComputedStyle(b).display, clean(b.textContent)).to.equal('none');
      expect(boxes(el).length).to.equal(BLUSH_TOTAL);
      for (const b of boxes(el)) {
        expect(b.checkVisibility(), labelOf(b)).to.equal(true);
        expect(b.labels![0].checkVisibility()).to.equal(true);
      }
      expect(root(el).querySelector('h2')!.checkVisibility()).to.equal(true);
      expect(studio.checkVisibility()).to.equal(true);
      const appt = [...root(el).querySelectorAll<HTMLElement>('p')].find((p) => /Appointment: /.test(p.textContent!))!;
      expect(appt.checkVisibility()).to.equal(true);
    } finally {
      await printMedia(false);
    }
    expect(getComputedStyle(button(el, /Print/)).display).to.not.equal('none');
  });

  it('hides the date form in print', async function (this: Mocha.Context) {
    const el = await fixture<LipPrepChecklist>(html`<lip-prep-checklist procedure="lip-blush" today="2026-03-01"></lip-prep-checklist>`);
    const form = root(el).querySelector('form')!;
    expect(form.checkVisibility()).to.equal(true);
    if (!(await printMedia(true))) this.skip(); // no print emulation over WebDriver BiDi
    try {
      expect(form.checkVisibility()).to.equal(false);
    } finally {
      await printMedia(false);
    }
  });

  it('prints from its button, and survives a missing or blocked print()', async () => {
    const el = await fixture<LipPrepChecklist>(
      html`<lip-prep-checklist procedure="lip-flip" appointment="2026-03-20" today="2026-03-01"></lip-prep-checklist>`,
    );
    const original = window.print;
    let calls = 0;
    try {
      window.print = () => void calls++;
      button(el, /Print/).click();
      expect(calls).to.equal(1);
      window.print = () => {
        throw new DOMException('blocked', 'SecurityError');
      };
      button(el, /Print/).click();
      (window as { print?: unknown }).print = undefined;
      button(el, /Print/).click();
    } finally {
      window.print = original;
    }
  });

  it('says so for an unknown procedure, and names it in the console', async () => {
    const err = capture('error');
    try {
      const el = await fixture<LipPrepChecklist>(
        html`<lip-prep-checklist procedure="lip-plumper" appointment="2026-03-20"></lip-prep-checklist>`,
      );
      expect(clean(root(el).querySelector('.notice')!.textContent)).to.contain('lip-plumper');
      expect(boxes(el).length).to.equal(0);
      expect(err.seen.some((m) => m.includes('"lip-plumper"'))).to.equal(true);
      await expect(el).to.be.accessible();
    } finally {
      err.restore();
    }
  });

  it('says so for a bad appointment, and still lists the items without dates', async () => {
    const err = capture('error');
    try {
      const el = await fixture<LipPrepChecklist>(
        html`<lip-prep-checklist procedure="lip-flip" appointment="2026-02-30" today="2026-03-01"></lip-prep-checklist>`,
      );
      expect(clean(root(el).querySelector('.notice')!.textContent)).to.contain('2026-02-30');
      expect(boxes(el).length).to.equal(FLIP_TOTAL);
      expect(root(el).querySelector('time')).to.equal(null);
      expect(clean(root(el).textContent)).to.not.match(/Invalid Date|NaN/);
      expect(err.seen.some((m) => m.includes('2026-02-30'))).to.equal(true);
      await expect(el).to.be.accessible();
    } finally {
      err.restore();
    }
  });

  it("lists a studio's own procedure, marking its own items as the studio's", async () => {
    const el = document.createElement('lip-prep-checklist');
    el.setAttribute('procedure', 'brow-tint');
    el.setAttribute('appointment', '2026-03-20');
    el.setAttribute('today', '2026-03-01');
    el.setAttribute('lang', 'en-GB');
    el.catalog = {
      ...procedures,
      'brow-tint': {
        id: 'brow-tint',
        name: 'Brow tint',
        summary: [],
        prep: [
          { id: 'patch', kind: 'do', group: 'days-before', daysBefore: { min: 2, max: 2 }, text: 'Patch test', cite: [], studio: true },
        ],
      },
    };
    await fixture(html`<div>${el}</div>`);
    await el.updateComplete;
    expect(labelOf(boxes(el)[0])).to.equal('Patch test');
    expect(clean(itemOf(boxes(el)[0]).textContent)).to.contain('(per your studio)');
    expect(clean(root(el).querySelector('legend')!.textContent)).to.equal('Days before · from 18 Mar');
  });

  it("inside <lip-studio>: the studio's own step, per the studio, and its name on the printout", async function (this: Mocha.Context) {
    const studio = await fixture<HTMLElement>(html`<lip-studio name="Studio Rosa">
      <script type="application/json">
        { "procedures": { "lip-flip": { "prep": { "add": [{ "id": "consult", "kind": "do", "group": "weeks-before", "daysBefore": { "min": 14, "max": 14 }, "text": "Book your consultation" }] } } } }
      </script>
      <lip-prep-checklist procedure="lip-flip" appointment="2026-03-20" today="2026-03-01" lang="en-GB"></lip-prep-checklist>
    </lip-studio>`);
    const el = studio.querySelector('lip-prep-checklist')!;
    await el.updateComplete;
    const own = box(el, /consultation/);
    expect(clean(itemOf(own).textContent)).to.contain('(per Studio Rosa)');
    expect(itemOf(own).querySelector('.refs')).to.equal(null);
    expect(own.closest('fieldset')!.querySelector('legend')!.textContent).to.contain('before 20 Mar');
    expect(clean(itemOf(own).querySelector('time')!.textContent)).to.equal('from 6 Mar (2 weeks before)');
    expect(progress(el)).to.equal(`0 of ${FLIP_TOTAL + 1} done`);
    const name = [...root(el).querySelectorAll<HTMLElement>('.print-only')].find((p) => p.textContent === 'Studio Rosa')!;
    expect(name.checkVisibility()).to.equal(false);
    if (!(await printMedia(true))) this.skip(); // no print emulation over WebDriver BiDi
    try {
      expect(name.checkVisibility()).to.equal(true);
    } finally {
      await printMedia(false);
    }
    await expect(el).to.be.accessible();
  });

  it('hides the markers and sources with no-sources, and shows the disclaimer', async () => {
    const el = await fixture<LipPrepChecklist>(html`<lip-prep-checklist procedure="lip-flip" no-sources></lip-prep-checklist>`);
    expect(root(el).querySelector('.refs')).to.equal(null);
    expect(root(el).querySelector('.sources')).to.equal(null);
    expect(clean(root(el).querySelector('.disclaimer')!.textContent)).to.match(/not medical advice/);
  });
});

describe('<lip-prep-checklist> design: print alone, tick boxes, tap targets, reflow', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  const boxSizes = (el: LipPrepChecklist) =>
    [...root(el).querySelectorAll('.tick-box')]
      .map((b) => b.getBoundingClientRect())
      .map((r) => [Math.round(r.width * 10) / 10, Math.round(r.height * 10) / 10]);

  it('Print from its button prints the checklist alone, not the host page; the page prints whole again afterwards', async function (this: Mocha.Context) {
    const page = await fixture<HTMLDivElement>(html`<div>
      <header><h1>Studio Rosa</h1><nav><a href="#">Home</a></nav></header>
      <main>
        <p class="host-text">Host page text that must not print.</p>
        <section><lip-prep-checklist procedure="lip-flip" appointment="2026-03-20" today="2026-03-01"></lip-prep-checklist></section>
        <p class="host-after">More host text.</p>
      </main>
    </div>`);
    const el = page.querySelector('lip-prep-checklist')!;
    await el.updateComplete;
    const hostParts = [...page.querySelectorAll<HTMLElement>('header, .host-text, .host-after')];
    const original = window.print;
    let calls = 0;
    window.print = () => void calls++;
    try {
      button(el, /Print/).click();
    } finally {
      window.print = original;
    }
    expect(calls).to.equal(1);
    if (!(await printMedia(true))) {
      window.dispatchEvent(new Event('afterprint'));
      this.skip(); // no print emulation over WebDriver BiDi
    }
    try {
      for (const p of hostParts) expect(p.checkVisibility(), p.localName).to.equal(false);
      expect(el.checkVisibility()).to.equal(true);
      for (const b of boxes(el)) expect(b.checkVisibility()).to.equal(true);
      expect(root(el).querySelector('.title')!.checkVisibility()).to.equal(true);
      window.dispatchEvent(new Event('afterprint'));
      for (const p of hostParts) expect(p.checkVisibility(), `${p.localName} after printing`).to.equal(true);
    } finally {
      await printMedia(false);
    }
    expect(el.hasAttribute('data-lip-printing')).to.equal(false);
  });

  it('a blocked print() leaves the page as it was', async () => {
    const el = await fixture<LipPrepChecklist>(
      html`<lip-prep-checklist procedure="lip-flip" appointment="2026-03-20" today="2026-03-01"></lip-prep-checklist>`,
    );
    const original = window.print;
    const sheets = document.adoptedStyleSheets.length;
    window.print = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    try {
      button(el, /Print/).click();
    } finally {
      window.print = original;
    }
    expect(el.hasAttribute('data-lip-printing')).to.equal(false);
    expect(document.adoptedStyleSheets.length).to.equal(sheets);
  });

  it('has its title with and without a date, at the heading level asked for', async function (this: Mocha.Context) {
    this.timeout(20000); // axe on a busy machine
    const none = await fixture<LipPrepChecklist>(html`<lip-prep-checklist procedure="lip-blush" today="2026-03-01"></lip-prep-checklist>`);
    expect(clean(root(none).querySelector('h2.title')!.textContent)).to.equal('Lip blush: getting ready');
    const deep = await fixture<LipPrepChecklist>(
      html`<lip-prep-checklist procedure="lip-blush" appointment="2026-03-20" today="2026-03-01" heading-level="3"></lip-prep-checklist>`,
    );
    expect(clean(root(deep).querySelector('h3.title')!.textContent)).to.equal('Lip blush: getting ready');
    expect(root(deep).querySelector('h2')).to.equal(null);
    await expect(deep).to.be.accessible();
  });

  it('groups as cards with their date at the inline end of the legend', async () => {
    await setViewport({ width: 390, height: 800 });
    const el = await fixture<LipPrepChecklist>(
      html`<lip-prep-checklist procedure="lip-flip" appointment="2026-03-20" today="2026-03-01" lang="en-GB"></lip-prep-checklist>`,
    );
    const fieldset = [...root(el).querySelectorAll('fieldset')].find((f) => /Days before/.test(f.textContent!))!;
    const name = fieldset.querySelector('.group-name')!.getBoundingClientRect();
    const due = fieldset.querySelector('.group-due')!.getBoundingClientRect();
    const card = fieldset.getBoundingClientRect();
    expect(Math.abs(name.top - due.top)).to.be.below(8);
    expect(card.right - due.right).to.be.below(24);
    expect(due.left).to.be.greaterThan(name.right);
  });

  it('tick boxes: the same size on every item whatever its wrap, in English and Italian, at 320 px and at 200 % text', async () => {
    await setViewport({ width: 320, height: 640 });
    const en = await fixture<LipPrepChecklist>(
      html`<lip-prep-checklist procedure="lip-blush" appointment="2026-03-20" today="2026-03-01"></lip-prep-checklist>`,
    );
    const it = await fixture<LipPrepChecklist>(
      html`<lip-prep-checklist procedure="lip-blush" appointment="2026-03-20" today="2026-03-01" lang="it"></lip-prep-checklist>`,
    );
    const heights = [...root(en).querySelectorAll('.tick-text label')].map((l) => l.getClientRects().length);
    expect(Math.max(...heights), 'some labels wrap').to.be.greaterThan(1);
    const sizes = [...boxSizes(en), ...boxSizes(it)];
    expect(sizes.length).to.equal(2 * BLUSH_TOTAL);
    for (const s of sizes) {
      expect(s).to.deep.equal(sizes[0]);
      expect(Math.min(...s)).to.be.at.least(24);
    }
    const big = await fixture<LipPrepChecklist>(
      html`<lip-prep-checklist procedure="lip-blush" appointment="2026-03-20" today="2026-03-01" style="font-size: 200%"></lip-prep-checklist>`,
    );
    const large = boxSizes(big);
    for (const s of large) {
      expect(s).to.deep.equal(large[0]);
      expect(s[0]).to.be.at.least(sizes[0][0] * 1.9);
    }
  });

  it('every control is at least 24 × 24 px (inline source markers excepted), at 320 px, with and without a date', async () => {
    await setViewport({ width: 320, height: 640 });
    for (const el of [
      await fixture<LipPrepChecklist>(
        html`<lip-prep-checklist procedure="lip-blush" appointment="2026-03-20" today="2026-03-01"></lip-prep-checklist>`,
      ),
      await fixture<LipPrepChecklist>(html`<lip-prep-checklist procedure="lip-blush" today="2026-03-01"></lip-prep-checklist>`),
    ]) {
      const controls = [...root(el).querySelectorAll<HTMLElement>('button, input, a, select, summary')].filter(
        (c) => !c.closest('.refs, .sources') && c.checkVisibility(),
      );
      expect(controls.length).to.be.greaterThan(BLUSH_TOTAL);
      for (const c of controls) {
        const r = c.getBoundingClientRect();
        expect(Math.min(r.width, r.height), `${c.localName} ${clean(c.textContent) || c.id}`).to.be.at.least(24);
      }
    }
  });

  for (const width of [320, 390, 768, 1280]) {
    it(`no horizontal overflow at ${width} px; the bar on one row or tidily wrapped`, async () => {
      await setViewport({ width, height: 800 });
      for (const lang of ['en', 'it']) {
        const el = await fixture<LipPrepChecklist>(
          html`<lip-prep-checklist procedure="lip-blush" appointment="2026-03-20" today="2026-03-01" lang=${lang}></lip-prep-checklist>`,
        );
        await tick(el, box(el, /Caffe/));
        const base = root(el).querySelector('.base')!;
        expect(document.documentElement.scrollWidth, lang).to.be.at.most(window.innerWidth);
        expect(base.scrollWidth, lang).to.be.at.most(base.clientWidth);
        for (const n of root(el).querySelectorAll('*')) {
          const r = n.getBoundingClientRect();
          if (r.width) expect(r.right, `${lang} ${n.localName}.${n.className}`).to.be.at.most(window.innerWidth + 0.5);
        }
        // the buttons share one row, at the inline end
        const buttons = [...root(el).querySelectorAll('.bar button')].map((b) => b.getBoundingClientRect());
        expect(new Set(buttons.map((r) => Math.round(r.top))).size, lang).to.equal(1);
        el.remove();
      }
    });
  }
});
