import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { nothing } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/register.js';
// Italian, registered as the script lip-widgets.it.js registers it.
import '../../src/lang/it.js';
import type { LipStudio } from '../../src/components/lip-studio/lip-studio.js';
import { emulateMedia } from '../support/env.js';

/** Brand colours a studio might set alone: pale, very dark, the default's family, a strong pink, yellow, blue. */
const ACCENTS = ['', '#f4c2d0', '#3a1020', '#a3405d', '#d6336c', '#e0b000', '#2563eb'];
const SCHEMES = ['light', 'dark'] as const;

const root = (el: Element) => el.shadowRoot!;
const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/**
 * A studio (fixed scheme) holding the four widgets, with dates, inside a page that sets only `--lip-accent` (or nothing).
 * The colour is on the page before the widgets render, as a studio's stylesheet is: set afterwards, a button already
 * drawn would ease its background into the new colour for .15 s while its text changes at once, and a check in
 * those .15 s would read the one on the other.
 */
async function page(scheme: 'light' | 'dark' | '', accent: string) {
  const wrap = await fixture<HTMLDivElement>(html`<div style=${accent ? `--lip-accent: ${accent}` : nothing}>
    <lip-studio scheme=${scheme} name="Rosa" phone="+39 02 555 0101" booking-url="https://example.com/book">
      <lip-healing-tracker procedure="lip-blush" appointment="2026-03-02" today="2026-03-10"></lip-healing-tracker>
      <lip-prep-checklist procedure="lip-blush" appointment="2026-03-20" today="2026-03-01"></lip-prep-checklist>
      <lip-touchup-timeline procedure="lip-blush" appointment="2026-03-02" today="2026-04-10"></lip-touchup-timeline>
      <lip-comparison-table></lip-comparison-table>
      <lip-touchup-timeline procedure="lip-flip"></lip-touchup-timeline>
    </lip-studio>
  </div>`);
  const studio = wrap.querySelector<LipStudio>('lip-studio')!;
  const widgets = [
    ...studio.querySelectorAll<HTMLElement & { updateComplete: Promise<boolean> }>(
      'lip-healing-tracker, lip-prep-checklist, lip-touchup-timeline, lip-comparison-table',
    ),
  ];
  await studio.updateComplete;
  for (const w of widgets) await w.updateComplete;
  return { studio, widgets };
}

/** A CSS colour (rgb(), color(srgb-linear …), oklch() …) as 8-bit sRGB with alpha 0–1, as the browser paints it. */
const ctx = Object.assign(document.createElement('canvas'), { width: 1, height: 1 }).getContext('2d', { willReadFrequently: true })!;
function rgba(colour: string): [number, number, number, number] {
  ctx.clearRect(0, 0, 1, 1);
  ctx.fillStyle = '#000';
  ctx.fillStyle = colour;
  ctx.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
  return [r, g, b, a / 255];
}
const luminance = ([r, g, b]: number[]) => {
  const lin = (v: number) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
};
const contrast = (a: number[], b: number[]) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
};
/** The colour painted behind `el`: its own background or its nearest ancestor's (in the shadow tree) that is opaque. */
function backdrop(el: Element): number[] {
  for (let n: Element | null = el; n; n = n.parentElement ?? ((n.getRootNode() as ShadowRoot).host as Element | undefined) ?? null) {
    const c = rgba(getComputedStyle(n).backgroundColor);
    if (c[3] > 0.99) return c;
  }
  return [255, 255, 255, 1];
}
const textContrast = (el: Element) => contrast(rgba(getComputedStyle(el).color), backdrop(el));

describe('theme: colour that holds', () => {
  before(() => emulateMedia({ colorScheme: 'light' }));
  after(() => emulateMedia({}));

  for (const scheme of SCHEMES) {
    for (const accent of ACCENTS) {
      const name = `${scheme}, ${accent ? `--lip-accent ${accent}` : 'default tokens'}`;

      it(`axe: no violations in the four widgets (${name})`, async function () {
        this.timeout(30000);
        const { studio } = await page(scheme, accent);
        await expect(studio).to.be.accessible();
      });

      it(`every primary button, link, marker and the sources summary reach 4.5:1 (${name})`, async () => {
        const { widgets } = await page(scheme, accent);
        const seen = { primary: 0, link: 0, marker: 0, summary: 0 };
        for (const w of widgets) {
          const check = (sel: string, kind: keyof typeof seen) => {
            for (const n of root(w).querySelectorAll(sel)) {
              seen[kind]++;
              const ratio = textContrast(n);
              expect(
                ratio,
                `${w.localName} ${sel} "${clean(n.textContent).slice(0, 30)}": ${getComputedStyle(n).color} on ${backdrop(n).join(',')}`,
              ).to.be.at.least(4.5);
            }
          };
          check('.primary', 'primary');
          check('a[href]', 'link');
          check('.ref', 'marker');
          check('.sources summary', 'summary');
        }
        expect(seen.primary, 'primary buttons checked').to.be.greaterThan(0);
        expect(seen.link, 'links checked').to.be.greaterThan(0);
        expect(seen.marker, 'markers checked').to.be.greaterThan(10);
        expect(seen.summary).to.equal(widgets.length);
      });
    }
  }

  it('derives the dark accent from --lip-accent alone, and --lip-dark-accent still wins', async () => {
    const { studio, widgets } = await page('dark', '#3a1020');
    const w = widgets[0];
    const derived = rgba(getComputedStyle(root(w).querySelector('.ref')!).color);
    expect(luminance(derived), 'lightened for the dark surface').to.be.greaterThan(0.3);
    // hue kept: still a red-pink (red channel the largest)
    expect(derived[0]).to.be.greaterThan(derived[1]).and.greaterThan(derived[2]);
    studio.parentElement!.style.setProperty('--lip-dark-accent', 'rgb(255, 200, 120)');
    expect(rgba(getComputedStyle(root(w).querySelector('.ref')!).color).slice(0, 3)).to.deep.equal([255, 200, 120]);
  });

  it('keeps a brand colour that already contrasts well unchanged in the light scheme', async () => {
    const { widgets } = await page('light', '#a3405d');
    for (const w of widgets)
      expect(rgba(getComputedStyle(root(w).querySelector('.ref')!).color).slice(0, 3), w.localName).to.deep.equal([0xa3, 0x40, 0x5d]);
  });

  it('gives text on the accent black or white, whichever contrasts (pale accent: black; dark accent: white)', async () => {
    for (const [accent, expected] of [
      ['#f4c2d0', [0, 0, 0]],
      ['#3a1020', [255, 255, 255]],
      ['#e0b000', [0, 0, 0]],
      ['#2563eb', [255, 255, 255]],
    ] as const) {
      const { widgets } = await page('light', accent);
      const save = root(widgets[4]).querySelector('.primary')!;
      expect(rgba(getComputedStyle(save).color).slice(0, 3), accent).to.deep.equal(expected);
    }
  });

  it("follows the visitor's dark setting without a studio scheme", async function () {
    this.timeout(30000);
    if (!(await emulateMedia({ colorScheme: 'dark' }))) this.skip();
    try {
      const { studio, widgets } = await page('', '#a3405d');
      expect(rgba(getComputedStyle(root(widgets[0]).querySelector('.base')!).backgroundColor).slice(0, 3)).to.deep.equal([
        0x1f, 0x1a, 0x1c,
      ]);
      for (const w of widgets)
        for (const n of root(w).querySelectorAll('.ref, a[href], .primary')) expect(textContrast(n), w.localName).to.be.at.least(4.5);
      await expect(studio).to.be.accessible();
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });
});

describe('theme: tokens for the widgets', () => {
  it('publishes the spacing scale, a card look and the icon size', async () => {
    const { widgets } = await page('light', '');
    const s = getComputedStyle(widgets[0]);
    expect([1, 2, 3, 4, 5, 6].map((i) => s.getPropertyValue(`--_s${i}`).trim())).to.deep.equal([
      '4px',
      '8px',
      '12px',
      '16px',
      '24px',
      '32px',
    ]);
    const base = getComputedStyle(root(widgets[0]).querySelector('.base')!);
    expect(base.boxShadow).to.not.equal('none');
    expect(parseFloat(base.borderTopLeftRadius)).to.be.greaterThan(0);
    const chevron = root(widgets[0]).querySelector('.sources summary .icon')!;
    const box = chevron.getBoundingClientRect();
    const font = parseFloat(getComputedStyle(chevron.parentElement!).fontSize);
    expect(box.width).to.be.closeTo(font * 1.25, 0.5);
  });
});

describe('citations: quiet, one tap away', () => {
  const checklist = () =>
    fixture<HTMLElement & { updateComplete: Promise<boolean> }>(
      html`<lip-prep-checklist procedure="lip-blush" appointment="2026-03-20" today="2026-03-01" lang="en-GB"></lip-prep-checklist>`,
    );

  it('is accessible with a note open and the sources list open', async () => {
    const el = await checklist();
    root(el).querySelector<HTMLButtonElement>('.ref')!.click();
    const details = root(el).querySelector<HTMLDetailsElement>('details.sources')!;
    details.open = true;
    await oneEvent(details, 'toggle');
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  for (const [tag, attrs] of [
    ['lip-prep-checklist', { procedure: 'lip-blush', appointment: '2026-03-20', today: '2026-03-01' }],
    ['lip-healing-tracker', { procedure: 'lip-blush', appointment: '2026-03-02', today: '2026-03-10' }],
    ['lip-touchup-timeline', { procedure: 'lip-blush', appointment: '2026-03-02' }],
    ['lip-comparison-table', {}],
  ] as const) {
    it(`${tag}: Tab passes one citation stop, the collapsed "Sources (N)", and no marker`, async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div><button>before</button><button>after</button></div>`);
      const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<boolean> };
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
      wrap.insertBefore(el, wrap.lastElementChild);
      await el.updateComplete;
      const [before, after] = wrap.querySelectorAll('button');
      expect(root(el).querySelectorAll('.ref').length, 'markers shown').to.be.greaterThan(0);
      before.focus();
      const stops: Element[] = [];
      for (let i = 0; i < 120 && document.activeElement !== after; i++) {
        await sendKeys({ press: 'Tab' });
        const at = document.activeElement === el ? root(el).activeElement : null;
        if (at && at !== stops[stops.length - 1]) stops.push(at);
      }
      expect(document.activeElement, 'Tab leaves the widget').to.equal(after);
      const citation = stops.filter((s) => s.closest('.refs, .sources'));
      expect(citation.map((s) => clean(s.textContent))).to.deep.equal([`Sources (${countSources(el)})`]);
      expect(root(el).querySelector<HTMLDetailsElement>('details.sources')!.open).to.equal(false);
    });
  }

  /** How many distinct source numbers the markers show. */
  const countSources = (el: Element) => new Set([...root(el).querySelectorAll('.ref')].map((m) => m.textContent)).size;

  it('a click on a marker shows the source title and quoted words next to the statement, and moves focus there; a second click closes', async () => {
    const el = await checklist();
    const item = [...root(el).querySelectorAll('.item')].find((i) => /4 weeks before/.test(i.textContent!))!;
    const marker = item.querySelector<HTMLButtonElement>('.ref')!;
    expect(marker.getAttribute('aria-label')).to.equal(`Source ${clean(marker.textContent)}`);
    expect(marker.tabIndex).to.equal(-1);
    expect(marker.getAttribute('aria-expanded')).to.equal('false');
    expect(item.querySelector('.source-note')).to.equal(null);
    marker.click();
    await el.updateComplete;
    const note = item.querySelector<HTMLElement>('.source-note')!;
    expect(note, 'the note opens inside the same item').to.not.equal(null);
    expect(marker.getAttribute('aria-expanded')).to.equal('true');
    expect(clean(note.querySelector('cite')!.textContent).length).to.be.greaterThan(5);
    expect(clean(note.textContent)).to.match(/weeks/);
    expect(note.querySelectorAll('q').length).to.be.greaterThan(0);
    await new Promise((r) => setTimeout(r));
    expect(root(el).activeElement).to.equal(note);
    expect(root(el).querySelectorAll('.source-note').length, 'one note at a time').to.equal(1);
    marker.click();
    await el.updateComplete;
    await new Promise((r) => setTimeout(r));
    expect(item.querySelector('.source-note')).to.equal(null);
    expect(root(el).activeElement).to.equal(marker);
  });

  it('Escape closes an open note and returns focus to its marker', async () => {
    const el = await checklist();
    const marker = root(el).querySelector<HTMLButtonElement>('.ref')!;
    marker.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await new Promise((r) => setTimeout(r));
    expect(root(el).activeElement?.classList.contains('source-note')).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    await new Promise((r) => setTimeout(r));
    expect(root(el).querySelector('.source-note')).to.equal(null);
    expect(root(el).activeElement).to.equal(marker);
  });

  it('renders the sources list only when opened; the keyboard opens it and every quote is there, numbered like the markers', async () => {
    const el = await checklist();
    const details = root(el).querySelector<HTMLDetailsElement>('details.sources')!;
    expect(details.open).to.equal(false);
    expect(root(el).querySelector('.sources ol'), 'not rendered before it is opened').to.equal(null);
    const summary = details.querySelector('summary')!;
    summary.focus();
    const toggled = oneEvent(details, 'toggle');
    await sendKeys({ press: 'Enter' });
    await toggled;
    await el.updateComplete;
    const items = [...root(el).querySelectorAll('.sources li')];
    expect(items.map((li) => li.getAttribute('value'))).to.deep.equal(
      [...new Set([...root(el).querySelectorAll('.ref')].map((m) => m.textContent))].sort(),
    );
    for (const li of items) {
      expect(li.querySelector('cite')!.textContent!.length).to.be.greaterThan(5);
      expect(li.querySelectorAll('q').length).to.be.greaterThan(0);
      expect(li.getBoundingClientRect().height, 'visible').to.be.greaterThan(0);
    }
    const closed = oneEvent(details, 'toggle');
    await sendKeys({ press: 'Enter' });
    await closed;
    await el.updateComplete;
    expect(root(el).querySelector('.sources ol')).to.equal(null);
  });

  it('opens the sources list before printing and closes it after', async () => {
    const el = await checklist();
    window.dispatchEvent(new Event('beforeprint'));
    const details = root(el).querySelector<HTMLDetailsElement>('details.sources')!;
    expect(details.open, 'opened synchronously, before the print layout').to.equal(true);
    expect(root(el).querySelectorAll('.sources li').length).to.be.greaterThan(0);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(details.open).to.equal(false);
    expect(root(el).querySelector('.sources ol')).to.equal(null);
  });

  it('no-sources hides every marker and the sources disclosure', async () => {
    const { widgets } = await page('light', '');
    for (const w of widgets) {
      w.toggleAttribute('no-sources', true);
      await w.updateComplete;
      const left = [...root(w).querySelectorAll('.refs, .ref, .source-note, .sources, details')].map((n) => n.outerHTML.slice(0, 80));
      expect(left, w.localName).to.deep.equal([]);
      expect(clean(root(w).textContent), w.localName).to.contain('not medical advice');
    }
  });

  it('speaks Italian: "Fonte 1" and "Fonti (N)"', async () => {
    const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(
      html`<lip-comparison-table lang="it"></lip-comparison-table>`,
    );
    expect(root(el).querySelector('.ref')!.getAttribute('aria-label')).to.equal('Fonte 1');
    expect(clean(root(el).querySelector('.sources summary')!.textContent)).to.match(/^Fonti \(\d\)$/);
  });
});

describe('heading level from the studio', () => {
  const titleTag = (w: Element) => root(w).querySelector('.title')?.localName;

  it("heading-level on <lip-studio> sets every widget's title level; a widget's own wins", async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <lip-studio heading-level="3">
        <lip-comparison-table></lip-comparison-table>
        <lip-comparison-table heading-level="4"></lip-comparison-table>
      </lip-studio>
    </div>`);
    const [a, b] = [...wrap.querySelectorAll<HTMLElement & { updateComplete: Promise<boolean> }>('lip-comparison-table')];
    await a.updateComplete;
    await b.updateComplete;
    if (!titleTag(a)) return; // (this widget has no .title heading on this branch)
    expect(titleTag(a)).to.equal('h3');
    expect(titleTag(b)).to.equal('h4');
  });

  it("takes headingLevel from the studio's JSON, and ignores a level out of 1–6 with a warning", async () => {
    const seen: string[] = [];
    const warn = console.warn;
    console.warn = (...a: unknown[]) => void seen.push(a.map(String).join(' '));
    try {
      const wrap = await fixture<HTMLDivElement>(html`<div>
        <lip-studio><script type="application/json">{ "headingLevel": 4 }</script><lip-healing-tracker procedure="lip-blush" appointment="2026-03-02" today="2026-03-10"></lip-healing-tracker></lip-studio>
        <lip-studio heading-level="9"><lip-healing-tracker procedure="lip-blush" appointment="2026-03-02" today="2026-03-10"></lip-healing-tracker></lip-studio>
      </div>`);
      const [a, b] = [...wrap.querySelectorAll<HTMLElement & { updateComplete: Promise<boolean> }>('lip-healing-tracker')];
      await a.updateComplete;
      await b.updateComplete;
      expect((a as unknown as { studio: { headingLevel?: number } }).studio.headingLevel).to.equal(4);
      expect((b as unknown as { studio: { headingLevel?: number } }).studio.headingLevel).to.equal(undefined);
      expect(seen.some((m) => m.includes('heading-level "9"'))).to.equal(true);
    } finally {
      console.warn = warn;
    }
  });

  it('the CMS mount passes data-heading-level to the widget and the studio', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <div data-lip-widget="studio" data-heading-level="3"><div data-lip-widget="comparison-table" data-heading-level="5"></div></div>
    </div>`);
    await new Promise((r) => setTimeout(r));
    expect(wrap.querySelector('lip-studio')!.getAttribute('heading-level')).to.equal('3');
    expect(wrap.querySelector('lip-comparison-table')!.getAttribute('heading-level')).to.equal('5');
  });
});
