import { expect } from '@open-wc/testing';
import { toISODate, type CalendarDate } from '../../src/core/dates.js';
import { aheadOf, itemDue, prepGroups, prepModel, sanitizePrepTicks, setTick, prepTicksKey, type Due } from '../../src/core/prep.js';
import { procedures } from '../../src/data/procedures.js';
import type { PrepItem, Procedure } from '../../src/data/types.js';

function d(iso: string): CalendarDate {
  const [y, m, day] = iso.split('-').map(Number);
  return { y, m, d: day };
}

const APPT = d('2026-03-20');
const item = (over: Partial<PrepItem>): PrepItem => ({ id: 'x', kind: 'do', group: 'weeks-before', text: 'X', cite: [], ...over });
const iso = (due: Due | undefined) => due && { kind: due.kind, date: toISODate(due.date), to: due.to && toISODate(due.to) };

describe('prep: itemDue', () => {
  const cases: [string, Partial<PrepItem>, string, { kind: Due['kind']; date: string; to?: string }][] = [
    [
      'a range of days: earliest start, latest start',
      { group: 'days-before', daysBefore: { min: 3, max: 4 } },
      '2026-03-20',
      { kind: 'from', date: '2026-03-16', to: '2026-03-17' },
    ],
    ['one figure', { daysBefore: { min: 28, max: 28 } }, '2026-03-20', { kind: 'from', date: '2026-02-20' }],
    [
      'a reversed range is read in order',
      { daysBefore: { min: 4, max: 3 } },
      '2026-03-20',
      { kind: 'from', date: '2026-03-16', to: '2026-03-17' },
    ],
    [
      'across a month and a leap day',
      { daysBefore: { min: 1, max: 2 } },
      '2024-03-01',
      { kind: 'from', date: '2024-02-28', to: '2024-02-29' },
    ],
    ['across a year', { daysBefore: { min: 28, max: 28 } }, '2026-01-10', { kind: 'from', date: '2025-12-13' }],
    ['zero days: on the day', { group: 'weeks-before', daysBefore: { min: 0, max: 0 } }, '2026-03-20', { kind: 'on', date: '2026-03-20' }],
    ['day-of without a figure', { group: 'day-of' }, '2026-03-20', { kind: 'on', date: '2026-03-20' }],
    ['bring along: on the day', { group: 'bring', kind: 'bring' }, '2026-03-20', { kind: 'on', date: '2026-03-20' }],
    ['the night before: the day before', { group: 'night-before' }, '2026-03-01', { kind: 'on', date: '2026-02-28' }],
    [
      'weeks before without a figure: before the appointment',
      { group: 'weeks-before' },
      '2026-03-20',
      { kind: 'before', date: '2026-03-20' },
    ],
    [
      'days before without a figure: before the appointment',
      { group: 'days-before' },
      '2026-03-20',
      { kind: 'before', date: '2026-03-20' },
    ],
    [
      'a non-number figure is no figure',
      { group: 'days-before', daysBefore: { min: NaN, max: 3 } },
      '2026-03-20',
      { kind: 'before', date: '2026-03-20' },
    ],
    [
      'a negative figure counts as zero',
      { group: 'days-before', daysBefore: { min: -2, max: -1 } },
      '2026-03-20',
      { kind: 'on', date: '2026-03-20' },
    ],
  ];
  for (const [name, over, appt, want] of cases) {
    it(name, () => {
      expect(iso(itemDue(item(over), d(appt)))).to.deep.equal({ to: undefined, ...want });
    });
  }
});

describe('prep: aheadOf', () => {
  const cases: [PrepItem['daysBefore'], ReturnType<typeof aheadOf>][] = [
    [
      { min: 3, max: 4 },
      { min: 3, max: 4, unit: 'day' },
    ],
    [
      { min: 28, max: 28 },
      { min: 4, max: 4, unit: 'week' },
    ],
    [
      { min: 14, max: 21 },
      { min: 2, max: 3, unit: 'week' },
    ],
    [
      { min: 0, max: 7 },
      { min: 0, max: 7, unit: 'day' },
    ],
    [{ min: 0, max: 0 }, undefined],
    [undefined, undefined],
  ];
  for (const [daysBefore, want] of cases) {
    it(`${JSON.stringify(daysBefore)} → ${JSON.stringify(want)}`, () => {
      expect(aheadOf(item({ daysBefore }))).to.deep.equal(want);
    });
  }
});

describe('prep: prepModel', () => {
  const flat = (m: ReturnType<typeof prepModel>) => m.sections.flatMap((s) => s.entries);

  it('lip flip on 2026-03-20: alcohol and blood thinners from 16 Mar, 17 Mar at the latest', () => {
    const m = prepModel(procedures['lip-flip'], [], APPT, d('2026-03-01'));
    const days = m.sections.find((s) => s.group === 'days-before')!;
    expect(iso(days.due)).to.deep.equal({ kind: 'from', date: '2026-03-16', to: undefined });
    const thinners = days.entries.find((e) => /blood thinners/.test(e.item.text))!;
    expect(iso(thinners.due)).to.deep.equal({ kind: 'from', date: '2026-03-16', to: '2026-03-17' });
    expect(thinners.ahead).to.deep.equal({ min: 3, max: 4, unit: 'day' });
    expect(thinners.item.cite.length).to.be.greaterThan(0);
  });

  it('lip blush on 2026-03-20: the wait of at least four weeks from 20 Feb, the day-of items on 20 Mar', () => {
    const m = prepModel(procedures['lip-blush'], [], APPT, d('2026-02-01'));
    // the bedtime cream is a routine of the whole pre phase, not of the night before
    expect(m.sections.map((s) => s.group)).to.deep.equal(prepGroups.filter((g) => g !== 'night-before'));
    const weeks = m.sections[0];
    expect(iso(weeks.due)).to.deep.equal({ kind: 'before', date: '2026-03-20', to: undefined });
    const wait = weeks.entries.find((e) => e.item.id === 'wait')!;
    expect(iso(wait.due)).to.deep.equal({ kind: 'from', date: '2026-02-20', to: undefined });
    expect(wait.ahead).to.deep.equal({ min: 4, max: 4, unit: 'week', atLeast: true });
    const undated = weeks.entries.filter((e) => e.item.id !== 'wait');
    expect(undated.length).to.be.greaterThan(0);
    for (const e of undated) expect(e.due, e.item.id).to.equal(undefined);

    const dayOf = m.sections.find((s) => s.group === 'day-of')!;
    expect(iso(dayOf.due)).to.deep.equal({ kind: 'on', date: '2026-03-20', to: undefined });
    expect(dayOf.entries.map((e) => e.item.text)).to.include.members([
      'Alcohol',
      'Caffeine',
      'Exercise',
      'Ibuprofen',
      'Fish oil',
      'Vitamin E',
    ]);
    for (const e of dayOf.entries) expect(e.due, 'same as the group: not repeated').to.equal(undefined);

    const cream = m.sections.find((s) => s.group === 'days-before')!.entries.find((e) => e.item.id === 'bedtime-cream')!;
    expect(cream.due, 'no date: the source gives none').to.equal(undefined);
    expect(m.total).to.equal(procedures['lip-blush'].prep!.length);
  });

  it('carries who should avoid the treatment and the prep disagreements, none of them tickable', () => {
    const m = prepModel(procedures['lip-blush'], [], APPT, APPT);
    expect(m.notFor.map((n) => n.id)).to.deep.equal(['keloid', 'under-18']);
    expect(m.differ.map((x) => x.id)).to.deep.equal(['shape']);
    expect(flat(m).map((e) => e.item.id)).to.not.include.members(['keloid', 'under-18', 'shape', 'shape-inside', 'shape-correct']);
    expect(prepModel(procedures['lip-flip'], [], APPT, APPT).notFor.map((n) => n.id)).to.deep.equal(['permanent']);
  });

  it('counts ticks of known items only', () => {
    const m = prepModel(procedures['lip-blush'], ['wait', 'alcohol', 'gone-item'], APPT, APPT);
    expect(m.done).to.equal(2);
    expect(
      flat(m)
        .filter((e) => e.done)
        .map((e) => e.item.id),
    ).to.deep.equal(['wait', 'alcohol']);
  });

  it('marks an unticked item late only once its last day has passed', () => {
    const late = (today: string, ticks: string[] = []) =>
      flat(prepModel(procedures['lip-flip'], ticks, APPT, d(today))).find((e) => e.item.id === 'thinners')!.late;
    expect(late('2026-03-16')).to.equal(false);
    expect(late('2026-03-17'), 'still within 3–4 days').to.equal(false);
    expect(late('2026-03-18')).to.equal(true);
    expect(late('2026-03-18', ['thinners']), 'done is never late').to.equal(false);
    const blush = (today: string) => flat(prepModel(procedures['lip-blush'], [], APPT, d(today)));
    expect(
      blush('2026-02-21')
        .filter((e) => e.late)
        .map((e) => e.item.id),
    ).to.deep.equal(['wait']);
    expect(
      blush('2026-03-20')
        .filter((e) => e.late)
        .map((e) => e.item.id),
      'the day itself is not past',
    ).to.deep.equal(['wait']);
    expect(
      blush('2026-03-21').some((e) => e.late),
      'after the appointment nothing is marked late',
    ).to.equal(false);
  });

  it('without an appointment: no dates, nothing late, figures kept as "before"', () => {
    const m = prepModel(procedures['lip-flip'], [], undefined, d('2030-01-01'));
    for (const s of m.sections) expect(s.due).to.equal(undefined);
    for (const e of flat(m)) {
      expect(e.due).to.equal(undefined);
      expect(e.late).to.equal(false);
    }
    expect(flat(m).find((e) => e.item.id === 'thinners')!.ahead).to.deep.equal({ min: 3, max: 4, unit: 'day' });
  });

  it("works for a studio's own procedure and items", () => {
    const own: Procedure = {
      id: 'brow-tint',
      name: 'Brow tint',
      summary: [],
      prep: [
        item({ id: 'b', group: 'bring', kind: 'bring' }),
        item({ id: 'patch', group: 'days-before', daysBefore: { min: 2, max: 2 }, studio: true }),
        item({ id: 'retinol', group: 'days-before', kind: 'avoid', daysBefore: { min: 7, max: 7 } }),
      ],
    };
    const m = prepModel(own, ['b'], APPT, APPT);
    expect(m.sections.map((s) => s.group)).to.deep.equal(['days-before', 'bring']);
    expect(iso(m.sections[0].due), 'earliest start of dated items').to.deep.equal({ kind: 'from', date: '2026-03-13', to: undefined });
    expect(m.sections[0].entries.map((e) => e.due && toISODate(e.due.date))).to.deep.equal(['2026-03-18', undefined]);
    expect({ done: m.done, total: m.total }).to.deep.equal({ done: 1, total: 3 });
    expect(prepModel({ id: 'none', name: 'None', summary: [] }, [], APPT, APPT)).to.deep.equal({
      sections: [],
      done: 0,
      total: 0,
      over: false,
      notFor: [],
      differ: [],
    });
  });
});

describe('prep: ticks', () => {
  it('keys ticks by procedure and appointment', () => {
    expect(prepTicksKey('lip-flip', APPT)).to.equal('prep:lip-flip:2026-03-20');
    expect(prepTicksKey('lip-flip')).to.equal('prep:lip-flip:-');
    expect(prepTicksKey('lip-flip', d('2026-03-21'))).to.not.equal(prepTicksKey('lip-flip', APPT));
  });

  it('reads only lists of short strings, without repeats', () => {
    expect(sanitizePrepTicks(['a', 'b', 'a'])).to.deep.equal(['a', 'b']);
    expect(sanitizePrepTicks(['a', 1, null, { id: 'x' }, 'x'.repeat(201)])).to.deep.equal(['a']);
    for (const bad of [null, undefined, 'a', 3, { 0: 'a', length: 1 }]) expect(sanitizePrepTicks(bad)).to.equal(undefined);
    expect(sanitizePrepTicks(Array.from({ length: 2000 }, (_, i) => `i${i}`))!.length).to.equal(500);
  });

  it('ticks and unticks without repeats', () => {
    expect(setTick([], 'a', true)).to.deep.equal(['a']);
    expect(setTick(['a'], 'a', true)).to.deep.equal(['a']);
    expect(setTick(['a', 'b'], 'a', false)).to.deep.equal(['b']);
    expect(setTick(['b'], 'a', false)).to.deep.equal(['b']);
  });

  it('marks nothing late once the appointment is over, and says the appointment is behind', () => {
    const p = procedures['lip-blush'];
    const before = prepModel(p, [], APPT, d('2026-03-19'));
    expect(before.over).to.equal(false);
    expect(before.sections.flatMap((s) => s.entries).some((e) => e.late)).to.equal(true);
    const after = prepModel(p, [], APPT, d('2026-03-21'));
    expect(after.over).to.equal(true);
    expect(after.sections.flatMap((s) => s.entries).some((e) => e.late)).to.equal(false);
    expect(prepModel(p, [], APPT, APPT).over).to.equal(false);
  });
});
