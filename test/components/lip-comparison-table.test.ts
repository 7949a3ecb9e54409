import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/register.js';
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
  it('is accessible', async () => {
    const el = await fixture<LipComparisonTable>(html`<lip-comparison-table></lip-comparison-table>`);
    await expect(el).to.be.accessible();
  });

  it('is a real table with a caption, column headers and a row header per aspect', async () => {
    const el = await fixture<LipComparisonTable>(html`<lip-comparison-table></lip-comparison-table>`);
    const table = root(el).querySelector('table')!;
    expect(table.caption!.textContent).to.contain('Lip flip');
    expect(texts(el, 'thead th[scope="col"]')).to.deep.equal(['Aspect', 'Lip flip', 'Lip filler']);
    const rows = texts(el, 'tbody th[scope="row"]');
    expect(rows.length).to.be.at.least(8);
    expect(rows).to.include.members(['What it does', 'Product', 'Effect on volume', 'Session length', 'Numbing', 'Results show', 'How long it lasts', 'Relative cost']);
  });

  it('cites every cell or says the sources do not state it', async () => {
    const el = await fixture<LipComparisonTable>(html`<lip-comparison-table procedures="lip-blush lip-flip lip-filler"></lip-comparison-table>`);
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

  it('shows each source\'s own figure where sources disagree (lip blush lasts)', async () => {
    const el = await fixture<LipComparisonTable>(html`<lip-comparison-table procedures="lip-blush lip-flip"></lip-comparison-table>`);
    const row = [...root(el).querySelectorAll('tbody tr')].find((tr) => tr.querySelector('th')!.textContent!.includes('How long it lasts'))!;
    const blush = row.querySelectorAll('td')[0].textContent!.replace(/\s+/g, ' ');
    expect(blush).to.contain('2–3 years');
    expect(blush).to.contain('6–24 months');
    expect(blush).to.contain('3–5 years');
    const flip = row.querySelectorAll('td')[1].textContent!.replace(/\s+/g, ' ');
    expect(flip).to.contain('8–12 weeks');
    expect(flip).to.contain('about 2–3 months');
  });

  it('opens each marker\'s source title and quoted words next to it, numbered like the sources list', async () => {
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
      const el = await fixture<LipComparisonTable>(html`<lip-comparison-table procedures="lip-flip lip-plumper lip-filler"></lip-comparison-table>`);
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

  it('scrolls inside a labelled, focusable region at 320 px', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width:320px"><lip-comparison-table></lip-comparison-table></div>`);
    const el = wrap.querySelector('lip-comparison-table')!;
    await el.updateComplete;
    const region = root(el).querySelector<HTMLElement>('[role="region"]')!;
    expect(region.tabIndex).to.equal(0);
    expect(region.getAttribute('aria-labelledby')).to.equal('caption');
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
    expect(region.scrollWidth).to.be.greaterThan(region.clientWidth);
  });
});
