/*
 * Data fidelity, as a client sees it: each fix of the claims audit pinned by
 * the text the widgets render (not only by the data), in English and Italian.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../src/register.js';
// Italian, registered as the script lip-widgets.it.js registers it.
import '../src/lang/it.js';
import '../src/lang/fr.js';

const root = (el: Element) => el.shadowRoot!;
const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
/** An element's text without its source markers (and a table card's procedure label, hidden from assistive technology). */
function plain(node: Element | null | undefined): string {
  const copy = node?.cloneNode(true) as HTMLElement | undefined;
  copy?.querySelectorAll('.refs, .source-note, .proc').forEach((r) => r.remove());
  return clean(copy?.textContent);
}
const text = (el: Element) => plain(root(el).querySelector('.base'));
const all = (el: Element | ShadowRoot, sel: string) => [...el.querySelectorAll<HTMLElement>(sel)];

/** The list under a tracker heading ("Avoid", "Sources differ"), as plain text; '' when the heading is absent. */
function section(el: Element, heading: string): string {
  const h = all(root(el), '.subheading').find((x) => clean(x.textContent) === heading);
  return h ? plain(h.nextElementSibling) : '';
}

/** Opens the widget's "Sources (N)" disclosure (its numbered list is rendered once open). */
async function openSources(el: Element): Promise<void> {
  const list = root(el).querySelector<HTMLDetailsElement>('details.sources')!;
  if (list.open) return;
  list.open = true;
  await oneEvent(list, 'toggle');
  await (el as LitElement).updateComplete;
}

/** The names of the sources a node's markers point to (from the numbered source list, opened). */
async function sourcesOf(el: Element, node: Element): Promise<string[]> {
  await openSources(el);
  return all(node, '.refs .ref').map((b) => plain(root(el).querySelector(`#src-${clean(b.textContent)}`)));
}

const tracker = async (procedure: string, today: string, lang = 'en') =>
  fixture(html`<lip-healing-tracker procedure=${procedure} appointment="2026-03-02" today=${today} lang=${lang}></lip-healing-tracker>`);
const checklist = async (procedure: string, lang = 'en') =>
  fixture(html`<lip-prep-checklist procedure=${procedure} appointment="2026-03-20" today="2026-02-01" lang=${lang}></lip-prep-checklist>`);
const timeline = async (procedure: string) =>
  fixture(html`<lip-touchup-timeline procedure=${procedure} appointment="2026-03-02" today="2026-03-02"></lip-touchup-timeline>`);

describe('data fidelity: the healing tracker', () => {
  it('is accessible with the sources-differ list', async function () {
    this.timeout(30000); // axe's first run on a busy machine
    const el = await tracker('lip-blush', '2026-03-10');
    await expect(el).to.be.accessible();
  });

  it('lip filler Day 8: never "Massage week over" (the source says at least a week); asks the practitioner', async () => {
    const el = await tracker('lip-filler', '2026-03-09');
    expect(text(el)).to.not.contain('Massage week over');
    expect(text(el)).to.contain('First week over: ask your practitioner whether to keep massaging');
  });

  it('lip filler Day 2: "Day 2 of at least 7", never "about 7"', async () => {
    const el = await tracker('lip-filler', '2026-03-03');
    expect(plain(root(el).querySelector('.day'))).to.equal('Day 2 of at least 7');
    expect(text(el)).to.not.contain('about 7');
  });

  it('lip blush: "Day 9 of 42–56" without "about" (six to eight weeks is exact)', async () => {
    const el = await tracker('lip-blush', '2026-03-10');
    expect(plain(root(el).querySelector('.day'))).to.equal('Day 9 of 42–56');
  });

  it('lip flip Day 4 and Day 14: still avoid rubbing (no duration in the source) and smoking "in the days after"', async () => {
    for (const today of ['2026-03-05', '2026-03-15']) {
      const el = await tracker('lip-flip', today);
      const avoid = section(el, 'Avoid');
      expect(avoid, today).to.contain('Rubbing or massaging your lips (can spread the Botox)');
      expect(avoid, today).to.contain('Smoking in the days after (infection risk)');
    }
  });

  it('lip flip: bruising "may occur" with no day window, shown after Day 3 too', async () => {
    const el = await tracker('lip-flip', '2026-03-08');
    expect(section(el, 'What to expect')).to.contain('Minor bruising or swelling may occur where injected');
  });

  it("lip flip: first results on the timeline's date, Day 4 (3 days after the appointment), not Day 3", async () => {
    const tl = await timeline('lip-flip');
    expect(root(tl).querySelector('[data-id="results"] .win')!.getAttribute('data-start')).to.equal('2026-03-05');
    expect(section(await tracker('lip-flip', '2026-03-04'), 'What to expect')).to.not.contain('Results show');
    expect(section(await tracker('lip-flip', '2026-03-05'), 'What to expect')).to.contain('Results show, then improve for several days');
  });

  it('lip filler Day 2: uneven filler only right after (Day 1), not all week', async () => {
    expect(section(await tracker('lip-filler', '2026-03-02'), 'What to expect')).to.contain('Right after: filler may not be evenly spread');
    expect(section(await tracker('lip-filler', '2026-03-03'), 'What to expect')).to.not.contain('evenly');
  });

  it('lip blush: water is a disagreement with both sides and their sources, neither a task nor an Avoid item', async () => {
    const el = await tracker('lip-blush', '2026-03-10');
    const differ = all(root(el), '.differ > li').find((li) => li.textContent!.includes('Water'))!;
    const [wash, avoid] = all(differ, 'li');
    expect(plain(differ)).to.match(/^Water on your lips/);
    expect([plain(wash), plain(avoid)]).to.deep.equal(['Wash them only with water', 'Aftercare often includes avoiding water exposure']);
    expect((await sourcesOf(el, wash)).join()).to.contain("Harper's Bazaar Italia");
    expect((await sourcesOf(el, avoid)).join()).to.contain('A general description of lip blushing');
    expect(differ.querySelector('input')).to.equal(null);
    expect(plain(root(el).querySelector('.tasks'))).to.not.match(/water/i);
    expect(section(el, 'Avoid')).to.not.match(/water/i);
    expect(plain(root(el).querySelector('.tasks'))).to.contain('Repairing cream (vitamin E based) or the balm your artist recommends');
  });

  it('lip filler: the massage plans that differ are shown side by side during the massage days', async () => {
    const el = await tracker('lip-filler', '2026-03-03');
    const differ = section(el, 'Sources differ');
    expect(differ).to.contain('a few minutes, several times a day, for the first few days');
    expect(differ).to.contain('about 5 minutes, 3 to 4 times a day, especially in the first week; at least a week');
    expect(differ).to.contain('Not all fillers need massage');
    expect(section(await tracker('lip-filler', '2026-03-10'), 'Sources differ')).to.equal('');
  });

  it('lip flip warning signs: spitting and whistling too', async () => {
    const el = await tracker('lip-flip', '2026-03-03');
    expect(plain(root(el).querySelector('.warn'))).to.contain('trouble with words, spitting, whistling or keeping fluids in');
  });

  it('in Italian: the same figures, "almeno" for the minimum and the sources that differ', async () => {
    const filler = await tracker('lip-filler', '2026-03-03', 'it');
    expect(plain(root(filler).querySelector('.day'))).to.equal('Giorno 2 di almeno 7');
    expect(section(filler, 'Le fonti non concordano')).to.contain('circa 5 minuti, 3–4 volte al giorno');
    const blush = await tracker('lip-blush', '2026-03-10', 'it');
    expect(plain(root(blush).querySelector('.day'))).to.match(/^Giorno 9 di 42[-–]56$/);
    expect(section(blush, 'Le fonti non concordano')).to.contain('Lavale solo con acqua');
    const day8 = await tracker('lip-filler', '2026-03-09', 'it');
    expect(text(day8)).to.contain('Prima settimana conclusa: chiedi al tuo specialista se continuare i massaggi');
  });
});

describe('data fidelity: the comparison table', () => {
  /** Row label → one text per procedure column. */
  async function table(procedures: string, lang = 'en'): Promise<{ el: Element; rows: Map<string, string[]> }> {
    const el = await fixture(html`<lip-comparison-table procedures=${procedures} lang=${lang}></lip-comparison-table>`);
    const rows = new Map<string, string[]>();
    for (const tr of all(root(el), 'tbody tr')) rows.set(plain(tr.querySelector('th')), all(tr, 'td').map(plain));
    return { el, rows };
  }

  it('has a "Not for" row: who should avoid each treatment, or that no source says', async () => {
    const { rows } = await table('lip-blush lip-flip lip-filler');
    const [blush, flip, filler] = rows.get('Not for')!;
    expect(blush).to.contain('Anyone prone to keloid or hypertrophic scars: might want to avoid it altogether');
    expect(blush).to.contain('Under 18s: in Arizona, artists may only tattoo people 18 and up');
    expect(flip).to.contain('Anyone wanting a longer-lasting result: lip lifts or fillers might suit better');
    expect(filler).to.equal('Not stated in our sources');
  });

  it('shows lip-blush results once healed (6–8 weeks), never "right away"', async () => {
    const { rows } = await table('lip-blush lip-flip');
    expect(rows.get('Results show')).to.deep.equal(['6–8 weeks', 'about 3 days']);
    expect([...rows.values()].flat().join(' ')).to.not.contain('right away');
  });

  it('keeps "rarely" to what the source calls rare, and a lip flip side effect without a frequency', async () => {
    const { rows } = await table('lip-blush lip-flip');
    const [blush, flip] = rows.get('Side effects')!;
    expect(blush).to.contain('Very rarely, scarring');
    expect(blush).to.contain('Rarely, an allergic reaction to the numbing agent or the ink');
    expect(blush).to.not.contain('Rarely: infection');
    expect(flip).to.contain('A larger dose can relax the lips too much');
    expect(flip).to.not.match(/rarely/i);
  });

  it("says how much it hurts in each source's words", async () => {
    const { rows } = await table('lip-blush lip-flip');
    const [blush, flip] = rows.get('How much it hurts')!;
    expect(blush).to.contain('Annoying, but not overly painful');
    expect(blush).to.contain('if the pain is intense, ask to stop at once');
    expect(blush).to.contain('Likely no more than a slight sting');
    expect(flip).to.contain('likened to a pimple on your lip');
  });

  it('shows each disagreement with both sides, each with its own source; symmetry is no longer a plain benefit', async () => {
    expect((await table('lip-flip lip-filler')).rows.get('Sources differ')![0]).to.equal('Not stated in our sources');
    const { el, rows } = await table('lip-blush lip-filler');
    const [blush, filler] = rows.get('Sources differ')!;
    expect(blush).to.contain('Water on your lips: Wash them only with water');
    expect(blush).to.contain('Water on your lips: Aftercare often includes avoiding water exposure');
    expect(blush).to.contain('Shape and symmetry: It can even out the symmetry or correct the shape');
    expect(blush).to.contain(
      'Shape and symmetry: Don’t tattoo outside your natural lip line, not even to correct asymmetry: pigment can migrate',
    );
    expect(filler).to.contain('Massage: from when, how long, how often: Not all fillers need massage');
    expect(rows.get('Good for')![0]).to.not.match(/symmetry/i);
    const row = all(root(el), 'tbody tr').find((tr) => plain(tr.querySelector('th')) === 'Sources differ')!;
    const sides = all(row.querySelector('td')!, 'li');
    const wash = sides.find((li) => li.textContent!.includes('Wash them'))!;
    const avoid = sides.find((li) => li.textContent!.includes('avoiding water'))!;
    expect((await sourcesOf(el, wash)).join()).to.contain("Harper's Bazaar Italia");
    expect((await sourcesOf(el, avoid)).join()).to.contain('A general description of lip blushing');
  });

  it('quotes the cut-away words back: "Botox lip fillers", "especially in the first week"', async () => {
    const { el } = await table('lip-flip lip-filler');
    await openSources(el);
    const list = plain(root(el).querySelector('.sources'));
    expect(list).to.contain('Botox lip fillers last longer — around a year');
    expect(list).to.contain('about 5 minutes, 3 to 4 times a day, especially in the first week');
  });

  it('in Italian: "Non adatto a" and "Le fonti non concordano" rows, numbers unchanged', async () => {
    const { rows } = await table('lip-blush lip-flip', 'it');
    expect(rows.get('Non adatto a')![0]).to.contain('Minori di 18 anni: in Arizona gli artisti possono tatuare solo chi ha 18 anni o più');
    expect(rows.get('Le fonti non concordano')![0]).to.contain('L’acqua sulle labbra: Lavale solo con acqua');
    expect(rows.get('Risultati visibili')!.map((x) => x.replace('–', '-'))).to.deep.equal(['6-8 settimane', '3 giorni circa']);
  });
});

describe('data fidelity: the preparation checklist', () => {
  it('is accessible with the "Not for" line and the sources-differ box', async function () {
    this.timeout(30000); // axe's first run on a busy machine
    const el = await checklist('lip-blush');
    await expect(el).to.be.accessible();
  });

  it('lip blush: the "Not for" line, above the list and not tickable', async () => {
    const el = await checklist('lip-blush');
    const line = root(el).querySelector('[part="not-for"]')!;
    expect(plain(line.querySelector('strong'))).to.equal('Not for');
    expect(all(line, 'li').map(plain)).to.deep.equal([
      'Anyone prone to keloid or hypertrophic scars: might want to avoid it altogether',
      'Under 18s: in Arizona, artists may only tattoo people 18 and up',
    ]);
    expect(line.querySelector('input')).to.equal(null);
    expect((await sourcesOf(el, line)).join()).to.contain('What Is Lip-Blushing? And Should I Do It?');
  });

  it('lip blush: "see a doctor" no longer softens the keloid warning; sterile needles; the wait is "at least" 4 weeks', async () => {
    const el = await checklist('lip-blush');
    const labels = all(root(el), '.item label').map(plain);
    expect(labels).to.include('Consult your doctor first');
    expect(labels.join()).to.not.contain('especially if prone');
    expect(labels).to.include('Check that your artist uses sterilised needles and equipment');
    expect(labels).to.include('Avoid: Lip injections such as filler, chemical peels, other lip treatments for at least 4 weeks before');
    const wait = all(root(el), '.item').find((i) => i.textContent!.includes('at least 4 weeks before'))!;
    expect(plain(wait.querySelector('time'))).to.equal('from Feb 20 (at least 4 weeks before)');
    expect(labels).to.include('During the session: if the pain is intense, ask to stop at once (a rare allergic reaction is possible)');
  });

  it('lip blush: the bedtime cream belongs to the run-up, not to "The night before"', async () => {
    const el = await checklist('lip-blush');
    const legends = all(root(el), 'legend').map(plain);
    expect(legends.join()).to.not.contain('The night before');
    const days = all(root(el), 'fieldset').find((f) => plain(f.querySelector('legend')).startsWith('Days before'))!;
    expect(plain(days)).to.contain('At bedtime in the run-up: a cream that hydrates and repairs the lips');
  });

  it('lip blush: where the sources differ on shape, both sides with their sources, none tickable', async () => {
    const el = await checklist('lip-blush');
    const box = root(el).querySelector('[part="differ"]')!;
    expect(plain(box)).to.contain('Sources differ: Shape and symmetry');
    const [correct, inside] = all(box, 'li');
    expect(plain(correct)).to.equal('It can even out the symmetry or correct the shape');
    expect(plain(inside)).to.equal('Don’t tattoo outside your natural lip line, not even to correct asymmetry: pigment can migrate');
    expect((await sourcesOf(el, inside)).join()).to.contain('What Is Lip-Blushing? And Should I Do It?');
    expect((await sourcesOf(el, correct)).join()).to.contain('Lip Rejuvenation Treatments');
    expect(box.querySelector('input')).to.equal(null);
  });

  it('in French, the differ heading and each source take the French colon, a no-break space before it', async () => {
    const el = await checklist('lip-blush', 'fr');
    const heading = root(el).querySelector('[part="differ"] strong')!.textContent!;
    expect(heading).to.match(/^Les sources divergent\u00a0: \S/);
    await openSources(el);
    const cited = all(root(el), '[id^="src-"]').find((li) => li.querySelector('q'))!;
    expect(cited.textContent, 'a source line with its quotes').to.match(/\S\u00a0: /);
  });

  it('lip flip: a qualified cosmetic surgeon, and the "Not for" line', async () => {
    const el = await checklist('lip-flip');
    expect(all(root(el), '.item label').map(plain)).to.include('Find a qualified cosmetic surgeon');
    expect(plain(root(el).querySelector('[part="not-for"]'))).to.contain('Anyone wanting a longer-lasting result');
  });

  it('in Italian: "Non adatto a", "almeno 4 settimane"', async () => {
    const el = await checklist('lip-blush', 'it');
    expect(plain(root(el).querySelector('[part="not-for"]'))).to.contain('Non adatto a');
    expect(text(el)).to.contain('per almeno 4 settimane prima');
    expect(text(el)).to.contain('almeno 4 settimane prima)');
  });
});

describe('data fidelity: the timeline and the source list', () => {
  it('lip blush: no "First results" right away; the check-up once healed is a visit', async () => {
    const el = await timeline('lip-blush');
    expect(text(el)).to.not.contain('First results');
    expect(text(el)).to.not.contain('right away');
    expect(plain(root(el).querySelector('[data-id="upkeep-check-up"]'))).to.contain(
      'Check-up once healed: your technician will likely invite you back',
    );
  });

  it('lip filler: the massage days are a minimum ("or longer"), not "about"', async () => {
    const el = await timeline('lip-filler');
    expect(plain(root(el).querySelector('[data-id="recovery"] .rel'))).to.equal('days 1–7 or longer');
  });

  it('puts only published titles in <cite>; a descriptive label stays outside', async () => {
    const el = await fixture(html`<lip-comparison-table procedures="lip-blush lip-filler" lang="en"></lip-comparison-table>`);
    await openSources(el);
    const cites = all(root(el), '.sources cite').map(plain).sort();
    expect(cites).to.deep.equal([
      'Lip Rejuvenation Treatments',
      'Lip blushing is the beauty treatment to even out or change the symmetry of the lips',
      'What Is Lip-Blushing? And Should I Do It?',
    ]);
    const items = all(root(el), '.sources li').map(plain);
    expect(items.some((i) => i.startsWith('A general description of lip blushing:'))).to.equal(true);
    expect(items.some((i) => i.startsWith('An article on massaging the lips after lip filler:'))).to.equal(true);
    expect(items.some((i) => i.startsWith("Lip Rejuvenation Treatments, A clinic's page: lip-flip FAQ and lip-blushing guide:"))).to.equal(
      true,
    );
  });
});
