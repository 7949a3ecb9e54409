import { expect } from '@open-wc/testing';
import type { CalendarDate } from '../../src/core/dates.js';
import { timeline, whenText, type Timeline, type TimelineEvent } from '../../src/core/schedule.js';
import { procedures } from '../../src/data/procedures.js';
import type { Procedure } from '../../src/data/types.js';

/** `'2026-03-02'` → CalendarDate, written independently of the code under test. */
function d(iso: string): CalendarDate {
  const [y, m, day] = iso.split('-').map(Number);
  return { y, m, d: day };
}
const iso = (c: CalendarDate) => `${c.y}-${String(c.m).padStart(2, '0')}-${String(c.d).padStart(2, '0')}`;
const ev = (tl: Timeline, id: string): TimelineEvent => {
  const e = tl.events.find((x) => x.id === id);
  if (!e) throw new Error(`no event ${id} in ${tl.events.map((x) => x.id).join(', ')}`);
  return e;
};
/** Each window of an event as [start, end]. */
const spans = (e: TimelineEvent) => e.windows.map((w) => [iso(w.start), iso(w.end)]);

const APPT = d('2026-03-02');
const blush = procedures['lip-blush'];
const flip = procedures['lip-flip'];
const filler = procedures['lip-filler'];

describe('schedule: lip blush on 2026-03-02', () => {
  const tl = timeline(blush, 'en', APPT);

  it('starts with the appointment, cited by the two-session fact', () => {
    const e = tl.events[0];
    expect(e.id).to.equal('start');
    expect(iso(e.start)).to.equal('2026-03-02');
    expect(e.windows[0].refs.length).to.be.greaterThan(0);
  });

  it('has the refinement session one month on: 2026-04-02', () => {
    const e = ev(tl, 'upkeep-refinement');
    expect(spans(e)).to.deep.equal([['2026-04-02', '2026-04-02']]);
    expect(e.visit).to.equal(true);
    expect(e.windows[0].rel).to.equal('1 month after your appointment');
  });

  it('is healed between 2026-04-13 and 2026-04-27 (6–8 weeks), shown once although full effect says the same', () => {
    const e = ev(tl, 'recovery');
    expect(e.label).to.equal('Healed');
    expect(spans(e)).to.deep.equal([['2026-04-13', '2026-04-27']]);
    expect(e.windows[0].band).to.equal(true);
    expect(tl.events.some((x) => x.id === 'full-effect')).to.equal(false);
  });

  it('shows results once healed as the healing event itself, with no "right away"', () => {
    expect(tl.events.some((x) => x.id === 'results')).to.equal(false);
    expect(JSON.stringify(tl)).to.not.contain('right away');
  });

  it('has the check-up once healed: 2026-04-13 to 2026-04-27, a visit', () => {
    const e = ev(tl, 'upkeep-check-up');
    expect(spans(e)).to.deep.equal([['2026-04-13', '2026-04-27']]);
    expect(e.visit).to.equal(true);
    expect(e.windows[0].cite.map((c) => c.source)).to.deep.equal(['the-cut', 'clinic-lip-rejuvenation']);
  });

  it('has the yearly booster on 2027-03-02 and says it is counted from the appointment', () => {
    const e = ev(tl, 'upkeep-booster');
    expect(spans(e)).to.deep.equal([['2027-03-02', '2027-03-02']]);
    expect(e.windows[0].rel).to.equal('every 1 year, counted from your appointment');
    expect(e.every).to.include({ min: 1, max: 1, unit: 'year' });
  });

  it('shows each source’s lasting span as its own fading band, from 2026-09-02 to no later than 2031-03-02', () => {
    const e = ev(tl, 'lasts');
    // in order of start
    expect(spans(e)).to.deep.equal([
      ['2026-09-02', '2028-03-02'],
      ['2028-03-02', '2029-03-02'],
      ['2029-03-02', '2031-03-02'],
    ]);
    expect(iso(e.start)).to.equal('2026-09-02');
    expect(iso(e.end)).to.equal('2031-03-02');
    // each band names its own source
    const sources = e.windows.map((w) => w.cite.map((c) => c.source).join());
    expect(sources).to.deep.equal(['the-cut', 'harpers-bazaar', 'clinic-lip-rejuvenation']);
  });

  it('cites every window of every event but the appointment of a procedure without a sessions fact', () => {
    for (const p of [blush, flip, filler]) {
      const t = timeline(p, 'en', APPT);
      for (const e of t.events) {
        if (e.id === 'start' && !p.sessions) continue;
        for (const w of e.windows) expect(w.refs.length, `${p.id} ${e.id}`).to.be.greaterThan(0);
      }
    }
  });

  it('orders events by their start', () => {
    expect(tl.events.map((e) => e.id)).to.deep.equal([
      'start',
      'upkeep-refinement',
      'recovery',
      'upkeep-check-up',
      'lasts',
      'upkeep-booster',
    ]);
    for (let i = 1; i < tl.events.length; i++) {
      expect(iso(tl.events[i - 1].start) <= iso(tl.events[i].start)).to.equal(true);
    }
  });

  it('numbers sources in order of first use, each listed with its quotes', () => {
    expect(tl.refs.map((r) => r.n)).to.deep.equal(tl.refs.map((_, i) => i + 1));
    const used = new Set(tl.events.flatMap((e) => e.windows.flatMap((w) => w.refs)));
    expect([...used].sort()).to.deep.equal(tl.refs.map((r) => r.n));
  });
});

describe('schedule: lip flip on 2026-03-02', () => {
  const tl = timeline(flip, 'en', APPT);

  it('shows first results within a few days', () => {
    const e = ev(tl, 'results');
    expect(spans(e)).to.deep.equal([['2026-03-05', '2026-03-05']]);
    expect(e.windows[0].rel).to.equal('about 3 days after your appointment');
  });

  it('shows full effect between 2026-03-12 and 2026-03-16', () => {
    const e = ev(tl, 'recovery');
    expect(e.label).to.equal('Full effect');
    expect(spans(e)).to.deep.equal([['2026-03-12', '2026-03-16']]);
  });

  it('wears off from 2026-04-27 to 2026-05-25, and to 2026-06-02 as the “2 to 3 months” source’s own band', () => {
    expect(spans(ev(tl, 'lasts'))).to.deep.equal([
      ['2026-04-27', '2026-05-25'],
      ['2026-05-02', '2026-06-02'],
    ]);
  });

  it('puts the repeat injection on the same windows, “when the effect wears off”', () => {
    const e = ev(tl, 'upkeep-repeat');
    expect(e.note).to.equal('when the effect wears off');
    expect(spans(e)).to.deep.equal([
      ['2026-04-27', '2026-05-25'],
      ['2026-05-02', '2026-06-02'],
    ]);
    expect(e.visit).to.equal(true);
  });
});

describe('schedule: lip filler on 2026-03-02', () => {
  const tl = timeline(filler, 'en', APPT);

  it('shows a touch-up window between 2026-06-02 and 2027-03-02', () => {
    const e = ev(tl, 'upkeep-touch-up');
    expect(spans(e)).to.deep.equal([
      ['2026-06-02', '2027-03-02'],
      ['2027-03-02', '2027-03-02'],
    ]);
    expect(iso(e.start)).to.equal('2026-06-02');
    expect(iso(e.end)).to.equal('2027-03-02');
  });

  it('has the massage week from the aftercare tasks’ days: days 1–7 or longer (at least a week), 2026-03-02 to 2026-03-08', () => {
    const e = ev(tl, 'recovery');
    expect(e.label).to.equal('Massage week');
    expect(spans(e)).to.deep.equal([['2026-03-02', '2026-03-08']]);
    expect(e.windows[0].rel).to.equal('days 1–7 or longer');
    expect(e.windows[0].approx).to.equal(false);
    expect(e.windows[0].cite.map((c) => c.source)).to.include('filler-massage');
  });

  it('fades around a year on', () => {
    expect(spans(ev(tl, 'lasts'))).to.deep.equal([['2027-03-02', '2027-03-02']]);
  });
});

describe('schedule: without a date', () => {
  it('gives relative times and no states or today', () => {
    const tl = timeline(blush, 'en');
    expect(tl.appointment).to.equal(undefined);
    expect(tl.todayAt).to.equal(-1);
    expect(tl.events.every((e) => e.state === undefined)).to.equal(true);
    expect(ev(tl, 'recovery').windows[0].rel).to.equal('6–8 weeks after your appointment');
    expect(tl.events.some((e) => e.id === 'results')).to.equal(false);
    expect(ev(timeline(procedures['lip-flip'], 'en'), 'results').windows[0].rel).to.equal('about 3 days after your appointment');
  });

  it('ignores today without an appointment', () => {
    const tl = timeline(blush, 'en', undefined, d('2026-04-20'));
    expect(tl.todayAt).to.equal(-1);
    expect(tl.today).to.equal(undefined);
    expect(tl.events.every((e) => e.state === undefined)).to.equal(true);
  });
});

describe('schedule: today', () => {
  const cases: [string, number, Record<string, string>][] = [
    // today, index of the first event after it, and some states
    ['2026-02-20', 0, { start: 'next', 'upkeep-refinement': 'next' }],
    ['2026-03-02', 1, { start: 'now', 'upkeep-refinement': 'next' }],
    ['2026-04-20', 4, { start: 'done', 'upkeep-refinement': 'done', recovery: 'now', 'upkeep-check-up': 'now', lasts: 'next' }],
    ['2026-04-28', 4, { recovery: 'done', 'upkeep-check-up': 'done', lasts: 'next', 'upkeep-booster': 'next' }],
    ['2027-06-01', 5, { lasts: 'now', 'upkeep-booster': 'next' }],
  ];
  for (const [today, at, states] of cases) {
    it(`on ${today}: the marker before event ${at}, states ${JSON.stringify(states)}`, () => {
      const tl = timeline(blush, 'en', APPT, d(today));
      expect(tl.todayAt).to.equal(at);
      for (const [id, state] of Object.entries(states)) expect(ev(tl, id).state, id).to.equal(state);
    });
  }

  it('moves a yearly booster on to its next occurrence once one is past', () => {
    const tl = timeline(blush, 'en', APPT, d('2027-06-01'));
    const e = ev(tl, 'upkeep-booster');
    expect(spans(e)).to.deep.equal([['2028-03-02', '2028-03-02']]);
    expect(e.state).to.equal('next');
    // on the booster day itself it is still that year's
    expect(spans(ev(timeline(blush, 'en', APPT, d('2027-03-02')), 'upkeep-booster'))).to.deep.equal([['2027-03-02', '2027-03-02']]);
    // years later: the one after today
    expect(spans(ev(timeline(blush, 'en', d('2024-03-02'), d('2026-03-10')), 'upkeep-booster'))).to.deep.equal([
      ['2027-03-02', '2027-03-02'],
    ]);
  });

  it('keeps the refinement of an appointment at the end of January on the last day of February', () => {
    expect(spans(ev(timeline(blush, 'en', d('2026-01-31')), 'upkeep-refinement'))).to.deep.equal([['2026-02-28', '2026-02-28']]);
    expect(spans(ev(timeline(blush, 'en', d('2028-01-31')), 'upkeep-refinement'))).to.deep.equal([['2028-02-29', '2028-02-29']]);
  });
});

describe('schedule: a studio’s own procedure', () => {
  const own: Procedure = {
    id: 'brow-tint',
    name: 'Brow tint',
    summary: [],
    resultsShow: [{ min: 0, max: 0, unit: 'day', cite: [], studio: true }],
    lasts: [{ min: 4, max: 6, unit: 'week', cite: [], studio: true }],
    upkeep: [
      {
        id: 'perfect',
        kind: 'refinement',
        from: 'appointment',
        text: 'Perfecting',
        after: [{ min: 2, max: 3, unit: 'week', cite: [] }],
        cite: [],
      },
      {
        id: 'yearly',
        kind: 'booster',
        from: 'refinement',
        recurring: true,
        text: 'Yearly top-up',
        after: [{ min: 1, max: 1, unit: 'year', cite: [] }],
        cite: [],
      },
    ],
    recovery: { kind: 'massage-week', spans: [{ min: 5, max: 5, unit: 'day', cite: [] }] },
  };

  it('works from the fields alone: counted from the refinement, a massage week from the recovery span', () => {
    const tl = timeline(own, 'en', APPT);
    expect(spans(ev(tl, 'upkeep-perfect'))).to.deep.equal([['2026-03-16', '2026-03-23']]);
    const yearly = ev(tl, 'upkeep-yearly');
    expect(spans(yearly)).to.deep.equal([['2027-03-16', '2027-03-16']]);
    expect(yearly.windows[0].rel).to.equal('every 1 year, counted from the refinement session');
    expect(spans(ev(tl, 'recovery'))).to.deep.equal([['2026-03-02', '2026-03-07']]);
    expect(spans(ev(tl, 'lasts'))).to.deep.equal([['2026-03-30', '2026-04-13']]);
    expect(tl.refs).to.deep.equal([]);
  });

  it('works with nothing but a name', () => {
    const tl = timeline({ id: 'x', name: 'X', summary: [] }, 'en', APPT, d('2026-03-01'));
    expect(tl.events.map((e) => e.id)).to.deep.equal(['start']);
    expect(tl.todayAt).to.equal(0);
  });
});

describe('schedule: whenText', () => {
  const cases: [string, string, boolean, string][] = [
    ['2026-04-02', '2026-04-02', false, 'Apr 2, 2026'],
    ['2027-03-02', '2027-03-02', true, 'around Mar 2, 2027'],
    ['2026-04-13', '2026-04-27', false, 'between Apr 13 and Apr 27, 2026'],
    ['2026-06-02', '2027-03-02', false, 'between Jun 2, 2026 and Mar 2, 2027'],
  ];
  for (const [a, b, approx, text] of cases) {
    it(`${a}–${b}${approx ? ' (approx)' : ''}: “${text}”`, () => {
      expect(whenText({ start: d(a), end: d(b), approx }, 'en')).to.equal(text);
    });
  }
  it('never shows "Invalid Date" or NaN for any event of any built-in procedure', () => {
    for (const p of [blush, flip, filler]) {
      for (const e of timeline(p, 'en', APPT, d('2026-04-01')).events) {
        for (const w of e.windows) expect(whenText(w, 'en') + w.rel).to.not.match(/Invalid|NaN|undefined/);
      }
    }
  });
});
