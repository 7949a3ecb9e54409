import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import sinon from 'sinon';
import '../../src/register.js';
import type { LipTouchupTimeline } from '../../src/components/lip-touchup-timeline/lip-touchup-timeline.js';
import { createStore } from '../../src/core/storage.js';
import { procedures } from '../../src/data/procedures.js';
import { setTimeZone } from '../support/env.js';

type El = LipTouchupTimeline;

function capture(level: 'error' | 'warn') {
  const seen: string[] = [];
  const original = console[level];
  console[level] = (...args: unknown[]) => void seen.push(args.map(String).join(' '));
  return { seen, restore: () => (console[level] = original) };
}

const root = (el: El) => el.shadowRoot!;
const text = (n: Element | ShadowRoot | null) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
const item = (el: El, id: string) => root(el).querySelector<HTMLLIElement>(`li[data-id="${id}"]`)!;
/** Each window of an event as [data-start, data-end]. */
const windows = (el: El, id: string) =>
  [...item(el, id).querySelectorAll('.win')].map((w) => [w.getAttribute('data-start'), w.getAttribute('data-end')]);
const labels = (el: El) => [...root(el).querySelectorAll('ol[part="list"] > li')].map((li) => text(li.querySelector('.label')));
const exportButton = (el: El) => root(el).querySelector<HTMLButtonElement>('button[part="export"]');

/** iCalendar start dates, as ical.js reads them. */
function starts(ics: string): string[] {
  const cal = new ICAL.Component(ICAL.parse(ics));
  return cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v).startDate.toString());
}

async function tabTo(el: El, target: Element, max = 40): Promise<boolean> {
  // Start from a known place just before the widget (Firefox resumes from a removed node otherwise).
  const start = document.createElement('button');
  start.textContent = 'start';
  el.before(start);
  start.focus();
  try {
    for (let i = 0; i < max; i++) {
      await sendKeys({ press: 'Tab' });
      if (root(el).activeElement === target) return true;
    }
    return false;
  } finally {
    start.remove();
  }
}

describe('<lip-touchup-timeline>', () => {
  beforeEach(() => {
    for (const k of Object.keys(localStorage)) if (k.startsWith('lip-widgets:')) localStorage.removeItem(k);
  });

  it('is accessible without a date', async function () {
    // the page's first axe run loads the engine: seconds on a busy machine
    this.timeout(20000);
    const el = await fixture<El>(html`<lip-touchup-timeline procedure="lip-blush" today="2026-03-08"></lip-touchup-timeline>`);
    await expect(el).to.be.accessible();
  });

  it('is accessible with a date', async function () {
    // axe walks every mark of the picture: seconds on a busy machine
    this.timeout(20000);
    const el = await fixture<El>(
      html`<lip-touchup-timeline procedure="lip-blush" appointment="2026-03-02" today="2026-04-20"></lip-touchup-timeline>`,
    );
    await expect(el).to.be.accessible();
  });

  it('is an ordered list named after the procedure, one item per event, each cited', async () => {
    const el = await fixture<El>(
      html`<lip-touchup-timeline procedure="lip-blush" appointment="2026-03-02" today="2026-02-20"></lip-touchup-timeline>`,
    );
    const ol = root(el).querySelector('ol')!;
    expect(text(root(el).getElementById(ol.getAttribute('aria-labelledby')!))).to.equal('Lip blush: timeline and touch-ups');
    expect(labels(el)).to.deep.equal([
      'Today',
      'Your appointment',
      procedures['lip-blush'].upkeep![0].text,
      'Healed',
      procedures['lip-blush'].upkeep![1].text,
      'Results fade',
      procedures['lip-blush'].upkeep![2].text,
    ]);
    for (const li of root(el).querySelectorAll('li[data-id]')) {
      expect(li.querySelectorAll('.refs .ref').length, text(li)).to.be.greaterThan(0);
    }
    expect(new Set([...root(el).querySelectorAll('.ref')].map((m) => m.textContent)).size, 'sources cited').to.be.greaterThan(1);
    expect(text(root(el).querySelector('.disclaimer'))).to.match(/not medical advice/);
  });

  describe('acceptance dates on 2026-03-02', () => {
    it('lip blush: refinement, healed, booster (counted from the appointment) and fading bands', async () => {
      const el = await fixture<El>(
        html`<lip-touchup-timeline procedure="lip-blush" appointment="2026-03-02" today="2026-03-02"></lip-touchup-timeline>`,
      );
      expect(windows(el, 'upkeep-refinement')).to.deep.equal([['2026-04-02', '2026-04-02']]);
      expect(windows(el, 'recovery')).to.deep.equal([['2026-04-13', '2026-04-27']]);
      expect(text(item(el, 'recovery'))).to.contain('between Apr 13 and Apr 27, 2026');
      expect(windows(el, 'upkeep-booster')).to.deep.equal([['2027-03-02', '2027-03-02']]);
      expect(text(item(el, 'upkeep-booster'))).to.contain('counted from your appointment');
      const fade = windows(el, 'lasts');
      expect(fade).to.have.length(3);
      expect(fade.map(([a]) => a!).sort()[0]).to.equal('2026-09-02');
      expect(fade.every(([, b]) => b! <= '2031-03-02')).to.equal(true);
      expect(fade.some(([, b]) => b === '2031-03-02')).to.equal(true);
      // each band carries its own source marker
      for (const w of item(el, 'lasts').querySelectorAll('.win')) expect(w.querySelectorAll('.refs .ref').length).to.equal(1);
      expect(item(el, 'lasts').querySelectorAll('.band').length).to.equal(3);
    });

    it('lip flip: full effect 2026-03-12…16, wearing off 2026-04-27…05-25 and the 2–3 months band to 2026-06-02', async () => {
      const el = await fixture<El>(
        html`<lip-touchup-timeline procedure="lip-flip" appointment="2026-03-02" today="2026-03-02"></lip-touchup-timeline>`,
      );
      expect(windows(el, 'recovery')).to.deep.equal([['2026-03-12', '2026-03-16']]);
      expect(text(item(el, 'recovery'))).to.contain('Full effect');
      expect(windows(el, 'lasts')).to.deep.equal([
        ['2026-04-27', '2026-05-25'],
        ['2026-05-02', '2026-06-02'],
      ]);
      expect(text(item(el, 'upkeep-repeat'))).to.contain('when the effect wears off');
    });

    it('lip filler: massage week, touch-up window 2026-06-02…2027-03-02', async () => {
      const el = await fixture<El>(
        html`<lip-touchup-timeline procedure="lip-filler" appointment="2026-03-02" today="2026-03-02"></lip-touchup-timeline>`,
      );
      expect(windows(el, 'recovery')).to.deep.equal([['2026-03-02', '2026-03-08']]);
      expect(text(item(el, 'recovery'))).to.contain('Massage week');
      expect(windows(el, 'upkeep-touch-up')[0]).to.deep.equal(['2026-06-02', '2027-03-02']);
      expect(text(item(el, 'upkeep-touch-up'))).to.contain('between Jun 2, 2026 and Mar 2, 2027');
    });
  });

  it('without a date shows relative times, no dates, the date input and no export', async () => {
    const el = await fixture<El>(html`<lip-touchup-timeline procedure="lip-blush" today="2026-03-08"></lip-touchup-timeline>`);
    expect(text(item(el, 'recovery'))).to.contain('6–8 weeks after your appointment');
    expect(text(item(el, 'upkeep-refinement'))).to.contain('1 month after your appointment');
    expect(root(el).querySelectorAll('[data-start], .today, .when, .done').length).to.equal(0);
    expect(root(el).querySelector('input[type="date"]')).to.not.equal(null);
    expect(exportButton(el)).to.equal(null);
    expect(text(root(el))).to.not.match(/2000|Invalid|NaN/);
  });

  it('marks past events done, the current one now, and puts the today marker in between', async () => {
    const el = await fixture<El>(
      html`<lip-touchup-timeline procedure="lip-blush" appointment="2026-03-02" today="2026-04-20"></lip-touchup-timeline>`,
    );
    const lis = [...root(el).querySelectorAll('ol[part="list"] > li')];
    const today = lis.findIndex((li) => li.classList.contains('today'));
    expect(lis[today].getAttribute('aria-current')).to.equal('date');
    expect(text(lis[today])).to.equal('Today Apr 20, 2026');
    expect(lis.slice(0, today).map((li) => li.getAttribute('data-id'))).to.deep.equal([
      'start',
      'upkeep-refinement',
      'recovery',
      'upkeep-check-up',
    ]);
    expect(item(el, 'upkeep-refinement').classList.contains('done')).to.equal(true);
    expect(text(item(el, 'upkeep-refinement'))).to.contain('Done');
    expect(item(el, 'recovery').classList.contains('now')).to.equal(true);
    expect(text(item(el, 'recovery'))).to.contain('Now');
    expect(item(el, 'lasts').classList.contains('done')).to.equal(false);
  });

  it('puts the today marker last when every event has started', async () => {
    const el = await fixture<El>(
      html`<lip-touchup-timeline procedure="lip-flip" appointment="2026-03-02" today="2026-07-01"></lip-touchup-timeline>`,
    );
    const lis = [...root(el).querySelectorAll('ol[part="list"] > li')];
    expect(lis.at(-1)!.classList.contains('today')).to.equal(true);
    expect(lis.slice(0, -1).every((li) => li.classList.contains('done'))).to.equal(true);
    expect(exportButton(el)).to.equal(null);
  });

  describe('calendar export', () => {
    let clock: sinon.SinonFakeTimers | undefined;
    afterEach(() => {
      clock?.restore();
      clock = undefined;
      sinon.restore();
    });

    it('downloads the .ics through a revoked object URL and fires lip-calendar-export', async () => {
      const el = await fixture<El>(
        html`<lip-touchup-timeline procedure="lip-blush" appointment="2026-03-02" today="2026-03-02"></lip-touchup-timeline>`,
      );
      let blob: Blob | undefined;
      const create = sinon.stub(URL, 'createObjectURL').callsFake((b) => {
        blob = b as Blob;
        return 'blob:timeline-test';
      });
      const revoke = sinon.stub(URL, 'revokeObjectURL');
      const clicked: HTMLAnchorElement[] = [];
      sinon.stub(HTMLAnchorElement.prototype, 'click').callsFake(function (this: HTMLAnchorElement) {
        clicked.push(this);
      });
      clock = sinon.useFakeTimers({ now: new Date(Date.UTC(2026, 2, 2, 10)), toFake: ['Date'] });
      const fired = oneEvent(el, 'lip-calendar-export');
      exportButton(el)!.click();
      const e = await fired;
      expect(e.detail).to.deep.equal({ count: 3, filename: 'lip-blush-2026-03-02.ics' });
      expect(e.bubbles && e.composed).to.equal(true);
      expect(create.calledOnce).to.equal(true);
      expect(clicked).to.have.length(1);
      expect(clicked[0].download).to.equal('lip-blush-2026-03-02.ics');
      expect(clicked[0].href).to.equal('blob:timeline-test');
      expect(blob!.type).to.equal('text/calendar;charset=utf-8');
      const ics = await blob!.text();
      expect(ics).to.equal(el.toICS());
      expect(starts(ics)).to.deep.equal(['2026-04-02', '2026-04-13', '2027-03-02']);
      await aTimeout(5);
      expect(revoke.calledOnceWith('blob:timeline-test')).to.equal(true);
    });

    for (const zone of ['Pacific/Auckland', 'America/Los_Angeles']) {
      for (const [h, m, s] of [
        [0, 0, 30],
        [23, 59, 30],
      ]) {
        it(`toICS() gives the acceptance dates in ${zone} at ${h}:${m}:${s}, today from the clock`, async function () {
          await setTimeZone(zone, this);
          try {
            clock = sinon.useFakeTimers({ now: new Date(2026, 2, 2, h, m, s), toFake: ['Date'] });
            const blush = await fixture<El>(
              html`<lip-touchup-timeline procedure="lip-blush" appointment="2026-03-02"></lip-touchup-timeline>`,
            );
            const flip = await fixture<El>(
              html`<lip-touchup-timeline procedure="lip-flip" appointment="2026-03-02"></lip-touchup-timeline>`,
            );
            const filler = await fixture<El>(
              html`<lip-touchup-timeline procedure="lip-filler" appointment="2026-03-02"></lip-touchup-timeline>`,
            );
            expect(starts(blush.toICS())).to.deep.equal(['2026-04-02', '2026-04-13', '2027-03-02']);
            expect(starts(flip.toICS())).to.deep.equal(['2026-04-27']);
            expect(starts(filler.toICS())).to.deep.equal(['2026-06-02']);
            expect(text(root(blush).querySelector('.today'))).to.equal('Today Mar 2, 2026');
            expect(windows(blush, 'upkeep-refinement')).to.deep.equal([['2026-04-02', '2026-04-02']]);
          } finally {
            clock?.restore();
            clock = undefined;
            await setTimeZone(undefined);
          }
        });
      }
    }

    it('toICS() is an empty calendar without a date', async () => {
      const el = await fixture<El>(html`<lip-touchup-timeline procedure="lip-blush" today="2026-03-08"></lip-touchup-timeline>`);
      expect(starts(el.toICS())).to.deep.equal([]);
      expect(el.toICS()).to.match(/^BEGIN:VCALENDAR\r\n/);
    });
  });

  describe('keyboard', () => {
    it('reaches the date input, then after saving the export button', async () => {
      const el = await fixture<El>(html`<lip-touchup-timeline procedure="lip-filler" today="2026-03-08"></lip-touchup-timeline>`);
      const input = root(el).querySelector('input[type="date"]')!;
      expect(await tabTo(el, input)).to.equal(true);
      (input as HTMLInputElement).value = '2026-03-02';
      const changed = oneEvent(el, 'lip-appointment-change');
      root(el).querySelector<HTMLButtonElement>('.date-form button[type="submit"]')!.click();
      expect((await changed).detail).to.deep.equal({ procedure: 'lip-filler', appointment: '2026-03-02' });
      await el.updateComplete;
      expect(windows(el, 'upkeep-touch-up')[0]).to.deep.equal(['2026-06-02', '2027-03-02']);
      expect(await tabTo(el, exportButton(el)!)).to.equal(true);
      const fired = oneEvent(el, 'lip-calendar-export');
      const click = sinon.stub(HTMLAnchorElement.prototype, 'click');
      try {
        await sendKeys({ press: 'Enter' });
        expect((await fired).detail.count).to.equal(1);
      } finally {
        click.restore();
      }
    });

    it('reaches the export button when the date comes from the attribute', async () => {
      const el = await fixture<El>(
        html`<lip-touchup-timeline procedure="lip-blush" appointment="2026-03-02" today="2026-03-08"></lip-touchup-timeline>`,
      );
      expect(root(el).querySelector('input')).to.equal(null);
      expect(await tabTo(el, exportButton(el)!)).to.equal(true);
    });
  });

  it('keeps the client’s date for the next visit and shares it per procedure', async () => {
    const first = await fixture<El>(html`<lip-touchup-timeline procedure="lip-flip" today="2026-03-08"></lip-touchup-timeline>`);
    root(first).querySelector<HTMLInputElement>('input[type="date"]')!.value = '2026-03-02';
    root(first).querySelector<HTMLButtonElement>('.date-form button[type="submit"]')!.click();
    first.remove();
    const again = await fixture<El>(html`<lip-touchup-timeline procedure="lip-flip" today="2026-03-08"></lip-touchup-timeline>`);
    expect(windows(again, 'recovery')).to.deep.equal([['2026-03-12', '2026-03-16']]);
    expect(root(again).querySelector('button[part="change-date"]')).to.not.equal(null);
    const other = await fixture<El>(html`<lip-touchup-timeline procedure="lip-blush" today="2026-03-08"></lip-touchup-timeline>`);
    expect(root(other).querySelector('[data-start]')).to.equal(null);
  });

  it('fires no event when properties change, and re-renders with the new date', async () => {
    const el = await fixture<El>(html`<lip-touchup-timeline procedure="lip-blush" today="2026-03-08"></lip-touchup-timeline>`);
    let events = 0;
    for (const type of ['lip-calendar-export', 'lip-appointment-change', 'change']) el.addEventListener(type, () => events++);
    el.appointment = '2026-03-02';
    el.procedure = 'lip-filler';
    await el.updateComplete;
    expect(windows(el, 'upkeep-touch-up')[0]).to.deep.equal(['2026-06-02', '2027-03-02']);
    expect(events).to.equal(0);
  });

  it('says so in the widget and the console for an unknown procedure', async () => {
    const err = capture('error');
    try {
      const el = await fixture<El>(html`<lip-touchup-timeline procedure="lip-plumper" appointment="2026-03-02"></lip-touchup-timeline>`);
      expect(text(root(el).querySelector('.notice'))).to.contain('lip-plumper');
      expect(root(el).querySelector('ol')).to.equal(null);
      expect(err.seen.some((m) => m.includes('"lip-plumper"'))).to.equal(true);
      await expect(el).to.be.accessible();
    } finally {
      err.restore();
    }
  });

  for (const bad of ['2026-02-30', '10/03/2026', '', '2062-03-02']) {
    it(`shows a friendly notice and relative times for appointment="${bad}"`, async () => {
      const err = capture('error');
      try {
        const el = await fixture<El>(
          html`<lip-touchup-timeline procedure="lip-blush" appointment=${bad} today="2026-03-08"></lip-touchup-timeline>`,
        );
        expect(root(el).querySelector('.notice[role="status"]')).to.not.equal(null);
        expect(text(item(el, 'recovery'))).to.contain('6–8 weeks after your appointment');
        expect(text(root(el))).to.not.match(/Invalid Date|NaN|undefined/);
        expect(root(el).querySelector('[data-start]')).to.equal(null);
        expect(exportButton(el)).to.equal(null);
        expect(err.seen.some((m) => m.includes(`"${bad}"`))).to.equal(true);
        await expect(el).to.be.accessible();
      } finally {
        err.restore();
      }
    });
  }

  it('hides markers and the source list with no-sources', async () => {
    const el = await fixture<El>(
      html`<lip-touchup-timeline procedure="lip-blush" appointment="2026-03-02" no-sources></lip-touchup-timeline>`,
    );
    expect(root(el).querySelectorAll('.refs, .sources').length).to.equal(0);
    expect(windows(el, 'recovery')).to.deep.equal([['2026-04-13', '2026-04-27']]);
  });

  it('works with a studio’s own procedure', async () => {
    const el = document.createElement('lip-touchup-timeline');
    el.catalog = {
      'brow-tint': {
        id: 'brow-tint',
        name: 'Brow tint',
        summary: [],
        lasts: [{ min: 4, max: 6, unit: 'week', cite: [], studio: true }],
        upkeep: [
          {
            id: 'top-up',
            kind: 'touch-up',
            from: 'appointment',
            text: 'Top-up',
            after: [{ min: 5, max: 5, unit: 'week', cite: [] }],
            cite: [],
          },
        ],
      },
    };
    el.procedure = 'brow-tint';
    el.appointment = '2026-03-02';
    el.today = '2026-03-02';
    // fixture() of the element itself: a plain <div> fixture waits for an animation frame, which a background tab never gets
    await fixture(html`${el}`);
    expect(labels(el)).to.deep.equal(['Your appointment', 'Today', 'Results fade', 'Top-up']);
    expect(text(item(el, 'lasts'))).to.contain('(per your studio)');
    expect(windows(el, 'upkeep-top-up')).to.deep.equal([['2026-04-06', '2026-04-06']]);
    expect(starts(el.toICS())).to.deep.equal(['2026-04-06']);
  });

  it('inside <lip-studio>: the studio’s own visit, “per Studio Rosa”, in the list and in the calendar', async () => {
    const studio = await fixture<HTMLElement>(html`<lip-studio name="Studio Rosa"
      ><script type="application/json">
        { "procedures": { "lip-flip": { "upkeep": { "check": { "text": "Check-up", "kind": "check-up", "after": { "min": 2, "max": 2, "unit": "week" } } } } } }
      </script
      ><lip-touchup-timeline procedure="lip-flip" appointment="2026-03-02" today="2026-03-02"></lip-touchup-timeline
    ></lip-studio>`);
    const el = studio.querySelector('lip-touchup-timeline')!;
    await (studio as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    await el.updateComplete;
    expect(windows(el, 'upkeep-check')).to.deep.equal([['2026-03-16', '2026-03-16']]);
    expect(text(item(el, 'upkeep-check'))).to.contain('per Studio Rosa');
    expect(item(el, 'upkeep-check').querySelector('.refs')).to.equal(null);
    // the built-in repeat keeps its sources
    expect(item(el, 'upkeep-repeat').querySelectorAll('.refs .ref').length).to.be.greaterThan(0);
    const ics = el.toICS();
    expect(starts(ics)).to.deep.equal(['2026-03-16', '2026-04-27']);
    const check = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
    expect(check.summary).to.equal('Lip flip: Check-up');
    expect(check.description).to.contain('per Studio Rosa');
    await expect(el).to.be.accessible();
  });

  it('works in memory and says so when storage is blocked', async () => {
    const el = document.createElement('lip-touchup-timeline');
    (el as unknown as { store: unknown }).store = createStore({
      storage: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    el.procedure = 'lip-blush';
    el.today = '2026-03-08';
    // fixture() of the element itself: a plain <div> fixture waits for an animation frame, which a background tab never gets
    await fixture(html`${el}`);
    expect(text(root(el).querySelector('[part="storage-notice"]'))).to.contain('Not saved');
    root(el).querySelector<HTMLInputElement>('input[type="date"]')!.value = '2026-03-02';
    root(el).querySelector<HTMLButtonElement>('.date-form button[type="submit"]')!.click();
    await el.updateComplete;
    expect(windows(el, 'upkeep-refinement')).to.deep.equal([['2026-04-02', '2026-04-02']]);
  });

  describe('layout', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));
    const rect = (n: Element) => n.getBoundingClientRect();
    const shown = (n: Element | null) => !!n && getComputedStyle(n).display !== 'none' && rect(n).width > 0;
    /** Circles and lane labels of the picture lie inside the widget's box (1 px tolerance). */
    function inside(el: El, selector: string): void {
      const box = rect(root(el).querySelector('.base')!);
      const marks = [...root(el).querySelectorAll(selector)];
      expect(marks.length, selector).to.be.greaterThan(0);
      for (const m of marks) {
        const r = rect(m);
        const where = `${m.getAttribute('class')} ${m.closest('li')?.getAttribute('data-id')}: ${JSON.stringify(r)} in ${JSON.stringify(box)}`;
        expect(r.left >= box.left - 1 && r.right <= box.right + 1 && r.top >= box.top - 1 && r.bottom <= box.bottom + 1, where).to.equal(
          true,
        );
      }
    }

    for (const procedure of ['lip-blush', 'lip-flip', 'lip-filler']) {
      it(`${procedure} at 320 px: a vertical rail, time flowing down, nothing overflowing`, async () => {
        await setViewport({ width: 320, height: 640 });
        const el = await fixture<El>(
          html`<lip-touchup-timeline procedure=${procedure} appointment="2026-03-02" today="2026-04-20"></lip-touchup-timeline>`,
        );
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
        const base = root(el).querySelector<HTMLElement>('.base')!;
        expect(base.scrollWidth).to.be.at.most(base.clientWidth);
        expect(shown(root(el).querySelector('.rail'))).to.equal(true);
        expect(shown(root(el).querySelector('.lanes'))).to.equal(false);
        expect(shown(root(el).querySelector('.axis'))).to.equal(false);
        // one anchor per item, each below the one before, all on one vertical axis
        const anchors = [...root(el).querySelectorAll('ol[part="list"] > li')].map((li) => rect(li.querySelector('.rail circle.anchor')!));
        for (let i = 1; i < anchors.length; i++) {
          expect(anchors[i].top).to.be.greaterThan(anchors[i - 1].top);
          expect(Math.abs(anchors[i].left + anchors[i].width / 2 - (anchors[0].left + anchors[0].width / 2))).to.be.below(1);
        }
        // the text sits beside the axis
        const li = root(el).querySelector('ol[part="list"] > li')!;
        expect(rect(li.querySelector('.entry')!).left).to.be.greaterThan(rect(li.querySelector('.rail circle.anchor')!).right);
        // the entry's text is not boxed: no card border around text that has no padding to it
        expect(getComputedStyle(li.querySelector('.entry')!).borderInlineStartWidth).to.equal('0px');
        inside(el, '.rail circle');
        // a date never breaks inside
        for (const nw of root(el).querySelectorAll('.when .nw')) expect(rect(nw).height, nw.textContent!).to.be.below(30);
      });

      it(`${procedure} at 1280 px: one row per event on a shared horizontal axis, nothing overflowing`, async () => {
        await setViewport({ width: 1280, height: 800 });
        const el = await fixture<El>(
          html`<lip-touchup-timeline procedure=${procedure} appointment="2026-03-02" today="2026-04-20"></lip-touchup-timeline>`,
        );
        expect(document.documentElement.scrollWidth).to.be.at.most(1280);
        expect(shown(root(el).querySelector('.rail'))).to.equal(false);
        expect(shown(root(el).querySelector('.lanes'))).to.equal(true);
        expect(shown(root(el).querySelector('.axis'))).to.equal(true);
        const rows = [...root(el).querySelectorAll('ol[part="list"] > li[data-id]')];
        // each event's text before its lanes, and its first mark no earlier than the one before (time flows right)
        let last = -Infinity;
        for (const li of rows) {
          expect(rect(li.querySelector('.lanes')!).left).to.be.greaterThan(rect(li.querySelector('.entry')!).right);
          const first = li.querySelector('.lanes :is(circle, line.bar)')!;
          expect(rect(first).left, li.getAttribute('data-id')!).to.be.at.least(last - 1);
          last = rect(first).left;
        }
        inside(el, '.lanes circle, .lanes line.bar, .lanes text, .axis text');
        // the today line falls between the last event begun and the next one
        const todayX = rect(root(el).querySelector('li.today .lanes .today-line')!).left;
        const today = root(el).querySelector('li.today')!;
        const before = today.previousElementSibling!.querySelector('.lanes :is(circle, line.bar)')!;
        const after = today.nextElementSibling?.querySelector('.lanes :is(circle, line.bar)');
        expect(todayX).to.be.at.least(rect(before).left);
        if (after) expect(todayX).to.be.at.most(rect(after).left + 1);
      });
    }

    it('is horizontal at a 600 px container and vertical at 500 px, whatever the viewport', async () => {
      const wide = await fixture<El>(html`<lip-touchup-timeline style="width:600px" procedure="lip-blush"></lip-touchup-timeline>`);
      const narrow = await fixture<El>(html`<lip-touchup-timeline style="width:500px" procedure="lip-blush"></lip-touchup-timeline>`);
      expect(shown(root(wide).querySelector('.lanes'))).to.equal(true);
      expect(shown(root(narrow).querySelector('.rail'))).to.equal(true);
      expect(shown(root(narrow).querySelector('.lanes'))).to.equal(false);
    });
  });
});
