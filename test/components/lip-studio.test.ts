import { expect, fixture, html } from '@open-wc/testing';
import '../../src/register.js';
// Italian, registered as the script lip-widgets.it.js registers it.
import '../../src/lang/it.js';
import type { LipStudio } from '../../src/components/lip-studio/lip-studio.js';
import type { LipComparisonTable } from '../../src/components/lip-comparison-table/lip-comparison-table.js';

function capture(level: 'error' | 'warn') {
  const seen: string[] = [];
  const original = console[level];
  console[level] = (...args: unknown[]) => void seen.push(args.map(String).join(' '));
  return { seen, restore: () => (console[level] = original) };
}

const tableOf = async (studio: LipStudio) => {
  const t = studio.querySelector<LipComparisonTable>('lip-comparison-table')!;
  await studio.updateComplete;
  await t.updateComplete;
  return t;
};
/** A computed colour as the browser paints it, as "rgb(r, g, b)" (derived colours compute to color(srgb-linear …)). */
const painted = (colour: string) => {
  const ctx = Object.assign(document.createElement('canvas'), { width: 1, height: 1 }).getContext('2d')!;
  ctx.fillStyle = colour;
  ctx.fillRect(0, 0, 1, 1);
  const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data;
  return `rgb(${r}, ${g}, ${b})`;
};
const cellText = (t: LipComparisonTable, aspect: string, col: number) => {
  const row = [...t.shadowRoot!.querySelectorAll('tbody tr')].find((r) => r.querySelector('th')!.textContent!.includes(aspect))!;
  return row.querySelectorAll('td')[col].textContent!.replace(/\s+/g, ' ').trim();
};

describe('<lip-studio>', () => {
  afterEach(() => expect(({} as Record<string, unknown>).polluted).to.equal(undefined));

  it('is accessible, displays as contents and shows its children', async () => {
    const el = await fixture<LipStudio>(html`<lip-studio name="Studio Rosa"><lip-comparison-table></lip-comparison-table></lip-studio>`);
    expect(getComputedStyle(el).display).to.equal('contents');
    await expect(el).to.be.accessible();
  });

  it('gives its widgets the studio\'s figures, shown "per <studio>" instead of a source marker', async () => {
    const el = await fixture<LipStudio>(html`<lip-studio name="Studio Rosa">
      <script type="application/json">
        { "procedures": { "lip-flip": { "lasts": { "min": 3, "max": 4, "unit": "month" } } } }
      </script>
      <lip-comparison-table></lip-comparison-table>
    </lip-studio>`);
    const t = await tableOf(el);
    const cell = cellText(t, 'How long it lasts', 0);
    expect(cell).to.contain('3–4 months');
    expect(cell).to.contain('per Studio Rosa');
    expect(cell).to.not.contain('8–12 weeks');
    const row = [...t.shadowRoot!.querySelectorAll('tbody tr')].find((r) => r.textContent!.includes('How long it lasts'))!;
    expect(row.querySelectorAll('td')[0].querySelectorAll('.refs .ref').length).to.equal(0);
  });

  it('finds its JSON inside a <p> that a CMS editor wrapped around it', async () => {
    const el = await fixture<LipStudio>(
      html`<lip-studio name="Rosa"><p><script type="application/json">{"procedures":{"lip-flip":{"name":"Flip Rosa"}}}</script></p><lip-comparison-table></lip-comparison-table></lip-studio>`,
    );
    const t = await tableOf(el);
    expect(t.shadowRoot!.querySelector('thead')!.textContent).to.contain('Flip Rosa');
  });

  it("takes the config property, and adds the studio's own procedure to every widget", async () => {
    const el = await fixture<LipStudio>(html`<lip-studio
      name="Rosa"
      .config=${{ procedures: { 'brow-lamination': { name: 'Brow lamination', lasts: { min: 6, max: 8, unit: 'week' } } } }}
      ><lip-comparison-table procedures="lip-flip brow-lamination"></lip-comparison-table
    ></lip-studio>`);
    const t = await tableOf(el);
    expect(t.shadowRoot!.querySelector('thead')!.textContent).to.contain('Brow lamination');
    expect(cellText(t, 'How long it lasts', 1)).to.contain('6–8 weeks');
    expect(cellText(t, 'Product', 1)).to.contain('Not stated');
  });

  const broken: [string, string, string][] = [
    ['broken JSON', '{"procedures": {', 'config'],
    [
      'a string where a number belongs',
      '{"procedures":{"lip-flip":{"lasts":{"min":"two","max":3,"unit":"month"}}}}',
      'config.procedures.lip-flip.lasts.min',
    ],
    ['a __proto__ key', '{"__proto__":{"polluted":true},"procedures":{"lip-flip":{"__proto__":{"polluted":true}}}}', 'config.__proto__'],
  ];
  for (const [name, json, path] of broken) {
    it(`keeps the built-in data with ${name}, shows the notice and logs the path`, async () => {
      const err = capture('error');
      try {
        const el = await fixture<LipStudio>(
          html`<lip-studio name="Rosa"><script type="application/json">${json}</script><lip-comparison-table></lip-comparison-table></lip-studio>`,
        );
        const t = await tableOf(el);
        expect(cellText(t, 'How long it lasts', 0)).to.contain('8–12 weeks');
        expect(t.shadowRoot!.querySelector('[part="studio-notice"]')!.textContent).to.match(/studio settings? (was|were) ignored/);
        expect(err.seen.some((m) => m.includes(path))).to.equal(true);
        expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
        await expect(t).to.be.accessible();
      } finally {
        err.restore();
      }
    });
  }

  it('works when it upgrades after its children', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
    const tag = 'lip-studio-late';
    const Late = class extends (customElements.get('lip-studio') as typeof LipStudio) {};
    const studio = document.createElement(tag) as LipStudio;
    studio.setAttribute('name', 'Late Studio');
    studio.innerHTML =
      '<script type="application/json">{"procedures":{"lip-flip":{"name":"Late flip"}}}</script><lip-comparison-table></lip-comparison-table>';
    wrap.append(studio);
    const t = studio.querySelector<LipComparisonTable>('lip-comparison-table')!;
    await t.updateComplete;
    expect(t.shadowRoot!.querySelector('thead')!.textContent).to.contain('Lip flip');
    customElements.define(tag, Late);
    await (studio as LipStudio).updateComplete;
    await t.updateComplete;
    expect(t.shadowRoot!.querySelector('thead')!.textContent).to.contain('Late flip');
  });

  it('lets the nearest studio win when studios are nested', async () => {
    const el = await fixture<LipStudio>(html`<lip-studio name="Outer" .config=${{ procedures: { 'lip-flip': { name: 'Outer flip' } } }}>
      <lip-studio name="Inner" .config=${{ procedures: { 'lip-flip': { name: 'Inner flip' } } }}>
        <lip-comparison-table></lip-comparison-table>
      </lip-studio>
    </lip-studio>`);
    const inner = el.querySelector<LipStudio>('lip-studio')!;
    await inner.updateComplete;
    const t = await tableOf(inner);
    expect(t.shadowRoot!.querySelector('thead')!.textContent).to.contain('Inner flip');
  });

  it('refuses a javascript: booking link with a console warning', async () => {
    const warn = capture('warn');
    try {
      await fixture<LipStudio>(
        html`<lip-studio booking-url="javascript:alert(1)"><lip-comparison-table></lip-comparison-table></lip-studio>`,
      );
      expect(warn.seen.some((m) => m.includes('javascript:alert(1)'))).to.equal(true);
    } finally {
      warn.restore();
    }
  });

  it('fixes the colour scheme of its widgets with scheme="dark"', async () => {
    const el = await fixture<LipStudio>(html`<lip-studio scheme="dark"><lip-comparison-table></lip-comparison-table></lip-studio>`);
    const t = await tableOf(el);
    await t.updateComplete;
    expect(t.getAttribute('data-lip-scheme')).to.equal('dark');
    const bg = getComputedStyle(t.shadowRoot!.querySelector('.base')!).backgroundColor;
    expect(bg).to.equal('rgb(31, 26, 28)');
    await expect(t).to.be.accessible();
  });

  it('re-colours its widgets with one --lip-accent', async () => {
    const el = await fixture<LipStudio>(
      html`<lip-studio style="--lip-accent: rgb(0, 90, 60)"><lip-comparison-table></lip-comparison-table></lip-studio>`,
    );
    const t = await tableOf(el);
    expect(painted(getComputedStyle(t.shadowRoot!.querySelector('thead th')!).color)).to.equal('rgb(0, 90, 60)');
  });
});

describe('<lip-studio> acceptance (issue: studio settings for every widget)', () => {
  type W = HTMLElement & { updateComplete: Promise<boolean> };
  const ALL = `<lip-comparison-table></lip-comparison-table>
    <lip-touchup-timeline procedure="lip-blush" appointment="2026-03-02" today="2026-03-20"></lip-touchup-timeline>
    <lip-healing-tracker procedure="lip-blush" appointment="2026-03-02" today="2026-03-10"></lip-healing-tracker>
    <lip-prep-checklist procedure="lip-blush" appointment="2026-03-20" today="2026-03-10"></lip-prep-checklist>`;

  async function page(studioAttrs: string, inner = ALL): Promise<{ studio: LipStudio; widgets: W[] }> {
    const host = document.createElement('div');
    host.innerHTML = `<lip-studio ${studioAttrs}>${inner}</lip-studio>`;
    document.body.append(host);
    const studio = host.querySelector('lip-studio') as LipStudio;
    await studio.updateComplete;
    const widgets = [...studio.querySelectorAll<W>('lip-comparison-table, lip-touchup-timeline, lip-healing-tracker, lip-prep-checklist')];
    for (const w of widgets) await w.updateComplete;
    return { studio, widgets };
  }
  afterEach(() => {
    document.querySelectorAll('body > div > lip-studio').forEach((s) => s.parentElement!.remove());
    document.documentElement.lang = 'en';
  });

  it("a refinement set to 6 weeks puts the lip-blush refinement of 2026-03-02 on 2026-04-13, marked as the studio's", async () => {
    const { widgets } = await page(
      'name="Studio Rosa"',
      `<script type="application/json">{"procedures":{"lip-blush":{"upkeep":{"refinement":{"after":{"min":6,"max":6,"unit":"week"}}}}}}</script>
       <lip-touchup-timeline procedure="lip-blush" appointment="2026-03-02" today="2026-03-10"></lip-touchup-timeline>`,
    );
    const li = widgets[0].shadowRoot!.querySelector('li[data-id="upkeep-refinement"]')!;
    const win = li.querySelector('.win')!;
    expect(win.getAttribute('data-start')).to.equal('2026-04-13');
    expect(win.getAttribute('data-end')).to.equal('2026-04-13');
    expect(li.textContent).to.contain('per Studio Rosa');
    expect(win.querySelectorAll('.refs .ref').length).to.equal(0);
  });

  it('lang="it" on the studio renders every widget\'s interface and dates in Italian', async () => {
    const { widgets } = await page('lang="it"');
    const text = (w: W) => w.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text(widgets[0])).to.contain('Non indicato dalle nostre fonti').and.not.contain('Not stated');
    expect(text(widgets[1]))
      .to.match(/\b2 mar 2026\b/)
      .and.contain('Aggiungi al calendario')
      .and.not.match(/\b(Mar|Apr) \d/);
    expect(text(widgets[2]))
      .to.match(/Giorno 9/)
      .and.not.contain('Day 9');
    expect(text(widgets[3]))
      .to.match(/\b20 (mar|marzo)\b/)
      .and.not.match(/\b(Mar|Feb) \d/);
    for (const w of widgets) expect(text(w)).to.contain('non un parere medico');
  });

  it('<html lang="it"> alone does the same', async () => {
    document.documentElement.lang = 'it';
    const { widgets } = await page('');
    for (const w of widgets) expect(w.shadowRoot!.textContent).to.contain('non un parere medico');
    expect(widgets[2].shadowRoot!.textContent!.replace(/\s+/g, ' ')).to.match(/Giorno 9/);
  });

  it('one --lip-accent re-colours all four widgets', async () => {
    const { widgets } = await page('style="--lip-accent: rgb(0, 90, 60)"');
    for (const w of widgets) {
      const accent = getComputedStyle(w).getPropertyValue('--_accent').trim();
      expect(accent, w.localName).to.equal('rgb(0, 90, 60)');
      const coloured = [...w.shadowRoot!.querySelectorAll('a, button, th, .refs .ref')].some(
        (n) => painted(getComputedStyle(n).color) === 'rgb(0, 90, 60)' || painted(getComputedStyle(n).borderTopColor) === 'rgb(0, 90, 60)',
      );
      expect(coloured, `${w.localName} shows the accent`).to.equal(true);
    }
  });

  it('booking-url="javascript:alert(1)" produces no link in any widget; an https link does', async () => {
    const bad = await page('booking-url="javascript:alert(1)" name="Rosa"');
    for (const w of bad.widgets) {
      for (const a of w.shadowRoot!.querySelectorAll('a[href]')) expect(a.getAttribute('href')).to.not.match(/javascript/i);
    }
    document.querySelectorAll('body > div > lip-studio').forEach((s) => s.parentElement!.remove());
    const good = await page('booking-url="https://example.com/book" name="Rosa"');
    const hrefs = good.widgets.flatMap((w) => [...w.shadowRoot!.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')));
    expect(hrefs.filter((h) => h === 'https://example.com/book').length).to.equal(2);
    const book = good.widgets[1].shadowRoot!.querySelector('a[part="booking"]')!;
    expect(book.textContent).to.equal('Book your touch-up');
    expect(book.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(good.widgets[2].shadowRoot!.querySelector('a[part="booking"]')!.textContent).to.equal('Contact the studio');
  });

  it('the studio phone becomes a tel: link on the warning signs', async () => {
    const { widgets } = await page('phone="+39 02 555 0101" name="Rosa"');
    const tracker = widgets[2];
    expect([...tracker.shadowRoot!.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href'))).to.include('tel:+39025550101');
  });

  it('a broken config shows the notice in every widget', async () => {
    const seen: string[] = [];
    const original = console.error;
    console.error = (...a: unknown[]) => void seen.push(a.join(' '));
    try {
      const { widgets } = await page(
        '',
        `<script type="application/json">{"procedures":{"lip-blush":{"lasts":{"min":"two","max":3,"unit":"year"}}}}</script>${ALL}`,
      );
      for (const w of widgets) expect(w.shadowRoot!.querySelector('[part="studio-notice"]'), w.localName).to.not.equal(null);
      expect(seen.some((m) => m.includes('config.procedures.lip-blush.lasts.min'))).to.equal(true);
    } finally {
      console.error = original;
    }
  });
});
