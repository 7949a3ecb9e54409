/**
 * Where one task would pass its budget (`LipElement.firstRenderTaskMs`, a
 * slow phone), a widget's first render comes in parts, each in a task of its
 * own: the frame and the answer first, then each part below. What is already
 * on screen never moves, `updateComplete` waits for the whole render, and
 * printing before it is whole prints it all. Where the render fits the
 * budget it comes whole in one task. The budget 0 stands in for a device on
 * which no part fits beside another: one part per task.
 */
import { expect } from '@open-wc/testing';
import { html, nothing, type LitElement } from 'lit';
import { LipElement } from '../src/components/shared/lip-element.js';
import type { SourceId } from '../src/data/types.js';
import type { SourceRef } from '../src/core/citations.js';
import '../src/lang/it.js';

const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
const daysFromToday = (n: number) => iso(new Date(Date.now() + n * 86_400_000));

const WIDGETS: { tag: string; attrs: Record<string, string>; last: string }[] = [
  { tag: 'lip-comparison-table', attrs: { procedures: 'lip-blush lip-flip lip-filler' }, last: 'details.sources' },
  { tag: 'lip-touchup-timeline', attrs: { procedure: 'lip-blush', appointment: daysFromToday(-20) }, last: 'details.sources' },
  { tag: 'lip-healing-tracker', attrs: { procedure: 'lip-blush', appointment: daysFromToday(-5) }, last: 'details.sources' },
  { tag: 'lip-prep-checklist', attrs: { procedure: 'lip-blush', appointment: daysFromToday(10) }, last: 'details.sources' },
];

/** A task counter: a message loop that ticks once between any two tasks of the page. */
function taskClock() {
  let task = 0;
  let running = true;
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    task++;
    if (running) channel.port2.postMessage(0);
  };
  channel.port2.postMessage(0);
  return {
    now: () => task,
    stop: () => {
      running = false;
      channel.port1.close();
    },
  };
}

interface Batch {
  task: number;
  elements: number;
  moved: string[];
}

/** Adds the widget to a fixed-width box and records each batch of its shadow DOM's changes until its render is whole. */
async function watchFirstRender(w: (typeof WIDGETS)[number], width: number) {
  const box = document.createElement('div');
  box.style.width = `${width}px`;
  document.body.append(box);
  const el = document.createElement(w.tag) as LitElement;
  for (const [k, v] of Object.entries(w.attrs)) el.setAttribute(k, v);
  const clock = taskClock();
  const shifts: number[] = [];
  const shiftObserver = PerformanceObserver.supportedEntryTypes.includes('layout-shift')
    ? new PerformanceObserver((list) => list.getEntries().forEach((e) => shifts.push((e as unknown as { value: number }).value)))
    : undefined;
  shiftObserver?.observe({ type: 'layout-shift' });
  box.append(el);
  const root = el.shadowRoot!;
  const batches: Batch[] = [];
  let seen = new Map<Element, DOMRect>();
  const observer = new MutationObserver(() => {
    const moved: string[] = [];
    for (const [node, rect] of seen) {
      if (!node.isConnected) continue;
      const now = node.getBoundingClientRect();
      if (Math.abs(now.top - rect.top) > 0.5 || Math.abs(now.left - rect.left) > 0.5) moved.push(`${node.localName}.${node.className}`);
    }
    const all = [...root.querySelectorAll('*')];
    seen = new Map(all.map((n) => [n, n.getBoundingClientRect()]));
    batches.push({ task: clock.now(), elements: all.length, moved });
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
  await el.updateComplete;
  const whole = root.querySelector(w.last) !== null;
  const elements = root.querySelectorAll('*').length;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  observer.disconnect();
  shiftObserver?.disconnect();
  clock.stop();
  box.remove();
  return { batches, whole, elements, shifts: shiftObserver ? shifts : undefined };
}

/** Resolves as soon as `selector` is in the widget's shadow root (in the task that drew it: the rest of the render may still be coming). */
function shownIn(el: Element, selector: string): Promise<void> {
  return new Promise((resolve) => {
    const o = new MutationObserver(() => {
      if (el.shadowRoot!.querySelector(selector)) {
        o.disconnect();
        resolve();
      }
    });
    o.observe(el.shadowRoot!, { childList: true, subtree: true });
  });
}

/**
 * A widget of later() parts, the third nested in the second, each with an
 * attribute bound to a new object every render: Lit sets the attribute (and
 * calls toString) each time it walks the part, so `walks` counts how often
 * each part was drawn.
 */
class StagedProbe extends LipElement {
  walks = [0, 0, 0];
  override render() {
    const probe = (i: number) => ({ toString: () => `p${i}-${++this.walks[i]}` });
    const part = (i: number, inner: unknown = '') => html`<div class="part" title=${probe(i)}>part ${i} ${inner}</div>`;
    return html`<p>frame</p>
      ${this.later(() => part(0))} ${this.later(() =>
        part(
          1,
          this.later(() => part(2)),
        ),
      )}`;
  }
}
if (!customElements.get('lip-staged-probe')) customElements.define('lip-staged-probe', StagedProbe);

/**
 * A widget of six later() parts (the fourth and fifth nested in the third),
 * each citing a line, with the sources' footer last. `builds` counts how
 * often each part's template was built, `listed` the sources (numbers and
 * quoted words) the footer was last given; the markers' ids show what the
 * render counted in order.
 */
class CitingProbe extends LipElement {
  builds = [0, 0, 0, 0, 0, 0];
  listed = '';
  override render() {
    const line = (i: number, source: SourceId, inner: unknown = nothing) => {
      this.builds[i]++;
      return html`<p class="part">part ${i}${this.cited({ cite: [{ source, quote: `words ${i}` }] })} ${inner}</p>`;
    };
    return html`${this.cited({ cite: [{ source: 'the-cut', quote: 'frame' }] })}
      ${this.later(() => line(0, 'harpers-bazaar'))} ${this.later(() => line(1, 'the-cut'))}
      ${this.later(() =>
        line(2, 'blush-overview', [this.later(() => line(3, 'filler-massage')), this.later(() => line(4, 'harpers-bazaar'))]),
      )}
      ${this.later(() => line(5, 'the-cut'))} ${this.later(() => this.footer())}`;
  }
  protected override sourceList(list: readonly SourceRef[]) {
    this.listed = list.map((r) => `${r.n} ${r.source.id}: ${r.quotes.join(', ')}`).join('; ');
    return super.sourceList(list);
  }
}
if (!customElements.get('lip-citing-probe')) customElements.define('lip-citing-probe', CitingProbe);

/**
 * A widget whose frame costs `frameMs` of main thread in its first render
 * (a busy wait) and whose six later() parts cost next to nothing, as a
 * widget's frame carries its one-time work and the rows after it do not.
 */
function defineCostlyFrame(tag: string, frameMs: number) {
  class CostlyFrame extends LipElement {
    override render() {
      if (!this.hasUpdated) for (const end = performance.now() + frameMs; performance.now() < end;);
      return html`<p>frame</p>
        ${[1, 2, 3, 4, 5, 6].map((i) => this.later(() => html`<p class="part">part ${i}</p>`))}`;
    }
  }
  if (!customElements.get(tag)) customElements.define(tag, CostlyFrame);
}

/** The widget's shadow DOM as markup, without Lit's comment markers. */
const markup = (el: Element) => el.shadowRoot!.innerHTML.replace(/<!--[^]*?-->/g, '');

describe('staged first render', () => {
  const budget = LipElement.firstRenderTaskMs;
  before(async () => {
    await import('../src/register.js');
  });
  beforeEach(() => {
    LipElement.firstRenderTaskMs = 0;
  });
  after(() => {
    LipElement.firstRenderTaskMs = budget;
  });

  for (const w of WIDGETS) {
    for (const width of [390, 1000]) {
      it(`${w.tag} at ${width}px: the first render comes in parts, one task each, and nothing shown moves`, async () => {
        const r = await watchFirstRender(w, width);
        // updateComplete waited for the whole render: its last part (the sources disclosure) is there.
        expect(r.whole, 'whole after updateComplete').to.equal(true);
        const tasks = new Set(r.batches.map((b) => b.task));
        expect(tasks.size, `render batches in ${tasks.size} tasks`).to.be.greaterThan(1);
        // The first part is a fraction of the whole.
        expect(r.batches[0].elements).to.be.below(r.elements);
        // Each part only adds below: nothing already laid out moved.
        expect(r.batches.flatMap((b) => b.moved)).to.deep.equal([]);
        if (r.shifts) expect(r.shifts.reduce((a, b) => a + b, 0)).to.equal(0);
      });
    }
  }

  it('printing before the render is whole renders every part at once', async () => {
    const el = document.createElement('lip-comparison-table') as LitElement;
    el.setAttribute('procedures', 'lip-blush lip-flip lip-filler');
    document.body.append(el);
    // The first part is on screen, the rows are still coming.
    await shownIn(el, 'table');
    const rowsBefore = el.shadowRoot!.querySelectorAll('tbody tr').length;
    window.dispatchEvent(new Event('beforeprint'));
    const rows = el.shadowRoot!.querySelectorAll('tbody tr').length;
    const sources = el.shadowRoot!.querySelector('details.sources ol li');
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    const rowsAfter = el.shadowRoot!.querySelectorAll('tbody tr').length;
    el.remove();
    expect(rowsBefore).to.be.below(rowsAfter);
    expect(rows).to.equal(rowsAfter);
    expect(sources).to.not.equal(null);
  });

  it('printing before the first render draws every part, and after printing the sources close again', async () => {
    const el = document.createElement('lip-comparison-table') as LitElement;
    el.setAttribute('procedures', 'lip-blush lip-flip lip-filler');
    document.body.append(el);
    // Before the widget's first render has been worked out.
    window.dispatchEvent(new Event('beforeprint'));
    const printed = markup(el);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    const root = el.shadowRoot!;
    const after = {
      rows: root.querySelectorAll('tbody tr').length,
      open: root.querySelector('details.sources')?.hasAttribute('open'),
      list: root.querySelector('details.sources ol'),
    };
    el.remove();
    expect(printed).to.contain('details class="sources"');
    expect(printed).to.contain('<ol>');
    expect(after.rows).to.be.above(3);
    expect(after.open).to.equal(false);
    expect(after.list).to.equal(null);
  });

  for (const [moment, selector] of [
    ['only its frame (the day) is on screen', '.day'],
    ["the day's lists (parts) are on screen too", '.list.avoid'],
  ]) {
    it(`a change while the first render is in parts, when ${moment}, is drawn everywhere (the tracker on another day)`, async () => {
      const el = document.createElement('lip-healing-tracker') as LitElement;
      el.setAttribute('procedure', 'lip-blush');
      el.setAttribute('appointment', daysFromToday(-5));
      document.body.append(el);
      await shownIn(el, selector);
      const partial = !el.shadowRoot!.querySelector('details.sources');
      el.setAttribute('today', daysFromToday(-2));
      await el.updateComplete;
      const changed = markup(el);
      el.remove();
      const fresh = document.createElement('lip-healing-tracker') as LitElement;
      for (const [k, v] of Object.entries({ procedure: 'lip-blush', appointment: daysFromToday(-5), today: daysFromToday(-2) }))
        fresh.setAttribute(k, v);
      document.body.append(fresh);
      await fresh.updateComplete;
      const expected = markup(fresh);
      fresh.remove();
      expect(partial, 'the render was still in parts').to.equal(true);
      expect(changed).to.match(/Day 4\b/);
      expect(changed).to.equal(expected);
    });
  }

  it('a widget moved while its first render is in parts is drawn for where it lands (its language)', async () => {
    const box = document.createElement('div');
    box.lang = 'it';
    document.body.append(box);
    const el = document.createElement('lip-comparison-table') as LitElement;
    el.setAttribute('procedures', 'lip-blush lip-flip lip-filler');
    document.body.append(el);
    await shownIn(el, 'tbody tr');
    const partial = !el.shadowRoot!.querySelector('details.sources');
    box.append(el);
    await el.updateComplete;
    const moved = markup(el);
    const fresh = document.createElement('lip-comparison-table') as LitElement;
    fresh.setAttribute('procedures', 'lip-blush lip-flip lip-filler');
    box.append(fresh);
    await fresh.updateComplete;
    const expected = markup(fresh);
    box.remove();
    expect(partial, 'the render was still in parts').to.equal(true);
    expect(moved).to.contain('Fonti');
    expect(moved).to.equal(expected);
  });

  it('a render that fits the budget comes whole in one task (after a first one has measured the parts)', async () => {
    LipElement.firstRenderTaskMs = 10_000;
    // The first render on a page measures what a part costs; it comes in two tasks (the frame, then the rest).
    await watchFirstRender(WIDGETS[0], 390);
    for (const w of WIDGETS) {
      const r = await watchFirstRender(w, 390);
      expect(r.whole, w.tag).to.equal(true);
      expect(new Set(r.batches.map((b) => b.task)).size, w.tag).to.equal(1);
    }
  });

  it("a part not yet measured is reckoned at what the parts after the frame cost, not at the frame's cost", async () => {
    // A frame of 14 ms first, drawn alone (budget 0: one part per task), so measured alone: the most any part has cost is then past the whole budget.
    defineCostlyFrame('lip-slow-frame-probe', 14);
    await watchFirstRender({ tag: 'lip-slow-frame-probe', attrs: {}, last: 'p' }, 390);
    LipElement.firstRenderTaskMs = 12;
    defineCostlyFrame('lip-forecast-probe', 8);
    const r = await watchFirstRender({ tag: 'lip-forecast-probe', attrs: {}, last: 'p' }, 390);
    const counts = r.batches.map((b) => b.elements);
    // Nothing of this class measured yet: the frame alone, then one part alone (reckoned at the most any part has cost) ...
    expect(counts.slice(0, 2)).to.deep.equal([1, 2]);
    // ... then the other five together, reckoned at what that part cost (one task each, reckoned at the frame's).
    expect(counts.at(-1)).to.equal(7);
    expect(counts.length, `elements drawn by task: ${counts.join(', ')}`).to.be.at.most(4);
    expect(new Set(r.batches.map((b) => b.task)).size).to.equal(counts.length);
  });

  it('a part already drawn is not drawn again while the later parts come', async () => {
    const el = document.createElement('lip-staged-probe') as StagedProbe;
    document.body.append(el);
    await el.updateComplete;
    const parts = el.shadowRoot!.querySelectorAll('.part').length;
    const walks = [...el.walks];
    // A change after the render is whole draws every part again.
    el.requestUpdate();
    await el.updateComplete;
    const again = [...el.walks];
    el.remove();
    expect(parts).to.equal(3);
    // Each part drawn once over a render in parts, but the second again when the part nested in it came.
    expect(walks).to.deep.equal([1, 2, 1]);
    expect(again).to.deep.equal([2, 3, 2]);
  });

  it('a part already drawn is not built again while the later parts come, and what it counted still counts (markers, source numbers)', async () => {
    const render = async (ms: number) => {
      LipElement.firstRenderTaskMs = ms;
      const el = document.createElement('lip-citing-probe') as CitingProbe;
      document.body.append(el);
      await el.updateComplete;
      const builds = el.builds.join(', ');
      const closed = markup(el);
      const listed = el.listed;
      const details = el.shadowRoot!.querySelector('details')!;
      const toggled = new Promise((resolve) => details.addEventListener('toggle', resolve, { once: true }));
      details.open = true;
      await toggled;
      await el.updateComplete;
      const r = { builds, closed, listed, markup: markup(el) };
      el.remove();
      return r;
    };
    const inParts = await render(0);
    // Each part built once, in its own task; the third again each time a part nested in it came.
    expect(inParts.builds).to.equal('1, 1, 3, 1, 1, 1');
    const whole = await render(10_000);
    expect(whole.builds).to.equal('1, 1, 1, 1, 1, 1');
    // As drawn once the last part came: the same marker ids and source numbers as a render in one task
    // (the nested parts are built, and count, before the line around them): the-cut 1, harpers-bazaar 2, filler-massage 3, blush-overview 4.
    expect(inParts.closed).to.equal(whole.closed);
    expect(inParts.closed.match(/id="ref-\d+-\d+"/g)?.join(' ')).to.equal(
      'id="ref-0-1" id="ref-1-2" id="ref-2-1" id="ref-5-4" id="ref-3-3" id="ref-4-2" id="ref-6-1"',
    );
    // The footer was given every source, with the words of every part, those of the parts not built again too.
    expect(inParts.listed).to.equal(whole.listed);
    expect(inParts.listed).to.equal(
      '1 the-cut: frame, words 1, words 5; 2 harpers-bazaar: words 0, words 4; 3 filler-massage: words 3; 4 blush-overview: words 2',
    );
    // Opened, the sources list is drawn from a render of every part.
    expect(inParts.markup).to.equal(whole.markup);
  });

  it('a change while the render is in parts draws the parts already shown again', async () => {
    const el = document.createElement('lip-staged-probe') as StagedProbe;
    document.body.append(el);
    await shownIn(el, '.part');
    el.requestUpdate();
    await el.updateComplete;
    const walks = [...el.walks];
    const parts = el.shadowRoot!.querySelectorAll('.part').length;
    el.remove();
    expect(walks[0], 'the first part, shown before the change, drawn again').to.equal(2);
    expect(parts).to.equal(3);
  });

  for (const w of WIDGETS) {
    it(`${w.tag}: a render in parts ends as the same markup as a render in one task (source numbers, marker ids)`, async () => {
      const render = async (ms: number) => {
        LipElement.firstRenderTaskMs = ms;
        const el = document.createElement(w.tag) as LitElement;
        for (const [k, v] of Object.entries(w.attrs)) el.setAttribute(k, v);
        document.body.append(el);
        await el.updateComplete;
        const m = markup(el);
        el.remove();
        return m;
      };
      // (The first render measures the parts; the second then comes whole in one task.)
      await render(10_000);
      const whole = await render(10_000);
      const inParts = await render(0);
      expect(inParts).to.contain('class="refs"');
      expect(inParts).to.equal(whole);
    });
  }

  it('the default budget is under a quarter of a long task (Lighthouse reckons a phone four times slower)', () => {
    expect(budget).to.be.above(0).and.at.most(12.5);
  });

  it('a change that comes after the first render was worked out and before it is drawn is drawn', async () => {
    const el = document.createElement('lip-healing-tracker') as LitElement;
    el.setAttribute('procedure', 'lip-blush');
    el.setAttribute('appointment', daysFromToday(-5));
    // The first render's willUpdate runs in a task before the frame's: change the day just after it.
    const spied = el as unknown as { willUpdate(changed: unknown): void };
    const willUpdate = spied.willUpdate;
    let calls = 0;
    spied.willUpdate = function (changed: unknown) {
      willUpdate.call(this, changed);
      if (++calls === 1) queueMicrotask(() => el.setAttribute('today', daysFromToday(-2)));
    };
    document.body.append(el);
    await el.updateComplete;
    const text = el.shadowRoot!.textContent ?? '';
    el.remove();
    expect(calls, 'willUpdate ran ahead of the first update, then again for the change').to.be.at.least(2);
    expect(text).to.match(/Day 4\b/);
  });

  it('once whole, a later change renders whole in one go (a day step of the tracker)', async () => {
    const el = document.createElement('lip-healing-tracker') as LitElement;
    el.setAttribute('procedure', 'lip-blush');
    el.setAttribute('appointment', daysFromToday(-5));
    document.body.append(el);
    await el.updateComplete;
    const clock = taskClock();
    const tasks = new Set<number>();
    const o = new MutationObserver(() => tasks.add(clock.now()));
    o.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
    el.setAttribute('today', daysFromToday(-2));
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    o.disconnect();
    clock.stop();
    const text = el.shadowRoot!.textContent ?? '';
    el.remove();
    expect(tasks.size).to.equal(1);
    expect(text).to.match(/Day 4\b/);
  });
});
