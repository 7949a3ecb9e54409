import { expect } from '@open-wc/testing';
import '../../src/lang/it.js';
import type { CalendarDate } from '../../src/core/dates.js';
import { applyConfig, validateConfig } from '../../src/core/studio-config.js';
import { axisPosition, keepTogether, timelineModel, type ChartMark, type TimelineModel } from '../../src/core/timeline.js';
import { procedures } from '../../src/data/procedures.js';

/** `'2026-03-02'` → CalendarDate, written independently of the code under test. */
function d(iso: string): CalendarDate {
  const [y, m, day] = iso.split('-').map(Number);
  return { y, m, d: day };
}
const APPT = d('2026-03-02');
const blush = procedures['lip-blush'];
const flip = procedures['lip-flip'];
const filler = procedures['lip-filler'];

/** The marks of an event, in lane order. */
const marks = (m: TimelineModel, id: string, kind?: ChartMark['kind']) =>
  m.marks.filter((x) => x.event === id && (!kind || x.kind === kind));
const near = (a: number, b: number) => expect(a).to.be.closeTo(b, 0.0005);

/*
 * The axis, stated independently: weeks 0–56 days, months 56 days–12 months,
 * years beyond. Three segments take 30 %, 32 % and 38 % of the axis; two take
 * 45 % and 55 %; one all of it.
 */
describe('timelineModel: the axis', () => {
  it('lip blush reaches 5 years in three segments: weeks, months, years', () => {
    const m = timelineModel(blush, 'en', APPT);
    expect(m.segments.map((s) => [s.unit, s.label, s.fromDay, s.toDay])).to.deep.equal([
      ['week', 'weeks', 0, 56],
      ['month', 'months', 56, 365],
      ['year', 'years', 365, 1826],
    ]);
    expect(m.segments.map((s) => [s.from, s.to])).to.deep.equal([
      [0, 0.3],
      [0.3, 0.62],
      [0.62, 1],
    ]);
    expect(m.endDay).to.equal(1826);
    expect(m.ticks.map((t) => `${t.label} ${t.unit}`)).to.deep.equal([
      '2 week',
      '4 week',
      '6 week',
      '3 month',
      '6 month',
      '9 month',
      '12 month',
      '2 year',
      '3 year',
      '4 year',
      '5 year',
    ]);
  });

  it('lip flip reaches 3 months; lip filler 12 months (weeks, then months)', () => {
    const f = timelineModel(flip, 'en', APPT);
    expect(f.segments.map((s) => [s.unit, s.fromDay, s.toDay, s.from, s.to])).to.deep.equal([
      ['week', 0, 56, 0, 0.45],
      ['month', 56, 92, 0.45, 1],
    ]);
    expect(f.ticks.map((t) => t.label)).to.deep.equal(['2', '4', '6', '3']);
    const g = timelineModel(filler, 'en', APPT);
    expect(g.segments.map((s) => [s.unit, s.toDay])).to.deep.equal([
      ['week', 56],
      ['month', 365],
    ]);
    expect(g.ticks.filter((t) => t.unit === 'month').map((t) => t.value)).to.deep.equal([3, 6, 9, 12]);
  });

  it('names the segments in the locale', () => {
    expect(timelineModel(blush, 'it', APPT).segments.map((s) => s.label)).to.deep.equal(['settimane', 'mesi', 'anni']);
  });

  it('ticks rise along the axis, inside 0..1, the last at the end', () => {
    for (const p of [blush, flip, filler]) {
      for (const appt of [APPT, undefined]) {
        const m = timelineModel(p, 'en', appt);
        const at = m.ticks.map((t) => t.at);
        for (let i = 1; i < at.length; i++) expect(at[i], p.id).to.be.greaterThan(at[i - 1]);
        expect(at[0]).to.be.greaterThan(0);
        expect(at.at(-1)).to.equal(1);
        expect(m.segments[0].from).to.equal(0);
        expect(m.segments.at(-1)!.to).to.equal(1);
        for (let i = 1; i < m.segments.length; i++) expect(m.segments[i].from).to.equal(m.segments[i - 1].to);
      }
    }
  });

  it('axisPosition is piecewise linear and clamped', () => {
    const { segments } = timelineModel(blush, 'en', APPT);
    expect(axisPosition(segments, -10)).to.equal(0);
    near(axisPosition(segments, 28), 0.15);
    near(axisPosition(segments, 56), 0.3);
    near(axisPosition(segments, 365), 0.62);
    expect(axisPosition(segments, 99999)).to.equal(1);
  });
});

describe('timelineModel: positions of the built-in procedures', () => {
  it('lip blush on 2026-03-02: appointment, refinement at 1 month, healed 6–8 weeks, fading from 6 months to 5 years, booster at 1 year', () => {
    const m = timelineModel(blush, 'en', APPT);
    expect(marks(m, 'start')[0]).to.include({ kind: 'point', from: 0, to: 0 });
    // the source puts lip-blush results after healing: no "first results" mark right away
    expect(marks(m, 'results')).to.have.length(0);
    // 2026-04-02 is day 31: 31/56 of the weeks' 30 %
    near(marks(m, 'upkeep-refinement')[0].from, (31 / 56) * 0.3);
    const healed = marks(m, 'recovery')[0];
    expect(healed.kind).to.equal('band');
    near(healed.from, (42 / 56) * 0.3);
    near(healed.to, 0.3);
    const fade = marks(m, 'lasts');
    expect(fade.map((x) => [x.kind, x.lane])).to.deep.equal([
      ['band', 0],
      ['band', 1],
      ['band', 2],
    ]);
    // 2026-09-02 is day 184 of the months' 56–365
    near(fade[0].from, 0.3 + ((184 - 56) / (365 - 56)) * 0.32);
    // 2 years on 2028-03-02 is day 731; 3 years day 1096; 5 years the end
    near(fade[0].to, 0.62 + ((731 - 365) / (1826 - 365)) * 0.38);
    near(fade[1].from, fade[0].to);
    near(fade[2].from, 0.62 + ((1096 - 365) / (1826 - 365)) * 0.38);
    expect(fade[2].to).to.equal(1);
    // each fading lane labelled with its own source
    expect(fade.every((x) => x.labelled && x.refs.length === 1)).to.equal(true);
    expect(new Set(fade.map((x) => x.refs[0])).size).to.equal(3);
    expect(marks(m, 'recovery')[0].labelled).to.equal(false);
    near(marks(m, 'upkeep-booster', 'point')[0].from, 0.62);
  });

  it('lip blush: the yearly booster repeats every year to the axis’s end', () => {
    const m = timelineModel(blush, 'en', APPT);
    const years = m.ticks.filter((t) => t.unit === 'year').map((t) => t.at);
    expect(marks(m, 'upkeep-booster', 'repeat').map((x) => x.from)).to.deep.equal(years);
  });

  it('lip flip: results at about 3 days, full effect 10–14 days, wearing off in two lanes to the end', () => {
    const m = timelineModel(flip, 'en', APPT);
    near(marks(m, 'results')[0].from, (3 / 56) * 0.45);
    const full = marks(m, 'recovery')[0];
    near(full.from, (10 / 56) * 0.45);
    near(full.to, (14 / 56) * 0.45);
    const fade = marks(m, 'lasts');
    expect(fade.map((x) => x.lane)).to.deep.equal([0, 1]);
    // 8 weeks = day 56, the segments' boundary; 12 weeks = day 84; 2 months = 2026-05-02, day 61; the end 2026-06-02, day 92
    near(fade[0].from, 0.45);
    near(fade[0].to, 0.45 + ((84 - 56) / (92 - 56)) * 0.55);
    near(fade[1].from, 0.45 + ((61 - 56) / (92 - 56)) * 0.55);
    expect(fade[1].to).to.equal(1);
    expect(marks(m, 'upkeep-repeat').map((x) => [x.from, x.to])).to.deep.equal(fade.map((x) => [x.from, x.to]));
  });

  it('lip filler: the massage week from day 0, the touch-up window from 3 to 12 months beside a 1-year source', () => {
    const m = timelineModel(filler, 'en', APPT);
    const week = marks(m, 'recovery')[0];
    expect(week.from).to.equal(0);
    near(week.to, (6 / 56) * 0.45);
    const touch = marks(m, 'upkeep-touch-up');
    // two figures of one source: two lanes, not labelled (the sources do not disagree)
    expect(touch.map((x) => [x.kind, x.lane, x.labelled])).to.deep.equal([
      ['band', 0, false],
      ['point', 1, false],
    ]);
    // 3 months on, 2026-06-02, is day 92
    near(touch[0].from, 0.45 + ((92 - 56) / (365 - 56)) * 0.55);
    expect(touch[0].to).to.equal(1);
    expect(touch[1].from).to.equal(1);
  });

  it('without a date: the same positions, no today, nothing past', () => {
    for (const p of [blush, flip, filler]) {
      const dated = timelineModel(p, 'en', APPT);
      const undated = timelineModel(p, 'en');
      expect(undated.today).to.equal(undefined);
      expect(undated.rows.some((r) => r.id === 'today')).to.equal(false);
      expect(undated.marks.some((x) => x.past)).to.equal(false);
      expect(undated.segments.map((s) => s.unit)).to.deep.equal(dated.segments.map((s) => s.unit));
      // calendar months differ by a day or two from year to year (a day is 1.5 % of lip flip’s short months segment)
      undated.marks.forEach((x, i) => expect(Math.abs(x.from - dated.marks[i].from), `${p.id} ${x.event}`).to.be.below(0.02));
    }
  });

  it('every mark lies within 0..1, starts no later than it ends, rows rise along the axis', () => {
    for (const p of [blush, flip, filler]) {
      for (const [appt, today] of [
        [APPT, d('2026-04-20')],
        [APPT, d('2025-12-01')],
        [APPT, d('2040-01-01')],
        [undefined, undefined],
      ] as const) {
        const m = timelineModel(p, 'en', appt, today);
        for (const x of m.marks) {
          expect(x.from, `${p.id} ${x.event}`).to.be.within(0, 1);
          expect(x.to).to.be.within(x.from, 1);
        }
        for (let i = 1; i < m.rows.length; i++) expect(m.rows[i].at).to.be.at.least(m.rows[i - 1].at);
        for (const r of m.rows) {
          for (const piece of r.pieces) {
            expect(piece.y1).to.be.within(-0.5, 1.5);
            expect(piece.y2).to.be.within(piece.y1, 1.5);
          }
        }
      }
    }
  });
});

describe('timelineModel: today', () => {
  it('sits at its day, as a row where the list puts it, and mutes what is over', () => {
    const m = timelineModel(blush, 'en', APPT, d('2026-04-20'));
    near(m.today!.at, (49 / 56) * 0.3);
    expect(m.today!.clamped).to.equal(undefined);
    expect(m.rows.map((r) => r.id)).to.deep.equal([
      'start',
      'upkeep-refinement',
      'recovery',
      'upkeep-check-up',
      'today',
      'lasts',
      'upkeep-booster',
    ]);
    expect(m.rows.findIndex((r) => r.id === 'today')).to.equal(m.timeline.todayAt);
    expect(marks(m, 'upkeep-refinement')[0].past).to.equal(true);
    expect(marks(m, 'recovery')[0].past).to.equal(false);
    expect(m.rows.find((r) => r.id === 'upkeep-refinement')!.past).to.equal(true);
    expect(m.rows.find((r) => r.id === 'recovery')!.past).to.equal(false);
  });

  it('is clamped to the axis before the appointment and after the last event', () => {
    const before = timelineModel(flip, 'en', APPT, d('2026-02-20'));
    expect(before.today).to.deep.equal({ at: 0, day: -10, clamped: 'before' });
    expect(before.rows[0].id).to.equal('today');
    const after = timelineModel(flip, 'en', APPT, d('2027-01-01'));
    expect(after.today).to.include({ at: 1, clamped: 'after' });
    expect(after.rows.at(-1)!.id).to.equal('today');
    expect(after.marks.every((x) => x.past)).to.equal(true);
  });

  it('keeps every yearly booster on the axis once one is over, the past ones muted', () => {
    const m = timelineModel(blush, 'en', APPT, d('2027-06-01'));
    // the list shows the next one (2028), the picture every year, 2027 over
    const all = marks(m, 'upkeep-booster');
    expect(all.map((x) => x.past)).to.deep.equal([false, true, false, false, false]);
    const points = all.map((x) => x.from).sort((a, b) => a - b);
    near(points[0], 0.62);
    expect(points.at(-1)).to.equal(1);
  });
});

describe('timelineModel: a studio’s own figures', () => {
  it('moves the refinement to the studio’s 6 weeks, unlabelled and without sources', () => {
    const set = applyConfig(
      validateConfig({ procedures: { 'lip-blush': { upkeep: { refinement: { after: { min: 6, max: 6, unit: 'week' } } } } } }).config,
    );
    const m = timelineModel(set['lip-blush'], 'en', APPT);
    const r = marks(m, 'upkeep-refinement')[0];
    near(r.from, (42 / 56) * 0.3);
    expect(r).to.include({ studio: true, labelled: false });
    expect(r.refs).to.deep.equal([]);
  });

  it('draws a studio’s own procedure lasting 6–8 weeks on one weeks segment', () => {
    const set = applyConfig(
      validateConfig({ procedures: { 'brow-lamination': { name: 'Brow lamination', lasts: { min: 6, max: 8, unit: 'week' } } } }).config,
    );
    const m = timelineModel(set['brow-lamination'], 'en', APPT, d('2026-03-09'));
    expect(m.segments.map((s) => [s.unit, s.toDay])).to.deep.equal([['week', 56]]);
    expect(m.ticks.map((t) => t.label)).to.deep.equal(['1', '2', '3', '4', '5', '6', '7', '8']);
    const lasts = marks(m, 'lasts')[0];
    near(lasts.from, 0.75);
    expect(lasts.to).to.equal(1);
    expect(lasts.studio).to.equal(true);
    near(m.today!.at, 7 / 56);
  });

  it('with a studio’s yearly visit as the furthest event, reaches its second occurrence', () => {
    const set = applyConfig(
      validateConfig({
        procedures: {
          'x-tint': {
            name: 'Tint',
            upkeep: { again: { text: 'Again', kind: 'booster', recurring: true, after: { min: 1, max: 1, unit: 'year' } } },
          },
        },
      }).config,
    );
    const m = timelineModel(set['x-tint'], 'en', APPT);
    expect(m.segments.at(-1)!.unit).to.equal('year');
    expect(marks(m, 'upkeep-again', 'repeat').map((x) => x.from)).to.deep.equal([1]);
  });
});

describe('timelineModel: the vertical picture', () => {
  it('puts bands of one event that overlap or touch in different columns', () => {
    for (const p of [blush, flip, filler]) {
      const m = timelineModel(p, 'en', APPT);
      const bands = m.marks.filter((x) => x.kind === 'band');
      for (const a of bands) {
        for (const b of bands) {
          if (a !== b && a.column === b.column) expect(a.to < b.from || b.to < a.from, `${p.id} ${a.event}/${b.event}`).to.equal(true);
        }
      }
      expect(m.columns).to.equal(Math.max(0, ...bands.map((x) => x.column)) + 1);
    }
  });

  it('draws each band in every row its time crosses, from its own row down', () => {
    const m = timelineModel(blush, 'en', APPT, d('2026-04-20'));
    const first = marks(m, 'lasts')[0];
    const rows = m.rows.filter((r) => r.pieces.some((x) => x.mark === first)).map((r) => r.id);
    expect(rows).to.deep.equal(['lasts', 'upkeep-booster']);
    const own = m.rows.find((r) => r.id === 'lasts')!.pieces.find((x) => x.mark === first)!;
    expect(own.y1).to.equal(0);
    // healed (6–8 weeks) runs on past today (day 49)
    const healed = marks(m, 'recovery')[0];
    expect(m.rows.find((r) => r.id === 'today')!.pieces.some((x) => x.mark === healed)).to.equal(true);
  });

  it('gives the last row room when much of the axis lies below it', () => {
    expect(timelineModel(blush, 'en', APPT).rows.at(-1)!.tail).to.equal(true);
    expect(timelineModel(filler, 'en', APPT).rows.at(-1)!.tail).to.equal(false);
  });
});

describe('keepTogether', () => {
  const cases: [string, string[]][] = [
    // a line may break only where neither word holds a digit
    ['between Apr 13 and Apr 27, 2026', ['Apr 13 and', 'Apr 27, 2026']],
    ['between Jun 2, 2026 and Mar 2, 2027', ['Jun 2, 2026 and', 'Mar 2, 2027']],
    ['6–8 weeks after your appointment', ['6–8 weeks']],
    ['tra 13 apr e 27 apr 2026', ['tra 13 apr', 'e 27 apr 2026']],
    ['right away', []],
  ];
  for (const [text, kept] of cases) {
    it(`“${text}”`, () => {
      const runs = keepTogether(text);
      expect(runs.map((r) => r.text).join('')).to.equal(text);
      expect(runs.filter((r) => r.keep).map((r) => r.text)).to.deep.equal(kept);
    });
  }
});
