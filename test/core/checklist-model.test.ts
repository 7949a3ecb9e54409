import { expect } from '@open-wc/testing';
import '../../src/lang/it.js';
import { checklistModel, checklistTitle, type ChecklistInput } from '../../src/core/checklist-model.js';
import type { CalendarDate } from '../../src/core/dates.js';
import { procedures } from '../../src/data/procedures.js';

function d(iso: string): CalendarDate {
  const [y, m, day] = iso.split('-').map(Number);
  return { y, m, d: day };
}

const FLIP_TOTAL = procedures['lip-flip'].prep!.length;

const input = (over: Partial<ChecklistInput> = {}): ChecklistInput => ({
  procedure: procedures['lip-flip'],
  procedureId: 'lip-flip',
  ticks: [],
  appointment: d('2026-03-20'),
  today: d('2026-03-01'),
  locale: 'en-GB',
  ...over,
});

describe('checklistModel', () => {
  it('lip flip on 20 Mar: the days-before group from 16 Mar, its item with its own range, progress 0 of all', () => {
    const m = checklistModel(input());
    expect(m.title).to.equal('Lip flip: getting ready');
    expect(m.appointment).to.equal('2026-03-20');
    expect(m.appointmentText).to.match(/^Appointment: Friday,? 20 March 2026$/);
    const days = m.groups.find((g) => g.group === 'days-before')!;
    expect([days.label, days.dueText, days.dueDate]).to.deep.equal(['Days before', 'from 16 Mar', '2026-03-16']);
    const thinners = m.groups.flatMap((g) => g.items).find((i) => /blood thinners/.test(i.text))!;
    expect([thinners.dueText, thinners.dueDate]).to.deep.equal([
      'from 16 Mar (4 days before), 17 Mar at the latest (3 days)',
      '2026-03-16',
    ]);
    expect(thinners.cite.length).to.be.greaterThan(0);
    expect([m.done, m.total, m.fraction, m.progressText, m.complete]).to.deep.equal([0, FLIP_TOTAL, 0, `0 of ${FLIP_TOTAL} done`, false]);
    expect(m.ticksKey).to.equal('prep:lip-flip:2026-03-20');
  });

  it('ticks: done per item and group, progress, complete', () => {
    const ids = procedures['lip-flip'].prep!.map((i) => i.id);
    const half = checklistModel(input({ ticks: [ids[0]] }));
    expect([half.done, half.fraction, half.progressText]).to.deep.equal([1, 1 / FLIP_TOTAL, `1 of ${FLIP_TOTAL} done`]);
    expect(
      half.groups
        .flatMap((g) => g.items)
        .filter((i) => i.done)
        .map((i) => i.id),
    ).to.deep.equal([ids[0]]);
    expect(half.groups.reduce((n, g) => n + g.done, 0)).to.equal(1);
    const all = checklistModel(input({ ticks: ids }));
    expect([all.complete, all.fraction]).to.deep.equal([true, 1]);
  });

  it('lip blush: avoid items read "Avoid: …", the past wait is late, the groups in order', () => {
    const m = checklistModel(input({ procedure: procedures['lip-blush'], procedureId: 'lip-blush' }));
    // the bedtime cream belongs to the whole run-up, so there is no "night before" group
    expect(m.groups.map((g) => g.group)).to.deep.equal(['weeks-before', 'days-before', 'day-of', 'bring']);
    const items = m.groups.flatMap((g) => g.items);
    expect(items.map((i) => i.text)).to.include('Avoid: Alcohol');
    expect(items.filter((i) => i.late).map((i) => i.id)).to.deep.equal(['wait']);
    // "at least four weeks": a minimum, said as one
    expect(items.find((i) => i.id === 'wait')!.dueText).to.equal('from 20 Feb (at least 4 weeks before)');
  });

  it("each group numbers its first item after the items of the groups before it (the items' numbers across the checklist)", () => {
    const m = checklistModel(input({ procedure: procedures['lip-blush'], procedureId: 'lip-blush' }));
    const ids = m.groups.flatMap((g) => g.items).map((i) => i.id);
    expect(m.groups.length, 'several groups').to.be.greaterThan(2);
    // Each group's first number is where its first item stands in the whole list.
    expect(m.groups.map((g) => g.first)).to.deep.equal(m.groups.map((g) => ids.indexOf(g.items[0].id)));
    expect(m.groups[0].first).to.equal(0);
  });

  it('lip blush: who should avoid it, and where the sources differ, each side cited and none an item', () => {
    const m = checklistModel(input({ procedure: procedures['lip-blush'], procedureId: 'lip-blush' }));
    expect(m.notFor.map((x) => x.text)).to.deep.equal([
      'Anyone prone to keloid or hypertrophic scars: might want to avoid it altogether',
      'Under 18s: in Arizona, artists may only tattoo people 18 and up',
    ]);
    expect(m.differ.map((x) => [x.text, x.sides.length])).to.deep.equal([['Shape and symmetry', 2]]);
    for (const x of [...m.notFor, ...m.differ.flatMap((d) => d.sides)]) expect(x.cite.length, x.id).to.be.greaterThan(0);
    const ids = new Set(m.groups.flatMap((g) => g.items).map((i) => i.id));
    for (const x of [...m.notFor, ...m.differ.flatMap((d) => d.sides)]) expect(ids.has(x.id), x.id).to.equal(false);
    const none = checklistModel(input({ procedure: { id: 'x', name: 'X', summary: [] }, procedureId: 'x' }));
    expect([none.notFor, none.differ]).to.deep.equal([[], []]);
  });

  it('without a date: no dates, how far ahead instead, ticks under the no-date key', () => {
    const m = checklistModel(input({ appointment: undefined }));
    expect(m.appointment).to.equal(undefined);
    expect(m.appointmentText).to.equal(undefined);
    expect(m.groups.every((g) => g.dueText === undefined)).to.equal(true);
    const thinners = m.groups.flatMap((g) => g.items).find((i) => /blood thinners/.test(i.text))!;
    expect([thinners.dueText, thinners.aheadText]).to.deep.equal([undefined, '3–4 days before']);
    expect(m.ticksKey).to.equal('prep:lip-flip:-');
  });

  it('after the appointment: "was on", nothing late', () => {
    const m = checklistModel(input({ procedure: procedures['lip-blush'], procedureId: 'lip-blush', today: d('2026-03-25'), locale: 'en' }));
    expect(m.over).to.equal(true);
    expect(m.appointmentText).to.match(/^Your appointment was on Friday, March 20, 2026/);
    expect(m.groups.flatMap((g) => g.items).some((i) => i.late)).to.equal(false);
  });

  it('a procedure with no steps says so', () => {
    const m = checklistModel(input({ procedure: { id: 'x', name: 'X', summary: [] }, procedureId: 'x' }));
    expect([m.total, m.fraction, m.complete, m.noneText]).to.deep.equal([0, 0, false, 'Our sources give no preparation steps for X.']);
  });

  it('Italian', () => {
    const m = checklistModel(input({ locale: 'it' }));
    expect(m.title).to.match(/: come prepararti$/);
    expect(m.progressText).to.equal(`0 su ${FLIP_TOTAL} fatti`);
    expect(m.groups.find((g) => g.group === 'days-before')!.dueText).to.equal('dal giorno 16 mar');
    expect(checklistTitle(undefined, 'it')).to.equal('Come prepararti');
  });
});
