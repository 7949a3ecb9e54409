import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/register.js';
// Italian, registered as the script lip-widgets.it.js registers it.
import '../../src/lang/it.js';
import { emulateMedia } from '../support/env.js';
import type { LipComparisonTable } from '../../src/components/lip-comparison-table/lip-comparison-table.js';

function capture(level: 'error' | 'warn') {
  const seen: string[] = [];
  const original = console[level];
  console[level] = (...args: unknown[]) => {
    seen.push(args.map(String).join(' '));
  };
  return { seen, restore: () => (console[level] = original) };
}

const root = (el: LipComparisonTable) => el.shadowRoot!;
const texts = (el: LipComparisonTable, sel: string) =>
  [...root(el).querySelectorAll(sel)].map((n) => n.textContent!.replace(/\s+/g, ' ').trim());

describe('<lip-comparison-table>', () => {
  it('is accessible', async function () {
    this.timeout(20000); // axe's first run in a page, on a busy machine
    const el = await fixture<LipComparisonTable>(html`<lip-comparison-table></lip-comparison-table>`);
    await expect(el).to.be.accessible();
  });

  it('is a real table with a caption, column headers and a row header per aspect', async () => {
    const el = await fixture<LipComparisonTable>(html`<lip-comparison-table></lip-comparison-table>`);
    const table = root(el).querySelector('table')!;
    expect(table.caption!.textContent).to.contain('Lip flip');
    expect(texts(el, 'h2.title')).to.deep.equal(['Lip flip · Lip filler: how they compare']);
    expect(table.caption!.textContent).to.equal('Lip flip\u00a0· Lip filler: how they compare');
    expect(table.getAttribute('aria-labelledby')).to.equal(table.caption!.id);
    expect(texts(el, 'thead th[scope="col"]')).to.deep.equal(['Aspect', 'Lip flip', 'Lip filler']);
    const rows = texts(el, 'tbody th[scope="row"]');
    expect(rows.length).to.be.at.least(8);
    expect(rows).to.include.members([
      'What it does',
      'Product',
      'Effect on volume',
      'Session length',
      'Numbing',
      'Results show',
      'How long it lasts',
      'Relative cost',
    ]);
  });

  it('cites every cell or says the sources do not state it', async () => {
    const el = await fixture<LipComparisonTable>(
      html`<lip-comparison-table procedures="lip-blush lip-flip lip-filler"></lip-comparison-table>`,
    );
    const cells = [...root(el).querySelectorAll('tbody td')];
    expect(cells.length).to.equal(texts(el, 'tbody th').length * 3);
    let missing = 0;
    for (const td of cells) {
      if (/Not stated in our sources/.test(td.textContent!)) missing++;
      else expect(td.querySelectorAll('.refs .ref').length, td.textContent!).to.be.greaterThan(0);
    }
    // Filler's session length and numbing are in none of the sources.
    expect(missing).to.be.at.least(2);
  });

  it("shows each source's own figure where sources disagree (lip blush lasts)", async () => {
    const el = await fixture<LipComparisonTable>(html`<lip-comparison-table procedures="lip-blush lip-flip"></lip-comparison-table>`);
    const row = [...root(el).querySelectorAll('tbody tr')].find((tr) =>
      tr.querySelector('th')!.textContent!.includes('How long it lasts'),
    )!;
    const blush = row.querySelectorAll('td')[0].textContent!.replace(/\s+/g, ' ');
    expect(blush).to.contain('2–3 years');
    expect(blush).to.contain('6–24 months');
    expect(blush).to.contain('3–5 years');
    const flip = row.querySelectorAll('td')[1].textContent!.replace(/\s+/g, ' ');
    expect(flip).to.contain('8–12 weeks');
    expect(flip).to.contain('about 2–3 months');
  });

  it("opens each marker's source title and quoted words next to it, numbered like the sources list", async () => {
    const el = await fixture<LipComparisonTable>(html`<lip-comparison-table></lip-comparison-table>`);
    const marker = root(el).querySelector<HTMLButtonElement>('.refs .ref')!;
    expect(marker.getAttribute('aria-label')).to.match(/^Source \d+$/);
    marker.click();
    await el.updateComplete;
    const note = marker.closest('td')!.querySelector<HTMLElement>('.source-note')!;
    expect(note.querySelector('cite')!.textContent!.length).to.be.greaterThan(5);
    expect(note.querySelectorAll('q').length).to.be.greaterThan(0);
    expect(root(el).activeElement).to.equal(note);
    const details = root(el).querySelector<HTMLDetailsElement>('details.sources')!;
    details.open = true;
    await oneEvent(details, 'toggle');
    await el.updateComplete;
    const item = root(el).querySelector<HTMLLIElement>(`.sources li[value="${marker.textContent!.trim()}"]`)!;
    expect(item.querySelector('cite')!.textContent).to.equal(note.querySelector('cite')!.textContent);
  });

  it('hides markers and the source list with no-sources', async () => {
    const el = await fixture<LipComparisonTable>(html`<lip-comparison-table no-sources></lip-comparison-table>`);
    expect(root(el).querySelectorAll('.refs').length).to.equal(0);
    expect(root(el).querySelector('.sources')).to.equal(null);
    expect(root(el).querySelector('table')).to.not.equal(null);
  });

  it('replaces an unknown id by a friendly notice and names it in the console', async () => {
    const err = capture('error');
    try {
      const el = await fixture<LipComparisonTable>(
        html`<lip-comparison-table procedures="lip-flip lip-plumper lip-filler"></lip-comparison-table>`,
      );
      expect(texts(el, '.notice').join(' ')).to.contain('lip-plumper');
      expect(texts(el, 'thead th[scope="col"]')).to.deep.equal(['Aspect', 'Lip flip', 'Lip filler']);
      expect(err.seen.some((m) => m.includes('"lip-plumper"'))).to.equal(true);
      await expect(el).to.be.accessible();
    } finally {
      err.restore();
    }
  });

  it('takes ids in any case, with commas or repeated spaces', async () => {
    const el = await fixture<LipComparisonTable>(html`<lip-comparison-table procedures="  LIP-BLUSH,lip-flip  "></lip-comparison-table>`);
    expect(texts(el, 'thead th[scope="col"]')).to.deep.equal(['Aspect', 'Lip blush', 'Lip flip']);
  });

  it('re-renders when procedures changes, without firing events', async () => {
    const el = await fixture<LipComparisonTable>(html`<lip-comparison-table></lip-comparison-table>`);
    let events = 0;
    el.addEventListener('change', () => events++);
    el.procedures = 'lip-blush lip-filler';
    await el.updateComplete;
    expect(texts(el, 'thead th[scope="col"]')).to.deep.equal(['Aspect', 'Lip blush', 'Lip filler']);
    expect(events).to.equal(0);
  });

  it('says so when fewer than two procedures are given', async () => {
    const el = await fixture<LipComparisonTable>(html`<lip-comparison-table procedures="lip-blush"></lip-comparison-table>`);
    expect(texts(el, '.notice').join(' ')).to.contain('two or three');
  });

  it('shows a one-line disclaimer', async () => {
    const el = await fixture<LipComparisonTable>(html`<lip-comparison-table></lip-comparison-table>`);
    expect(texts(el, '.disclaimer')[0]).to.match(/not medical advice/);
  });

  it('computes its model before rendering and reports a bad procedures attribute once', async () => {
    const err = capture('error');
    try {
      const el = await fixture<LipComparisonTable>(html`<lip-comparison-table procedures="lip-flip lip-nope"></lip-comparison-table>`);
      el.requestUpdate();
      await el.updateComplete;
      el.lang = 'it';
      await el.updateComplete;
      expect(err.seen.filter((m) => m.includes('"lip-nope"'))).to.have.length(1);
      expect(texts(el, '.notice').join(' ')).to.contain('lip-nope');
    } finally {
      err.restore();
    }
  });

  it('has a title in every state, at the heading level asked for', async () => {
    const err = capture('error');
    const none = await fixture<LipComparisonTable>(
      html`<lip-comparison-table procedures="lip-nope" heading-level="3"></lip-comparison-table>`,
    ).finally(err.restore);
    expect(texts(none, 'h3.title')).to.deep.equal(['How they compare']);
    expect(root(none).querySelector('table')).to.equal(null);
    const empty = await fixture<LipComparisonTable>(html`<lip-comparison-table procedures="" lang="it"></lip-comparison-table>`);
    expect(texts(empty, 'h2.title')).to.deep.equal(['A confronto']);
    const one = await fixture<LipComparisonTable>(html`<lip-comparison-table procedures="lip-blush"></lip-comparison-table>`);
    expect(texts(one, 'h2.title')).to.deep.equal(['Lip blush: how they compare']);
  });

  it('keeps every figure on one line', async () => {
    const el = await fixture<LipComparisonTable>(html`<lip-comparison-table procedures="lip-blush lip-flip"></lip-comparison-table>`);
    const kept = texts(el, 'td .nw');
    expect(kept).to.include.members(['2–3', '6–24', '3–5', '8–12', '2.5', '1–2', '$2,500']);
    for (const nw of root(el).querySelectorAll('td .nw')) expect(getComputedStyle(nw).whiteSpace).to.equal('nowrap');
  });
});

/**
 * Layout at every width: the widget is a table where its columns fit and one
 * card per aspect where they do not; either way each procedure's value for
 * each aspect is on screen, nothing scrolls sideways, and the cells stay
 * tied to their procedure and aspect for assistive technology.
 */
describe('<lip-comparison-table> at every width', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  /** The element's box, or the box of its text when that is wider (text that overflows its cell). */
  const boxOf = (node: Element) => {
    const range = document.createRange();
    range.selectNodeContents(node);
    const a = node.getBoundingClientRect();
    const b = range.getBoundingClientRect();
    return { left: Math.min(a.left, b.left), right: Math.max(a.right, b.right), width: a.width, height: a.height };
  };

  /** The ancestors (across shadow roots) that clip what overflows them. */
  function clippers(node: Element): Element[] {
    const out: Element[] = [];
    for (let n: Node | null = node.parentNode; n; n = n instanceof ShadowRoot ? n.host : n.parentNode) {
      if (!(n instanceof Element)) continue;
      const cs = getComputedStyle(n);
      if (cs.overflowX !== 'visible' || cs.clipPath !== 'none') out.push(n);
    }
    return out;
  }

  const cases = [
    { procedures: 'lip-flip lip-filler', lang: 'en', names: ['Lip flip', 'Lip filler'] },
    { procedures: 'lip-blush lip-flip lip-filler', lang: 'it', names: ['Lip blush', 'Lip flip', 'Filler labbra'] },
  ];
  const widths = [320, 390, 768, 1280];
  for (const c of cases)
    for (const width of widths)
      for (const text of ['100%', '200%']) {
        // The table needs 34em (two procedures) or 44em (three) of container width.
        const wide = c.names.length === 2 ? width - 50 >= (text === '100%' ? 544 : 1088) : width - 50 >= (text === '100%' ? 704 : 1408);
        it(`${c.names.length} procedures (${c.lang}) at ${width} px, ${text} text: ${wide ? 'a table' : 'cards'}, every value on screen`, async function () {
          this.timeout(20000);
          await setViewport({ width, height: 800 });
          const wrap = await fixture<HTMLDivElement>(
            html`<div style=${`font-size:${text}`}><lip-comparison-table procedures=${c.procedures} lang=${c.lang}></lip-comparison-table></div>`,
          );
          const el = wrap.querySelector('lip-comparison-table')!;
          await el.updateComplete;
          const table = root(el).querySelector('table')!;
          expect(getComputedStyle(table).display).to.equal(wide ? 'table' : 'block');

          // Every value is on screen and clipped by nothing.
          const rows = [...table.tBodies[0].rows];
          expect(rows.length).to.be.at.least(12);
          const vw = document.documentElement.clientWidth;
          for (const tr of rows) {
            const aspect = tr.cells[0].textContent!.trim();
            const cells = [...tr.querySelectorAll('td')];
            expect(cells).to.have.length(c.names.length);
            for (const td of cells) {
              const where = `${aspect}, ${c.names[cells.indexOf(td)]}`;
              const box = boxOf(td);
              expect(box.width, where).to.be.greaterThan(20);
              expect(box.height, where).to.be.greaterThan(10);
              expect(box.left, where).to.be.at.least(0);
              expect(box.right, where).to.be.at.most(vw + 0.5);
              expect(td.scrollWidth, `${where}: overflows its cell`).to.be.at.most(td.clientWidth + 1);
              for (const clip of clippers(td)) {
                const r = clip.getBoundingClientRect();
                expect(box.left >= r.left - 0.5 && box.right <= r.right + 0.5, `${where}: clipped by <${clip.localName}>`).to.equal(true);
              }
              // A figure never breaks inside ("2–" / "3 years").
              for (const nw of td.querySelectorAll('.nw')) expect(nw.getClientRects().length, nw.textContent!).to.equal(1);
            }
          }

          // No sideways scrolling, on the page or inside the widget.
          expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
          for (const node of [root(el).querySelector('.base')!, root(el).querySelector('.wrap')!, table]) {
            expect(node.scrollWidth, node.className || node.localName).to.be.at.most(node.clientWidth + 1);
          }

          // The title is fully visible.
          const title = root(el).querySelector<HTMLElement>('.title')!;
          expect(title.getBoundingClientRect().right).to.be.at.most(vw + 0.5);
          expect(title.scrollWidth).to.be.at.most(title.clientWidth + 1);

          // Each value is tied to its procedure (column header) and its aspect (row header).
          expect(table.getAttribute('role')).to.equal('table');
          const heads = [...table.tHead!.rows[0].cells];
          expect(heads.map((h) => h.getAttribute('role'))).to.deep.equal(heads.map(() => 'columnheader'));
          expect(heads.slice(1).map((h) => h.textContent!.trim())).to.deep.equal(c.names);
          expect(getComputedStyle(table.tHead!).display, 'the headers stay in the accessibility tree').to.not.equal('none');
          for (const tr of rows) {
            expect(tr.getAttribute('role')).to.equal('row');
            expect(tr.cells[0].getAttribute('role')).to.equal('rowheader');
            expect(tr.cells[0].getAttribute('scope')).to.equal('row');
            [...tr.querySelectorAll('td')].forEach((td, i) => {
              expect(td.getAttribute('role')).to.equal('cell');
              expect(td.cellIndex).to.equal(i + 1);
              // The visible procedure name in a card says what the column header says, and is not read twice.
              const proc = td.querySelector('.proc')!;
              expect(proc.textContent!.trim()).to.equal(heads[i + 1].textContent!.trim());
              expect(proc.getAttribute('aria-hidden')).to.equal('true');
              expect(getComputedStyle(proc).display).to.equal(wide ? 'none' : 'block');
            });
          }

          await expect(el).to.be.accessible();
          if (await emulateMedia({ colorScheme: 'dark' })) {
            try {
              await expect(el).to.be.accessible();
            } finally {
              await emulateMedia({ colorScheme: 'light' });
            }
          }
        });
      }

  it('puts short values side by side in a narrow card, long ones one under the other', async () => {
    await setViewport({ width: 390, height: 800 });
    const el = await fixture<LipComparisonTable>(html`<lip-comparison-table></lip-comparison-table>`);
    const row = (label: string) =>
      [...root(el).querySelectorAll('tbody tr')].find((tr) => tr.querySelector('th')!.textContent!.includes(label))!;
    const [a, b] = row('Results show').querySelectorAll('td');
    expect(Math.round(a.getBoundingClientRect().top)).to.equal(Math.round(b.getBoundingClientRect().top));
    expect(a.getBoundingClientRect().right).to.be.lessThan(b.getBoundingClientRect().left);
    const [c, d] = row('What it does').querySelectorAll('td');
    expect(d.getBoundingClientRect().top).to.be.greaterThan(c.getBoundingClientRect().bottom - 1);
    // "Not stated in our sources" is shown, muted.
    const missing = row('Results show').querySelector('.missing')!;
    expect(missing.textContent).to.equal('Not stated in our sources');
    expect(getComputedStyle(missing).color).to.not.equal(getComputedStyle(a).color);
  });

  it('switches on its own width, not the page width: cards in a narrow column of a wide page', async () => {
    await setViewport({ width: 1280, height: 800 });
    const wrap = await fixture<HTMLDivElement>(html`<div style="width:300px"><lip-comparison-table></lip-comparison-table></div>`);
    const el = wrap.querySelector('lip-comparison-table')!;
    await el.updateComplete;
    expect(getComputedStyle(root(el).querySelector('table')!).display).to.equal('block');
    expect(root(el).querySelector('.base')!.scrollWidth).to.be.at.most(root(el).querySelector('.base')!.clientWidth + 1);
  });
});
