import { expect } from '@open-wc/testing';
import { parseDate, toISODate, type CalendarDate } from '../../src/core/dates.js';
import { nextStep } from '../../src/core/healing.js';
import { timeline } from '../../src/core/schedule.js';
import { applyConfig, validateConfig } from '../../src/core/studio-config.js';
import { occurrence, refinementDate, visitBase } from '../../src/core/upkeep.js';
import { procedures } from '../../src/data/procedures.js';
import type { Procedure, Span } from '../../src/data/types.js';

const d = (s: string): CalendarDate => {
  const r = parseDate(s);
  if (!r.ok) throw new Error(s);
  return r.date;
};
const year: Span = { min: 1, max: 1, unit: 'year', cite: [] };

describe('core/upkeep: one rule for return visits', () => {
  it('puts the lip-blush refinement one month after the appointment, and counts visits from it when asked', () => {
    const p = procedures['lip-blush'];
    expect(toISODate(refinementDate(p, d('2026-03-02')))).to.equal('2026-04-02');
    const booster = p.upkeep!.find((u) => u.id === 'booster')!;
    expect(toISODate(visitBase(p, booster, d('2026-03-02')))).to.equal('2026-03-02');
    expect(toISODate(visitBase(p, { ...booster, from: 'refinement' }, d('2026-03-02')))).to.equal('2026-04-02');
  });

  it('uses the appointment when a procedure has no refinement', () => {
    expect(toISODate(refinementDate(procedures['lip-filler'], d('2026-03-02')))).to.equal('2026-03-02');
  });

  const cases: [string, boolean, string, number][] = [
    ['2026-06-01', true, '2026-03-02', 1],
    ['2027-03-02', true, '2026-03-02', 1],
    ['2027-03-03', true, '2026-03-02', 2],
    ['2029-01-01', true, '2026-03-02', 3],
    ['2029-01-01', false, '2026-03-02', 1],
  ];
  for (const [today, recurring, from, n] of cases) {
    it(`a yearly visit from ${from}, today ${today}${recurring ? '' : ' (not recurring)'}: occurrence ${n}`, () => {
      expect(occurrence(d(from), year, recurring, d(today))).to.equal(n);
    });
  }

  it("the tracker's next step and the timeline agree on a studio visit counted from the refinement", () => {
    const set = applyConfig(
      validateConfig({
        procedures: {
          'lip-blush': { upkeep: { booster: { from: 'refinement' }, refinement: { hide: true }, 'check-up': { hide: true } } },
        },
      }).config,
    );
    const p = set['lip-blush'] as Procedure;
    const step = nextStep(p, d('2026-03-02'), d('2026-03-10'))!;
    const tl = timeline(p, 'en', d('2026-03-02'), d('2026-03-10'));
    const ev = tl.events.find((e) => e.id === 'upkeep-booster')!;
    expect(step.item.id).to.equal('booster');
    expect(toISODate(step.from!)).to.equal(toISODate(ev.windows[0].start));
  });
});
