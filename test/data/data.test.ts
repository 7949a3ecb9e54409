import { expect } from '@open-wc/testing';
import { procedures, procedureIds, sources, sourceIds } from '../../src/data/index.js';
import type { Citation, Procedure, Span } from '../../src/data/types.js';
import { overallRange } from '../../src/core/figures.js';

/** Every object in a procedure that carries `cite`, with its path. */
function citedFacts(p: Procedure): { path: string; fact: { cite: readonly Citation[] } & Record<string, unknown> }[] {
  const out: { path: string; fact: { cite: readonly Citation[] } & Record<string, unknown> }[] = [];
  const walk = (v: unknown, path: string) => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
    else if (v && typeof v === 'object') {
      if ('cite' in v) out.push({ path, fact: v as never });
      for (const [k, x] of Object.entries(v)) if (k !== 'cite') walk(x, `${path}.${k}`);
    }
  };
  walk(p, p.id);
  return out;
}

function spansOf(p: Procedure): Span[] {
  return citedFacts(p)
    .map((f) => f.fact)
    .filter((f): f is never => 'unit' in f) as Span[];
}

describe('procedure data', () => {
  it('has the three built-in procedures under their own ids', () => {
    expect(procedureIds).to.deep.equal(['lip-blush', 'lip-flip', 'lip-filler']);
    for (const id of procedureIds) expect(procedures[id].id).to.equal(id);
  });

  it('lists five sources with unique ids and a label; a title only where one was published', () => {
    expect(sources).to.have.length(5);
    expect(new Set(sourceIds).size).to.equal(5);
    for (const s of sources) expect(s.label.length).to.be.greaterThan(5);
    // the published titles, word for word; no descriptive words inside them
    expect(Object.fromEntries(sources.map((s) => [s.id, s.title]))).to.deep.equal({
      'harpers-bazaar': 'Lip blushing is the beauty treatment to even out or change the symmetry of the lips',
      'blush-overview': undefined,
      'the-cut': 'What Is Lip-Blushing? And Should I Do It?',
      'clinic-lip-rejuvenation': 'Lip Rejuvenation Treatments',
      'filler-massage': undefined,
    });
  });

  for (const id of procedureIds) {
    describe(id, () => {
      const p = procedures[id];
      const facts = citedFacts(p);

      it('cites every fact with a known source and a non-empty quote', () => {
        expect(facts.length).to.be.greaterThan(10);
        for (const { path, fact } of facts) {
          expect(fact.cite.length, path).to.be.greaterThan(0);
          for (const c of fact.cite) {
            expect(sourceIds, path).to.include(c.source);
            expect(c.quote.trim().length, path).to.be.greaterThan(1);
            expect(c.quote, path).to.equal(c.quote.trim());
          }
        }
      });

      it('keeps every range ordered and non-negative', () => {
        for (const s of spansOf(p)) {
          expect(s.min, JSON.stringify(s)).to.be.at.least(0);
          expect(s.max, JSON.stringify(s)).to.be.at.least(s.min);
        }
        for (const item of [...(p.expect ?? []), ...(p.aftercare ?? [])]) {
          if (!item.days) continue;
          expect(item.days.from).to.be.at.least(1);
          if (item.days.to !== undefined) expect(item.days.to).to.be.at.least(item.days.from);
        }
        for (const item of p.prep ?? []) {
          if (item.daysBefore) expect(item.daysBefore.max).to.be.at.least(item.daysBefore.min);
        }
      });

      it('uses unique note ids within each list', () => {
        for (const list of [p.summary, p.expect, p.aftercare, p.prep, p.warningSigns, p.upkeep, p.goodFor]) {
          const ids = (list ?? []).map((n) => n.id);
          expect(new Set(ids).size, ids.join()).to.equal(ids.length);
        }
      });

      it('has a recovery span, warning signs, aftercare and preparation', () => {
        expect(p.recovery?.spans.length).to.be.greaterThan(0);
        expect(p.warningSigns?.length).to.be.greaterThan(0);
        expect(p.aftercare?.length).to.be.greaterThan(0);
        expect(p.prep?.length).to.be.greaterThan(0);
      });
    });
  }

  it('keeps the sources that disagree on how long lip blush lasts as separate spans whose ends name them', () => {
    const lasts = procedures['lip-blush'].lasts!;
    expect(lasts.map((s) => [s.min, s.max, s.unit, s.cite[0].source])).to.deep.equal([
      [2, 3, 'year', 'harpers-bazaar'],
      [6, 24, 'month', 'the-cut'],
      [3, 5, 'year', 'clinic-lip-rejuvenation'],
    ]);
    const range = overallRange(lasts)!;
    expect(range.low.cite[0].source).to.equal('the-cut');
    expect(range.high.cite[0].source).to.equal('clinic-lip-rejuvenation');
  });

  it("keeps both of the clinic page's lip-flip durations (8–12 weeks and 2–3 months)", () => {
    const lasts = procedures['lip-flip'].lasts!;
    expect(lasts.map((s) => `${s.min}-${s.max} ${s.unit}`)).to.deep.equal(['8-12 week', '2-3 month']);
    expect(lasts[1].approx).to.equal(true);
  });

  it('marks vague words as approximate ("a few days", "about", "around")', () => {
    expect(procedures['lip-flip'].resultsShow![0].approx).to.equal(true);
    expect(procedures['lip-flip'].fullEffect![0].approx).to.equal(true);
    expect(procedures['lip-blush'].sessionLength![0].approx).to.equal(true);
  });

  it('has no figure for what no source states (filler session length, numbing)', () => {
    expect(procedures['lip-filler'].sessionLength).to.equal(undefined);
    expect(procedures['lip-filler'].numbing).to.equal(undefined);
  });
});
