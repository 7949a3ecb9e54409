import { expect, fixture, html } from '@open-wc/testing';
import '../../src/register.js';
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
    expect(row.querySelectorAll('td')[0].querySelectorAll('.refs a').length).to.equal(0);
  });

  it('finds its JSON inside a <p> that a CMS editor wrapped around it', async () => {
    const el = await fixture<LipStudio>(html`<lip-studio name="Rosa"><p><script type="application/json">{"procedures":{"lip-flip":{"name":"Flip Rosa"}}}</script></p><lip-comparison-table></lip-comparison-table></lip-studio>`);
    const t = await tableOf(el);
    expect(t.shadowRoot!.querySelector('thead')!.textContent).to.contain('Flip Rosa');
  });

  it('takes the config property, and adds the studio\'s own procedure to every widget', async () => {
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
    ['a string where a number belongs', '{"procedures":{"lip-flip":{"lasts":{"min":"two","max":3,"unit":"month"}}}}', 'config.procedures.lip-flip.lasts.min'],
    ['a __proto__ key', '{"__proto__":{"polluted":true},"procedures":{"lip-flip":{"__proto__":{"polluted":true}}}}', 'config.__proto__'],
  ];
  for (const [name, json, path] of broken) {
    it(`keeps the built-in data with ${name}, shows the notice and logs the path`, async () => {
      const err = capture('error');
      try {
        const el = await fixture<LipStudio>(html`<lip-studio name="Rosa"><script type="application/json">${json}</script><lip-comparison-table></lip-comparison-table></lip-studio>`);
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
    studio.innerHTML = '<script type="application/json">{"procedures":{"lip-flip":{"name":"Late flip"}}}</script><lip-comparison-table></lip-comparison-table>';
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
      await fixture<LipStudio>(html`<lip-studio booking-url="javascript:alert(1)"><lip-comparison-table></lip-comparison-table></lip-studio>`);
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
    const el = await fixture<LipStudio>(html`<lip-studio style="--lip-accent: rgb(0, 90, 60)"><lip-comparison-table></lip-comparison-table></lip-studio>`);
    const t = await tableOf(el);
    expect(getComputedStyle(t.shadowRoot!.querySelector('thead th')!).color).to.equal('rgb(0, 90, 60)');
  });
});
