import { expect } from '@open-wc/testing';
import '../../src/lang/it.js';
import type { CalendarDate } from '../../src/core/dates.js';
import { trackerModel, trackerTitle, type TrackerDay, type TrackerInput } from '../../src/core/tracker-model.js';
import { procedures } from '../../src/data/procedures.js';

function d(iso: string): CalendarDate {
  const [y, m, day] = iso.split('-').map(Number);
  return { y, m, d: day };
}

const blush = procedures['lip-blush'];
const filler = procedures['lip-filler'];
const base = (over: Partial<TrackerInput> = {}): TrackerInput => ({
  procedure: blush,
  procedureId: 'lip-blush',
  appointment: d('2026-03-02'),
  today: d('2026-03-10'),
  locale: 'en',
  ...over,
});
const day = (over: Partial<TrackerInput> = {}) => {
  const m = trackerModel(base(over));
  if (m.state !== 'day') throw new Error(`state ${m.state}`);
  return m as TrackerDay;
};

describe('trackerModel', () => {
  it('no date: the title and the warning signs, nothing else', () => {
    const m = trackerModel(base({ appointment: undefined }));
    expect(m.state).to.equal('no-date');
    expect(m.title).to.equal('Lip blush aftercare');
    expect(m.warnings.map((w) => w.id)).to.deep.equal(blush.warningSigns!.map((w) => w.id));
    expect(m.warnTitle).to.equal('Contact your practitioner if you notice');
    expect(m.call).to.equal(undefined);
  });

  it('before the appointment: the countdown', () => {
    const m = trackerModel(base({ today: d('2026-02-27') }));
    expect(m.state).to.equal('before');
    expect(m.state === 'before' && [m.daysUntil, m.countdown]).to.deep.equal([3, 'Your appointment is in 3 days.']);
    const t = trackerModel(base({ today: d('2026-03-01') }));
    expect(t.state === 'before' && t.countdown).to.equal('Your appointment is tomorrow.');
  });

  it('Day 9 of lip blush: stage, day text in two unbreakable parts, date, bar geometry', () => {
    const m = day();
    expect([m.day, m.today, m.isToday, m.date, m.phase, m.stage]).to.deep.equal([9, 9, true, '2026-03-10', 'healing', 'Healing']);
    // "six to eight weeks" is exact: no "about"
    expect(m.dayText).to.equal('Day 9 of 42–56');
    expect(m.dayParts).to.deep.equal({ lead: 'Day 9', rest: ' of 42–56' });
    expect(m.dateText).to.equal('Tuesday, March 10, 2026');
    expect(m.span && [m.span.min, m.span.max, m.span.text]).to.deep.equal([42, 56, '42–56']);
    expect(m.span!.cite.length).to.be.greaterThan(0);
    const b = m.bar!;
    expect([b.value, b.max]).to.deep.equal([9, 56]);
    expect(b.at).to.be.closeTo(9 / 56, 1e-9);
    expect(b.stages).to.deep.equal([
      { kind: 'healing', from: 0, to: 42 / 56 },
      { kind: 'window', from: 42 / 56, to: 1 },
    ]);
    expect([b.startLabel, b.endLabel]).to.deep.equal(['Day 1', 'Healing: 42–56 days']);
    expect(m.todayHeading).to.equal('Today');
    expect(m.nav).to.deep.equal({ prev: 8, next: 10, today: undefined });
    expect(m.canTick).to.equal(true);
  });

  it('Day 9: what to expect, tasks with their ticks, do and avoid, the next visit', () => {
    const m = day({ ticks: { 9: { cream: 1 } } });
    expect(m.expect.map((x) => x.id)).to.deep.equal(['changes', 'fade']);
    const cream = m.tasks.find((t) => t.id === 'cream')!;
    expect([cream.times, cream.done, cream.boxes, cream.countText]).to.deep.equal([1, 1, [true], '1/1']);
    expect(day({ ticks: { 8: { cream: 1 } } }).tasks.find((t) => t.id === 'cream')!.done, 'ticks are per day').to.equal(0);
    expect(m.avoid.map((x) => x.id)).to.include('sun');
    for (const x of [...m.expect, ...m.tasks, ...m.avoid, ...m.doList, ...m.differ.flatMap((x) => x.sides)])
      expect(x.cite.length, x.id).to.be.greaterThan(0);
    expect(m.next && [m.next.id, m.next.when, m.next.datetime]).to.deep.equal(['refinement', 'Apr 2, 2026', '2026-04-02']);
    expect(m.ticksKey).to.equal('ticks:lip-blush:2026-03-02');
  });

  it('Day 9 of lip blush: the sources differ on water, both sides shown, neither a task nor an Avoid item', () => {
    const m = day();
    expect(m.differ.map((x) => [x.id, x.text, x.sides.map((s) => s.text)])).to.deep.equal([
      ['water', 'Water on your lips', ['Wash them only with water', 'Aftercare often includes avoiding water exposure']],
    ]);
    expect([...m.tasks, ...m.avoid, ...m.doList].map((x) => x.text).join(' ')).to.not.match(/water/i);
    expect(day({ procedure: filler, procedureId: 'lip-filler', today: d('2026-03-20') }).differ).to.deep.equal([]);
  });

  it('Day 1: the nav cannot go back; a viewed future day cannot be ticked', () => {
    const one = day({ today: d('2026-03-02') });
    expect(one.nav).to.deep.equal({ prev: undefined, next: 2, today: undefined });
    expect(one.bar!.at).to.be.closeTo(1 / 56, 1e-9);
    const ahead = day({ view: 12 });
    expect([ahead.day, ahead.isToday, ahead.canTick, ahead.todayHeading]).to.deep.equal([12, false, false, 'Mar 13']);
    expect(ahead.nav.today).to.equal(9);
    const clamped = day({ view: -4 });
    expect(clamped.day).to.equal(1);
  });

  it('after the span: Healed, "Day 61", a full bar, no tasks, the yearly booster', () => {
    const m = day({ today: d('2026-05-01') });
    expect([m.phase, m.stage, m.dayText, m.dayParts.rest]).to.deep.equal(['healed', 'Healed', 'Day 61', '']);
    expect([m.bar!.value, m.bar!.at]).to.deep.equal([56, 1]);
    expect(m.tasks.length + m.expect.length + m.avoid.length).to.equal(0);
    expect(m.next && [m.next.id, m.next.when]).to.deep.equal(['booster', 'Mar 2, 2027']);
    expect(m.nav.next).to.equal(undefined);
  });

  it('lip filler: a one-number span has a single stage; the massage counts 4 boxes', () => {
    const m = day({ procedure: filler, procedureId: 'lip-filler', today: d('2026-03-03'), ticks: { 2: { massage: 2 } } });
    // "at least a week": a minimum, not "about"
    expect(m.dayText).to.equal('Day 2 of at least 7');
    expect(m.bar!.endLabel).to.equal('Massage week: at least 7 days');
    expect(m.bar!.stages).to.deep.equal([{ kind: 'healing', from: 0, to: 1 }]);
    const massage = m.tasks.find((t) => t.times > 1)!;
    expect([massage.times, massage.done, massage.boxes, massage.countText]).to.deep.equal([4, 2, [true, true, false, false], '2/4']);
  });

  it('with a studio phone: "contact your studio" and a call', () => {
    const m = trackerModel(base({ phone: '+39 02 555 0101', phoneUrl: 'tel:+39025550101' }));
    expect(m.warnTitle).to.equal('Contact your studio if you notice');
    expect(m.call).to.deep.equal({ text: 'Call +39 02 555 0101', url: 'tel:+39025550101' });
    expect(trackerModel(base({ phone: 'call us' })).call, 'no usable link: shown as written, without a link').to.deep.equal({
      text: 'Call call us',
      url: undefined,
    });
    expect(trackerModel(base({})).call, 'no phone: no call').to.equal(undefined);
  });

  it('Italian: every text in Italian, the day parts split after the number', () => {
    const m = day({ locale: 'it' });
    expect(m.title).to.match(/^\S.*: cura dopo il trattamento$/);
    expect(m.dayText).to.equal('Giorno 9 di 42-56');
    expect(m.dayParts).to.deep.equal({ lead: 'Giorno 9', rest: ' di 42-56' });
    expect(m.bar!.endLabel).to.equal('Guarigione · giorni: 42-56');
    expect(m.differ[0].text).to.equal('L’acqua sulle labbra');
    expect(m.todayHeading).to.equal('Oggi');
    expect(m.dateText).to.equal('martedì 10 marzo 2026');
    expect(trackerTitle(undefined, 'it')).to.equal('Cura dopo il trattamento');
  });
});
