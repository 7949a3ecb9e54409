import { expect } from '@open-wc/testing';
import type { CalendarDate } from '../../src/core/dates.js';
import {
  appliesOn,
  dateOfDay,
  dayNumber,
  dayRange,
  healingDay,
  healingSpan,
  nextStep,
  sanitizeHealingTicks,
  taskTimes,
  healingTicksKey,
  ticksOn,
  withTick,
} from '../../src/core/healing.js';
import { createStore } from '../../src/core/storage.js';
import { procedures } from '../../src/data/procedures.js';
import type { Procedure } from '../../src/data/types.js';

function d(iso: string): CalendarDate {
  const [y, m, day] = iso.split('-').map(Number);
  return { y, m, d: day };
}
const ids = (list: readonly { id: string }[]) => list.map((x) => x.id);
const blush = procedures['lip-blush'];
const flip = procedures['lip-flip'];
const filler = procedures['lip-filler'];

/** A studio's own procedure: not one of the built-in ids, its own windows and tasks. */
const brows: Procedure = {
  id: 'brow-lamination',
  name: 'Brow lamination',
  summary: [],
  recovery: { kind: 'healed', spans: [{ min: 2, max: 3, unit: 'day', cite: [] }] },
  expect: [{ id: 'stiff', text: 'Brows feel stiff', days: { from: 1, to: 1 }, cite: [] }],
  aftercare: [
    { id: 'dry', kind: 'avoid', text: 'Water on the brows', cite: [] },
    { id: 'brush', kind: 'do', task: true, timesPerDay: { min: 2, max: 2 }, text: 'Brush into shape', days: { from: 2 }, cite: [] },
  ],
  upkeep: [
    {
      id: 'again',
      kind: 'repeat',
      from: 'appointment',
      text: 'Next lamination',
      after: [{ min: 6, max: 8, unit: 'week', cite: [] }],
      cite: [],
    },
  ],
};

describe('healing: day number', () => {
  const cases: [string, string, number][] = [
    ['2026-03-02', '2026-03-02', 1],
    ['2026-03-02', '2026-03-10', 9],
    ['2026-03-02', '2026-03-01', 0],
    ['2026-03-02', '2026-02-27', -2],
    // across the US, EU and New Zealand clock changes and month ends
    ['2026-03-07', '2026-03-09', 3],
    ['2026-03-28', '2026-03-30', 3],
    ['2026-04-04', '2026-04-06', 3],
    ['2026-02-27', '2026-03-02', 4],
    ['2028-02-28', '2028-03-01', 3],
    ['2025-12-31', '2026-01-01', 2],
  ];
  for (const [appt, today, n] of cases) {
    it(`${appt} → ${today} is Day ${n}`, () => {
      expect(dayNumber(d(appt), d(today))).to.equal(n);
    });
  }

  it('dateOfDay is its inverse', () => {
    for (const n of [1, 2, 9, 42, 56, 400]) expect(dayNumber(d('2026-03-02'), dateOfDay(d('2026-03-02'), n))).to.equal(n);
    expect(dateOfDay(d('2026-03-02'), 9)).to.deep.equal(d('2026-03-10'));
  });
});

describe('healing: span', () => {
  it('counts lip blush to 42–56 days (exact), flip about 10–14, filler at least 7, citing the data', () => {
    expect(healingSpan(blush)).to.include({ min: 42, max: 56, approx: undefined, atLeast: undefined });
    expect(healingSpan(flip)).to.include({ min: 10, max: 14, approx: true });
    expect(healingSpan(filler)).to.include({ atLeast: true, approx: undefined });
    expect(healingSpan(filler)).to.include({ min: 7, max: 7 });
    expect(healingSpan(blush)!.cite[0].source).to.equal('the-cut');
    expect(healingSpan(filler)!.cite[0].source).to.equal('filler-massage');
  });

  it('falls back to the full-effect spans, and is undefined when the data has neither', () => {
    const { recovery: _r, ...noRecovery } = flip;
    expect(healingSpan(noRecovery as Procedure)).to.include({ min: 10, max: 14, approx: true });
    expect(healingSpan({ id: 'x', name: 'X', summary: [] })).to.equal(undefined);
  });

  it('applies a note inside its window, a note without window over the whole span', () => {
    const span = healingSpan(blush);
    expect(appliesOn({ id: 'a', text: '', cite: [], days: { from: 1, to: 3 } }, 3, span)).to.equal(true);
    expect(appliesOn({ id: 'a', text: '', cite: [], days: { from: 1, to: 3 } }, 4, span)).to.equal(false);
    expect(appliesOn({ id: 'a', text: '', cite: [], days: { from: 3 } }, 56, span)).to.equal(true);
    expect(appliesOn({ id: 'a', text: '', cite: [] }, 56, span)).to.equal(true);
    expect(appliesOn({ id: 'a', text: '', cite: [] }, 57, span)).to.equal(false);
    expect(appliesOn({ id: 'a', text: '', cite: [] }, 0, span)).to.equal(false);
    expect(appliesOn({ id: 'a', text: '', cite: [] }, 9999, undefined)).to.equal(true);
  });

  it('lets the client step from Day 1 to the end of the span, or to today when later', () => {
    expect(dayRange(9, healingSpan(blush))).to.deep.equal([1, 56]);
    expect(dayRange(70, healingSpan(blush))).to.deep.equal([1, 70]);
    expect(dayRange(3, undefined)).to.deep.equal([1, 3]);
  });
});

describe('healing: what applies on a day', () => {
  it('lip blush Day 1: swollen and darker, every avoid item, the cream as a task, water as a disagreement (no task, no Avoid item)', () => {
    const day = healingDay(blush, d('2026-03-02'), d('2026-03-02'));
    expect(day).to.include({ day: 1, phase: 'healing' });
    expect(ids(day.expect)).to.deep.equal(['swollen-dark', 'changes', 'fade']);
    expect(ids(day.care)).to.include.members(['sun', 'sauna', 'sweat', 'dark-drinks', 'whitening', 'touching']);
    // no lip-blush item has a day window: all of them apply, tasks apart
    expect(ids(day.care)).to.deep.equal(ids(blush.aftercare!.filter((c) => !c.task)));
    expect(ids(day.tasks)).to.include.members(['cream']);
    expect(ids(day.tasks)).to.deep.equal(ids(blush.aftercare!.filter((c) => c.task)));
    expect(ids(day.tasks)).to.deep.equal(['cream']);
    expect(day.differ.map((x) => [x.id, x.sides.map((s) => s.cite[0].source)])).to.deep.equal([
      ['water', ['harpers-bazaar', 'blush-overview']],
    ]);
    expect(ids(day.care)).to.not.include.members(['water', 'wash']);
  });

  it('lip blush Day 9: the Day-1 note is gone, the rest stays', () => {
    const day = healingDay(blush, d('2026-03-02'), d('2026-03-10'));
    expect(day.day).to.equal(9);
    expect(ids(day.expect)).to.deep.equal(['changes', 'fade']);
  });

  it('lip blush Day 56 still heals, Day 57 is healed with nothing left to do', () => {
    expect(healingDay(blush, d('2026-03-02'), dateOfDay(d('2026-03-02'), 56)).phase).to.equal('healing');
    const after = healingDay(blush, d('2026-03-02'), dateOfDay(d('2026-03-02'), 57));
    expect(after).to.include({ phase: 'healed', day: 57 });
    expect(after.expect.length + after.care.length + after.tasks.length).to.equal(0);
  });

  it('before the appointment: phase before, nothing applies', () => {
    const before = healingDay(blush, d('2026-03-02'), d('2026-02-27'));
    expect(before).to.include({ phase: 'before', day: -2 });
    expect(before.tasks.length + before.expect.length).to.equal(0);
  });

  it('lip flip: sleep on the back for about three days; no smoking or rubbing, with no duration in the source, over the whole span; results from Day 4', () => {
    const d2 = healingDay(flip, d('2026-03-02'), d('2026-03-03'));
    expect(ids(d2.tasks)).to.deep.equal(['back']);
    expect(ids(d2.care)).to.deep.equal(['smoking', 'rubbing']);
    expect(ids(d2.expect)).to.deep.equal(['numb-swollen', 'bruising']);
    expect(ids(healingDay(flip, d('2026-03-02'), d('2026-03-04')).expect)).to.not.include('results'); // Day 3
    const d5 = healingDay(flip, d('2026-03-02'), d('2026-03-06'));
    expect(d5.tasks).to.deep.equal([]);
    expect(ids(d5.care)).to.deep.equal(['smoking', 'rubbing']);
    expect(ids(d5.expect)).to.deep.equal(['numb-swollen', 'bruising', 'results']);
    expect(ids(healingDay(flip, d('2026-03-02'), d('2026-03-15')).care)).to.deep.equal(['smoking', 'rubbing']); // Day 14
    expect(healingDay(flip, d('2026-03-02'), d('2026-03-15')).phase).to.equal('healing'); // Day 14
    expect(healingDay(flip, d('2026-03-02'), d('2026-03-16')).phase).to.equal('healed'); // Day 15
  });

  it('lip filler: the massage is a task done up to 4 times a day, for the first week', () => {
    const d1 = healingDay(filler, d('2026-03-02'), d('2026-03-02'));
    expect(ids(d1.tasks)).to.deep.equal(['massage']);
    expect(taskTimes(d1.tasks[0])).to.equal(4);
    expect(ids(d1.care)).to.deep.equal(['hands', 'pressure']);
    expect(healingDay(filler, d('2026-03-02'), d('2026-03-08')).tasks.length).to.equal(1);
    expect(healingDay(filler, d('2026-03-02'), d('2026-03-09')).phase).to.equal('healed');
    expect(taskTimes(blush.aftercare!.find((c) => c.id === 'cream')!)).to.equal(1);
  });

  it('works from the data of a studio’s own procedure', () => {
    const d1 = healingDay(brows, d('2026-03-02'), d('2026-03-02'));
    expect(ids(d1.expect)).to.deep.equal(['stiff']);
    expect(ids(d1.care)).to.deep.equal(['dry']);
    expect(d1.tasks).to.deep.equal([]);
    const d2 = healingDay(brows, d('2026-03-02'), d('2026-03-03'));
    expect(ids(d2.tasks)).to.deep.equal(['brush']);
    expect(taskTimes(d2.tasks[0])).to.equal(2);
    expect(healingDay(brows, d('2026-03-02'), d('2026-03-05')).phase).to.equal('healed');
  });
});

describe('healing: ticks', () => {
  it('are keyed by procedure and appointment, per day inside', () => {
    expect(healingTicksKey('lip-blush', d('2026-03-02'))).to.equal('ticks:lip-blush:2026-03-02');
    let t = withTick(undefined, 9, 'wash', 1);
    t = withTick(t, 9, 'cream', 1);
    t = withTick(t, 10, 'wash', 1);
    t = withTick(t, 9, 'cream', 0);
    expect(t).to.deep.equal({ 9: { wash: 1, cream: 0 }, 10: { wash: 1 } });
    expect(ticksOn(t, 9, 'wash')).to.equal(1);
    expect(ticksOn(t, 11, 'wash')).to.equal(0);
    expect(ticksOn(undefined, 9, 'wash')).to.equal(0);
  });

  it('never mutate what was passed in, and clamp counts', () => {
    const before = { 9: { massage: 2 } };
    const after = withTick(before, 9, 'massage', 3);
    expect(before).to.deep.equal({ 9: { massage: 2 } });
    expect(ticksOn(after, 9, 'massage')).to.equal(3);
    expect(ticksOn(withTick(after, 9, 'massage', -4), 9, 'massage')).to.equal(0);
    expect(ticksOn(withTick(after, 9, 'massage', NaN), 9, 'massage')).to.equal(0);
    expect(ticksOn(withTick(after, 9, 'massage', 99), 9, 'massage')).to.equal(24);
  });

  it('sanitise stored data: keep day → id → whole count, drop everything else', () => {
    const cases: [unknown, unknown][] = [
      [null, undefined],
      ['9', undefined],
      [[1, 2], undefined],
      [42, undefined],
      [{}, {}],
      [{ 9: { wash: 1, cream: 'x', m: 2.5, n: -1, o: 99, p: 3 } }, { 9: { wash: 1, p: 3 } }],
      [{ 9: [1], 10: null, 11: { wash: 0 }, 12: 'x' }, { 11: { wash: 0 } }],
    ];
    for (const [raw, out] of cases) expect(sanitizeHealingTicks(raw), JSON.stringify(raw)).to.deep.equal(out);
  });

  it('survive hostile stored text without touching Object.prototype', () => {
    const map = new Map([
      [
        'lip-widgets:k',
        '{"v":2,"data":{"__proto__":{"polluted":1},"9":{"__proto__":{"x":1},"constructor":{"prototype":{"y":1}},"wash":1}}}',
      ],
    ]);
    const store = createStore({ storage: () => ({ getItem: (k: string) => map.get(k) ?? null }) as unknown as Storage });
    const ticks = store.read('k', sanitizeHealingTicks);
    expect(ticksOn(ticks, 9, 'wash')).to.equal(1);
    expect(ticksOn(ticks, 9, '__proto__')).to.equal(0);
    expect(ticksOn(ticks, 9, 'toString')).to.equal(0);
    expect(ticksOn(ticks, 9, 'constructor')).to.equal(0);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(({} as Record<string, unknown>).x).to.equal(undefined);
  });
});

describe('healing: next step', () => {
  it('lip blush: the refinement a month after, while it is ahead', () => {
    const s = nextStep(blush, d('2026-03-02'), d('2026-03-10'))!;
    expect(s.item.id).to.equal('refinement');
    expect(s.from).to.deep.equal(d('2026-04-02'));
    expect(s.to).to.deep.equal(d('2026-04-02'));
    expect(s.cite.map((c) => c.source)).to.include('harpers-bazaar');
    expect(nextStep(blush, d('2026-03-02'), d('2026-04-02'))!.item.id).to.equal('refinement');
  });

  it('lip blush once healed: the yearly booster, moving on each year', () => {
    const s = nextStep(blush, d('2026-03-02'), d('2026-05-01'))!;
    expect(s.item.id).to.equal('booster');
    expect(s.from).to.deep.equal(d('2027-03-02'));
    const later = nextStep(blush, d('2026-03-02'), d('2027-03-03'))!;
    expect(later.from).to.deep.equal(d('2028-03-02'));
  });

  it('lip filler: a touch-up between 3 and about 12 months', () => {
    const s = nextStep(filler, d('2026-03-02'), d('2026-03-20'))!;
    expect(s.item.kind).to.equal('touch-up');
    expect(s.from).to.deep.equal(d('2026-06-02'));
    expect(s.to).to.deep.equal(d('2027-03-02'));
    expect(nextStep(filler, d('2026-03-02'), d('2027-03-03'))).to.equal(undefined);
  });

  it('lip flip: a repeat when the effect wears off, without a date', () => {
    const s = nextStep(flip, d('2026-03-02'), d('2026-03-20'))!;
    expect(s.item.kind).to.equal('repeat');
    expect(s.from).to.equal(undefined);
  });

  it('counts from the refinement when the data says so; a studio’s own procedure works', () => {
    const p: Procedure = {
      ...blush,
      upkeep: [
        blush.upkeep![0],
        { id: 'check', kind: 'check-up', from: 'refinement', text: 'Check', after: [{ min: 2, max: 2, unit: 'week', cite: [] }], cite: [] },
      ],
    };
    expect(nextStep(p, d('2026-03-02'), d('2026-04-03'))!.from).to.deep.equal(d('2026-04-16'));
    expect(nextStep(brows, d('2026-03-02'), d('2026-03-05'))).to.deep.include({ from: d('2026-04-13'), to: d('2026-04-27') });
    expect(nextStep({ id: 'x', name: 'X', summary: [] }, d('2026-03-02'), d('2026-03-05'))).to.equal(undefined);
  });
});
