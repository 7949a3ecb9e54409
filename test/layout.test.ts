/**
 * Layout in the browser, as a client sees it on a phone and on a desktop: no
 * horizontal page overflow, every value of the comparison visible, tick boxes
 * of one size, and tap targets of at least 24×24 CSS px (WCAG 2.2, 2.5.8).
 * Each check measures what is drawn (client rects), not how the markup is
 * built, so that it holds for any design of the widgets.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../src/register.js';
// Italian, registered as the script lip-widgets.it.js registers it.
import '../src/lang/it.js';
import { aspects } from '../src/core/compare.js';

const WIDTHS = [320, 390, 768, 1280] as const;
const HEIGHT = 800;
/** Sub-pixel rounding differs per browser: half a pixel is not an overflow. */
const EPS = 0.5;

type Options = { lang?: string; text200?: boolean };

/** A long studio task, so that a tick box's label wraps at any width up to a tablet's. */
const longTask = {
  procedures: {
    'lip-blush': {
      aftercare: {
        add: [
          {
            id: 'long-task',
            kind: 'do',
            task: true,
            days: { from: 1, to: 20 },
            text: 'Dab the prescribed antibacterial ointment very thinly over the whole lip area after every meal and before sleeping, then let it absorb completely',
          },
        ],
      },
    },
  },
};

/** The four widgets with what a client's page gives them: a procedure, an appointment and a fixed today. */
const widgets: Record<string, (o: Options) => TemplateResult> = {
  'lip-healing-tracker': ({ lang }) =>
    html`<lip-healing-tracker procedure="lip-blush" appointment="2026-03-02" today="2026-03-10" lang=${lang ?? 'en'}></lip-healing-tracker>`,
  'lip-prep-checklist': ({ lang }) =>
    html`<lip-prep-checklist procedure="lip-blush" appointment="2026-03-20" today="2026-03-01" lang=${lang ?? 'en'}></lip-prep-checklist>`,
  'lip-touchup-timeline': ({ lang }) =>
    html`<lip-touchup-timeline procedure="lip-blush" appointment="2026-03-02" today="2026-03-20" lang=${lang ?? 'en'}></lip-touchup-timeline>`,
  'lip-comparison-table': ({ lang }) => html`<lip-comparison-table lang=${lang ?? 'en'}></lip-comparison-table>`,
};

/** Widgets with tick boxes; the tracker inside a studio that adds a task with a long label. */
const tickWidgets: Record<string, (o: Options) => TemplateResult> = {
  'lip-healing-tracker': ({ lang }) =>
    html`<lip-studio .config=${longTask}
      ><lip-healing-tracker procedure="lip-blush" appointment="2026-03-02" today="2026-03-10" lang=${lang ?? 'en'}></lip-healing-tracker
    ></lip-studio>`,
  'lip-prep-checklist': widgets['lip-prep-checklist'],
};

/** Where the tap targets are: the four widgets, plus the date form a client sees before entering a date. */
const targetWidgets: [string, (o: Options) => TemplateResult][] = [
  ...Object.entries(widgets).map(([name, tpl]): [string, (o: Options) => TemplateResult] => [`<${name}>`, tpl]),
  [
    '<lip-healing-tracker> without a date (the date form)',
    () =>
      html`<lip-studio phone="+39 02 555 0101" booking-url="https://example.com/book"
      ><lip-healing-tracker procedure="lip-filler" today="2026-03-03"></lip-healing-tracker
    ></lip-studio>`,
  ],
  [
    '<lip-healing-tracker> in a studio with a phone and a booking link',
    () =>
      html`<lip-studio phone="+39 02 555 0101" booking-url="https://example.com/book"
      ><lip-healing-tracker procedure="lip-filler" appointment="2026-03-02" today="2026-03-03"></lip-healing-tracker
    ></lip-studio>`,
  ],
];

const frame = () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));

/** Every lip-* element under `root` (not the studio wrapper), once rendered. */
async function rendered(root: Element): Promise<HTMLElement[]> {
  const els = [root, ...root.querySelectorAll('*')].filter(
    (e): e is HTMLElement => e.localName.startsWith('lip-') && e.localName !== 'lip-studio',
  );
  for (const el of els) await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  await frame();
  for (const el of els) await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  await frame();
  return els;
}

/** Renders a widget at a viewport width (optionally at 200 % text) and returns the widget elements. */
async function show(width: number, tpl: TemplateResult, o: Options = {}): Promise<HTMLElement[]> {
  await setViewport({ width, height: HEIGHT });
  const wrap = await fixture<HTMLDivElement>(o.text200 ? html`<div style="font-size:200%">${tpl}</div>` : html`<div>${tpl}</div>`);
  const els = await rendered(wrap);
  expect(els.length, 'widgets rendered').to.be.greaterThan(0);
  expect(window.innerWidth, 'viewport width').to.equal(width);
  return els;
}

/** Parent in the flat tree: across shadow roots to the host. */
function parentOf(el: Element): Element | null {
  if (el.assignedSlot) return el.assignedSlot;
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** Every element in `root` and in the shadow roots below it. */
function deepAll(root: ParentNode): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) out.push(...deepAll(el.shadowRoot));
  }
  return out;
}

/** Drawn: has a box, is not `visibility: hidden`, not fully transparent. */
function drawn(el: Element): boolean {
  if (!el.getClientRects().length) return false;
  const s = getComputedStyle(el);
  if (s.visibility !== 'visible') return false;
  for (let e: Element | null = el; e; e = parentOf(e)) if (getComputedStyle(e).opacity === '0') return false;
  return true;
}

const describeRect = (r: DOMRect) =>
  `x ${r.left.toFixed(1)}–${r.right.toFixed(1)}, y ${r.top.toFixed(1)}–${r.bottom.toFixed(1)} (${r.width.toFixed(1)}×${r.height.toFixed(1)})`;
const short = (el: Element) =>
  `<${el.localName}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}> "${(el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}"`;

/** The rects in which an element's content is drawn: its box and each line box of its text. */
function contentRects(el: Element): DOMRect[] {
  const range = document.createRange();
  range.selectNodeContents(el);
  return [el.getBoundingClientRect(), ...[...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0)];
}

/** Why an element is not fully visible horizontally (outside the viewport, or clipped by an ancestor with overflow), or ''. */
function horizontalClip(el: Element): string {
  const rects = contentRects(el);
  const vw = document.documentElement.clientWidth;
  for (const r of rects) if (r.left < -EPS || r.right > vw + EPS) return `outside the viewport (0–${vw}): ${describeRect(r)}`;
  for (let a = parentOf(el); a && a !== document.documentElement; a = parentOf(a)) {
    const s = getComputedStyle(a);
    if (s.overflowX === 'visible' || s.display === 'contents') continue;
    const box = a.getBoundingClientRect();
    const left = box.left + a.clientLeft;
    const right = left + a.clientWidth;
    for (const r of rects) {
      if (r.left < left - EPS || r.right > right + EPS)
        return `clipped by ${short(a)} (overflow-x: ${s.overflowX}, visible x ${left.toFixed(1)}–${right.toFixed(1)}): ${describeRect(r)}`;
    }
  }
  if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible')
    return `its own content is cut (${el.scrollWidth} px in ${el.clientWidth} px)`;
  return '';
}

/**
 * The box a client sees for a tick: the checkbox itself when it is drawn, else
 * the drawn box that stands in for it (an aria-hidden element or a `box`/`check`
 * part or class next to it or in its label, or a pseudo-element of the input or label).
 */
function tickBox(input: Element): { w: number; h: number; what: string } | undefined {
  const own = input.getBoundingClientRect();
  // Drawn by the browser, or restyled in place (appearance: none with its own size and border).
  if (drawn(input) && own.width >= 4 && own.height >= 4) return { w: own.width, h: own.height, what: 'the checkbox' };
  const scopes = [input.parentElement, ...(input instanceof HTMLInputElement ? [...(input.labels ?? [])] : [])].filter(
    (x): x is HTMLElement => !!x,
  );
  for (const scope of scopes) {
    const stand = [
      ...scope.querySelectorAll('[aria-hidden="true"], [part~="box"], [part~="check"], [class*="box"], [class*="check"]'),
    ].find((e) => e !== input && drawn(e) && e.getBoundingClientRect().width >= 4);
    if (stand) {
      const r = stand.getBoundingClientRect();
      return { w: r.width, h: r.height, what: short(stand) };
    }
  }
  for (const host of [input, ...scopes]) {
    for (const pseudo of ['::before', '::after']) {
      const p = getComputedStyle(host, pseudo);
      const w = parseFloat(p.width);
      const h = parseFloat(p.height);
      if (p.content !== 'none' && p.display !== 'none' && w >= 4 && h >= 4) return { w, h, what: `${host.localName}${pseudo}` };
    }
  }
  return undefined;
}

function ticksOf(els: HTMLElement[]) {
  const inputs = els.flatMap((el) => deepAll(el.shadowRoot!)).filter((e) => e.matches('input[type="checkbox"], [role="checkbox"]'));
  return inputs.map((input) => ({ input, box: tickBox(input) }));
}

/** Interactive controls a pointer can hit. */
const CONTROLS =
  'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="link"], [role="checkbox"]';

const inlineDisplay = new Set(['inline', 'inline-block', 'inline-flex', 'inline-grid', 'contents']);
function blockOf(node: Node): Element | null {
  for (let e = node instanceof Element ? node : node.parentElement; e; e = parentOf(e)) {
    if (!inlineDisplay.has(getComputedStyle(e).display)) return e;
  }
  return null;
}

/**
 * WCAG 2.5.8's inline exception: a link or button that sits in a sentence.
 * It must be inline-level, and the block that holds it must hold other text
 * of its own (text in the same inline flow, not in a nested block and not in
 * the target).
 */
function inSentence(target: Element): boolean {
  if (!target.matches('a, button, [role="link"], [role="button"]')) return false;
  const display = getComputedStyle(target).display;
  if (display !== 'inline' && display !== 'inline-block' && display !== 'inline-flex') return false;
  const block = blockOf(parentOf(target)!);
  if (!block) return false;
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    if (target.contains(t) || !/[\p{L}\p{N}]/u.test(t.textContent ?? '')) continue;
    if (blockOf(t) === block && drawn(t.parentElement!)) return true;
  }
  return false;
}

type Target = { el: Element; rect: DOMRect; inline: boolean };

/** The target's hit area: its box, and for a form control the labels that also toggle it. */
function hitRect(el: Element): DOMRect {
  const rects = [el.getBoundingClientRect()];
  if (el instanceof HTMLInputElement && el.labels) for (const l of el.labels) if (drawn(l)) rects.push(l.getBoundingClientRect());
  const visible = rects.filter((r) => r.width > 0 && r.height > 0);
  const left = Math.min(...visible.map((r) => r.left));
  const top = Math.min(...visible.map((r) => r.top));
  return new DOMRect(left, top, Math.max(...visible.map((r) => r.right)) - left, Math.max(...visible.map((r) => r.bottom)) - top);
}

function targetsOf(els: HTMLElement[]): Target[] {
  return els
    .flatMap((el) => deepAll(el.shadowRoot!))
    .filter((e) => e.matches(CONTROLS) && !e.matches(':disabled') && drawn(e))
    .map((el) => ({ el, rect: hitRect(el), inline: inSentence(el) }))
    .filter((t) => t.rect.width > 0 && t.rect.height > 0);
}

const big = (r: DOMRect) => r.width >= 24 - 0.01 && r.height >= 24 - 0.01;
const centre = (r: DOMRect) => [r.left + r.width / 2, r.top + r.height / 2] as const;
/** Distance from a point to a rectangle (0 inside it). */
function distance([x, y]: readonly [number, number], r: DOMRect): number {
  const dx = Math.max(r.left - x, 0, x - r.right);
  const dy = Math.max(r.top - y, 0, y - r.bottom);
  return Math.hypot(dx, dy);
}

/**
 * WCAG 2.5.8: a target of 24×24 px or more passes; a smaller one passes when a
 * 24 px circle centred on it meets no other target and no other small
 * target's circle (the spacing exception), or when it sits in a sentence.
 */
function targetProblems(targets: Target[]): string[] {
  const problems: string[] = [];
  for (const t of targets) {
    if (big(t.rect) || t.inline) continue;
    const c = centre(t.rect);
    const hit = targets.find((u) => {
      if (u === t || u.el.contains(t.el) || t.el.contains(u.el)) return false;
      return big(u.rect) || u.inline ? distance(c, u.rect) < 12 : Math.hypot(c[0] - centre(u.rect)[0], c[1] - centre(u.rect)[1]) < 24;
    });
    if (hit)
      problems.push(
        `${short(t.el)} is ${t.rect.width.toFixed(1)}×${t.rect.height.toFixed(1)} px and its 24 px circle meets ${short(hit.el)}`,
      );
  }
  return problems;
}

beforeEach(() => {
  for (const k of Object.keys(localStorage)) if (k.startsWith('lip-widgets:')) localStorage.removeItem(k);
});

after(async () => {
  await setViewport({ width: 800, height: 600 });
});

describe('layout: no horizontal overflow', () => {
  for (const [name, tpl] of Object.entries(widgets)) {
    for (const width of WIDTHS) {
      it(`<${name}> at ${width} px: the page does not scroll sideways and the widget is inside the viewport`, async () => {
        const [el] = await show(width, tpl({}));
        const de = document.documentElement;
        expect(de.scrollWidth, `page scroll width at ${width} px`).to.be.at.most(window.innerWidth);
        const r = el.getBoundingClientRect();
        expect(r.width, 'widget width').to.be.greaterThan(0);
        expect(r.left, 'widget left edge').to.be.at.least(-EPS);
        expect(r.right, 'widget right edge').to.be.at.most(de.clientWidth + EPS);
      });
    }
  }
});

describe('layout: the comparison shows every value', () => {
  const cases: [string, number, Options][] = [
    ...WIDTHS.map((w): [string, number, Options] => [`at ${w} px`, w, {}]),
    ['at 320 px with 200 % text', 320, { text200: true }],
    ['at 390 px in Italian', 390, { lang: 'it' }],
  ];
  for (const [label, width, o] of cases) {
    it(`<lip-comparison-table> ${label}: every procedure's value for every aspect is visible, with no sideways scrolling`, async () => {
      const [el] = await show(width, widgets['lip-comparison-table'](o), o);
      // The values: cells of a table or of a definition list, whichever layout is drawn.
      const values = deepAll(el.shadowRoot!).filter((e) => e.matches('td, dd, [role="cell"], [role="definition"]') && drawn(e));
      expect(values.length, 'drawn value cells (2 procedures × every aspect)').to.be.at.least(2 * aspects.length);
      for (const v of values) expect((v.textContent ?? '').trim(), `${short(v)} has text`).not.to.equal('');
      const cut = values.map((v) => [v, horizontalClip(v)] as const).filter(([, why]) => why);
      expect(
        cut.map(([v, why]) => `${short(v)}: ${why}`),
        `${cut.length} of ${values.length} values not fully visible`,
      ).to.deep.equal([]);
      expect(document.documentElement.scrollWidth, 'page scroll width').to.be.at.most(window.innerWidth);
    });
  }
});

describe('layout: tick boxes of one size', () => {
  const cases: [string, number, Options][] = [
    ...WIDTHS.map((w): [string, number, Options] => [`at ${w} px`, w, {}]),
    ['at 320 px with 200 % text', 320, { text200: true }],
    ['at 320 px in Italian', 320, { lang: 'it' }],
  ];
  for (const [name, tpl] of Object.entries(tickWidgets)) {
    for (const [label, width, o] of cases) {
      it(`<${name}> ${label}: every tick box measures the same, whether its label wraps or not`, async () => {
        const els = await show(width, tpl(o), o);
        const ticks = ticksOf(els);
        expect(ticks.length, 'tick boxes').to.be.at.least(2);
        const missing = ticks.filter((t) => !t.box).map((t) => short(t.input));
        expect(missing, 'tick boxes whose drawn box was not found').to.deep.equal([]);
        const boxes = ticks.map((t) => t.box!);
        const first = boxes[0];
        const off = boxes
          .map((b, i) => ({ b, i }))
          .filter(({ b }) => Math.abs(b.w - first.w) > EPS || Math.abs(b.h - first.h) > EPS)
          .map(
            ({ b, i }) =>
              `#${i + 1} (${b.what}) ${b.w.toFixed(1)}×${b.h.toFixed(1)} px, label "${(ticks[i].input.closest('label, li, [part~="item"]')?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50)}"`,
          );
        expect(off, `tick boxes that differ from the first (${first.w.toFixed(1)}×${first.h.toFixed(1)} px)`).to.deep.equal([]);
        expect(first.w, 'tick box width').to.be.at.least(12);
      });
    }
    it(`<${name}>: a tick box is as big at 320 px and in Italian as at 1280 px, and bigger at 200 % text`, async () => {
      const measure = async (width: number, o: Options) => {
        const box = ticksOf(await show(width, tpl(o), o))[0]?.box;
        expect(box, 'a tick box').not.to.equal(undefined);
        return box!;
      };
      const wide = await measure(1280, {});
      const narrow = await measure(320, {});
      const italian = await measure(320, { lang: 'it' });
      const large = await measure(320, { text200: true });
      expect([narrow.w, narrow.h], 'at 320 px vs 1280 px').to.deep.equal([wide.w, wide.h]);
      expect([italian.w, italian.h], 'in Italian vs English').to.deep.equal([wide.w, wide.h]);
      expect(large.w, 'at 200 % text the box grows with the text').to.be.greaterThan(wide.w);
    });
  }
});

describe('layout: tap targets (WCAG 2.5.8)', () => {
  for (const [name, tpl] of targetWidgets) {
    for (const width of WIDTHS) {
      it(`${name} at ${width} px: every control is at least 24×24 px, or spaced, or inline in a sentence`, async () => {
        const els = await show(width, tpl({}));
        // Open every disclosure so that what it holds is checked too.
        for (const d of els
          .flatMap((el) => deepAll(el.shadowRoot!))
          .filter((e): e is HTMLDetailsElement => e instanceof HTMLDetailsElement))
          d.open = true;
        await rendered(els[0].parentElement!);
        const targets = targetsOf(els);
        expect(targets.length, 'controls found').to.be.greaterThan(0);
        expect(
          targetProblems(targets),
          `${targets.length} controls, ${targets.filter((t) => t.inline).length} inline in a sentence`,
        ).to.deep.equal([]);
      });
    }
  }
});

describe('layout: a source marker stays with the last word of its statement', () => {
  for (const name of ['lip-healing-tracker', 'lip-prep-checklist'] as const) {
    it(`<${name}>: where a statement just fills its line, its last word goes to the next line with the marker, not the marker alone`, async () => {
      const [el] = await show(1280, widgets[name]({}));
      // A cited line whose statement (before its marker) fits on one line.
      const sup = [...el.shadowRoot!.querySelectorAll('sup.refs')].find((s) => {
        const line = s.parentElement!;
        return line.localName === 'li' && line.getBoundingClientRect().height < 40;
      })!;
      expect(sup, 'a cited list item on one line').to.not.equal(undefined);
      const line = sup.parentElement!;
      const range = document.createRange();
      range.setStart(line, 0);
      range.setEndBefore(sup);
      // The line made just wide enough for the statement: the marker no longer fits after it.
      line.style.width = `${range.getBoundingClientRect().right - line.getBoundingClientRect().left + 1}px`;
      line.style.boxSizing = 'border-box';
      expect(line.getBoundingClientRect().height, 'the narrowed line wraps').to.be.above(40);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0);
      const last = rects.at(-1)!;
      const mark = sup.getBoundingClientRect();
      expect(mark.top, 'the marker is on the last line of its statement').to.be.below(last.bottom);
      expect(mark.bottom).to.be.above(last.top);
      expect(Math.abs(mark.left - last.right), 'right after the last word').to.be.below(4);
    });
  }
});

describe('layout: the timeline on a phone, a date and what follows it', () => {
  it('<lip-touchup-timeline> at 390 px: a relative time takes the line under its date; with none, the markers end the date’s line', async () => {
    const [el] = await show(390, widgets['lip-touchup-timeline']({}));
    const wins = [...el.shadowRoot!.querySelectorAll('.win')];
    const alone = wins.filter((w) => !w.querySelector('.rel') && w.querySelector('.when') && w.querySelector('sup.refs'));
    const withRel = wins.filter((w) => w.querySelector('.rel') && w.querySelector('.when'));
    expect(alone.length, 'a date with markers and no relative time (the appointment)').to.be.greaterThan(0);
    expect(withRel.length, 'dates with a relative time').to.be.greaterThan(2);
    for (const w of alone) {
      const date = [...w.querySelector('.when')!.getClientRects()].at(-1)!;
      const mark = w.querySelector('sup.refs')!.getBoundingClientRect();
      // (Its middle: a superscript's box can reach above its own line.)
      expect((mark.top + mark.bottom) / 2, `${w.textContent}: markers on the date's line`).to.be.below(date.bottom);
    }
    for (const w of withRel) {
      const date = [...w.querySelector('.when')!.getClientRects()].at(-1)!;
      // (Its first box with width: the line break before it leaves an empty one on the date's line.)
      const rel = [...w.querySelector('.rel')!.getClientRects()].find((r) => r.width > 1)!;
      expect(rel.top, `${w.textContent}: the relative time under the date`).to.be.at.least(date.bottom - 1);
    }
  });

  it('<lip-touchup-timeline> at 1280 px: the relative time follows its date on the same line', async () => {
    const [el] = await show(1280, widgets['lip-touchup-timeline']({}));
    const w = el.shadowRoot!.querySelector('.win:has(.rel)')!;
    const date = w.querySelector('.when')!.getBoundingClientRect();
    const rel = w.querySelector('.rel')!.getClientRects()[0];
    expect(rel.top).to.be.below(date.bottom);
    expect(rel.left).to.be.above(date.right - 1);
  });
});
