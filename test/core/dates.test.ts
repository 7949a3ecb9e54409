import { expect } from '@open-wc/testing';
import '../../src/lang/it.js';
import {
  addDays,
  addMonths,
  addWeeks,
  addYears,
  compareDates,
  datesNeedIntl,
  daysBetween,
  daysInMonth,
  formatDate,
  formatDateRange,
  localDate,
  msUntilLocalMidnight,
  parseDate,
  sameDate,
  toISODate,
} from '../../src/core/dates.js';
import type { CalendarDate, DateProblem, DateStyle } from '../../src/core/dates.js';
import { setTimeZone } from '../support/env.js';

/** `'2026-03-08'` → CalendarDate, written independently of the code under test. */
function d(iso: string): CalendarDate {
  const [y, m, day] = iso.split('-').map(Number);
  return { y, m, d: day };
}

const HOUR = 3_600_000;

describe('parseDate', () => {
  const valid: [string, string][] = [
    ['2024-02-29', '2024-02-29'],
    ['2000-02-29', '2000-02-29'],
    ['2026-03-08', '2026-03-08'],
    ['2026-12-31', '2026-12-31'],
    ['1999-01-01', '1999-01-01'],
    ['  2026-03-29\n', '2026-03-29'],
    ['\t2026-04-05 ', '2026-04-05'],
  ];
  for (const [input, iso] of valid) {
    it(`accepts ${JSON.stringify(input)}`, () => {
      const r = parseDate(input);
      expect(r).to.deep.equal({ ok: true, date: d(iso) });
    });
  }

  const invalid: [unknown, DateProblem][] = [
    ['2023-02-29', 'no-such-date'],
    ['1900-02-29', 'no-such-date'],
    ['2024-02-30', 'no-such-date'],
    ['2024-13-01', 'no-such-date'],
    ['2024-00-10', 'no-such-date'],
    ['2024-04-31', 'no-such-date'],
    ['2026-01-00', 'no-such-date'],
    ['2026-01-32', 'no-such-date'],
    ['10/03/2025', 'format'],
    ['2024-03-10T00:00Z', 'format'],
    ['2024-03-10T00:00:00', 'format'],
    ['2024-3-10', 'format'],
    ['20240310', 'format'],
    ['+2024-03-10', 'format'],
    ['2024-03-10\n2024-03-11', 'format'],
    ['\uFF12\uFF10\uFF12\uFF14-03-10', 'format'], // full-width digits
    ['March 10, 2024', 'format'],
    ['', 'empty'],
    [' ', 'empty'],
    ['\t\n ', 'empty'],
    [null, 'empty'],
    [undefined, 'empty'],
  ];
  for (const [input, problem] of invalid) {
    it(`rejects ${JSON.stringify(input) ?? String(input)} as '${problem}'`, () => {
      const r = parseDate(input);
      expect(r.ok).to.equal(false);
      if (!r.ok) expect(r.problem).to.equal(problem);
    });
  }

  it('names the trimmed input in the problem', () => {
    const r = parseDate('  10/03/2025 ');
    expect(r).to.deep.equal({ ok: false, problem: 'format', input: '10/03/2025' });
  });

  const nonStrings: [string, unknown][] = [
    ['a number', 20240310],
    ['a Date', new Date(2024, 2, 10)],
    ['an array', ['2024-03-10']],
    ['an object', { y: 2024, m: 3, d: 10 }],
    ['a null-prototype object', Object.create(null)],
    [
      'an object whose toString throws',
      {
        toString() {
          throw new Error('hostile');
        },
      },
    ],
    ['a symbol', Symbol('x')],
  ];
  for (const [name, input] of nonStrings) {
    it(`rejects ${name} without throwing`, () => {
      const r = parseDate(input);
      expect(r.ok).to.equal(false);
      if (!r.ok) {
        expect(['format', 'empty']).to.include(r.problem);
        expect(r.input).to.be.a('string');
      }
    });
  }
});

describe('toISODate and daysInMonth', () => {
  it('pads months, days and years', () => {
    expect(toISODate({ y: 2026, m: 3, d: 8 })).to.equal('2026-03-08');
    expect(toISODate({ y: 2026, m: 11, d: 30 })).to.equal('2026-11-30');
  });

  const months: [number, number, number][] = [
    [2024, 2, 29],
    [2023, 2, 28],
    [1900, 2, 28],
    [2000, 2, 29],
    [2026, 4, 30],
    [2026, 12, 31],
  ];
  for (const [y, m, n] of months) {
    it(`${y}-${m} has ${n} days`, () => expect(daysInMonth(y, m)).to.equal(n));
  }
});

describe('addDays / addWeeks / addMonths / addYears', () => {
  const days: [string, number, string][] = [
    ['2025-12-31', 1, '2026-01-01'],
    ['2026-01-01', -1, '2025-12-31'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2024-02-29', 366, '2025-03-01'],
    ['2024-01-01', 365, '2024-12-31'],
    ['2026-03-07', 1, '2026-03-08'],
    ['2026-03-08', 1, '2026-03-09'],
    ['2026-10-24', 2, '2026-10-26'],
    ['2026-04-04', 2, '2026-04-06'],
    ['2026-03-08', 0, '2026-03-08'],
    ['2026-03-08', 1.9, '2026-03-09'],
    ['2026-03-08', -1.9, '2026-03-07'],
  ];
  for (const [from, n, to] of days) {
    it(`${from} + ${n} days = ${to}`, () => expect(addDays(d(from), n)).to.deep.equal(d(to)));
  }

  const weeks: [string, number, string][] = [
    ['2026-03-01', 6, '2026-04-12'],
    ['2026-03-01', 1.5, '2026-03-12'],
    ['2025-12-25', 2, '2026-01-08'],
  ];
  for (const [from, n, to] of weeks) {
    it(`${from} + ${n} weeks = ${to}`, () => expect(addWeeks(d(from), n)).to.deep.equal(d(to)));
  }

  const months: [string, number, string][] = [
    ['2024-01-31', 1, '2024-02-29'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-03-31', -1, '2024-02-29'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-10-31', 1, '2026-11-30'],
    ['2025-08-31', 6, '2026-02-28'],
    ['2025-12-15', 1, '2026-01-15'],
    ['2026-01-15', -1, '2025-12-15'],
    ['2026-01-15', -13, '2024-12-15'],
    ['2026-03-08', 12, '2027-03-08'],
    ['2026-03-01', 0.5, '2026-03-16'],
  ];
  for (const [from, n, to] of months) {
    it(`${from} + ${n} months = ${to}`, () => expect(addMonths(d(from), n)).to.deep.equal(d(to)));
  }

  const years: [string, number, string][] = [
    ['2024-02-29', 1, '2025-02-28'],
    ['2024-02-29', 4, '2028-02-29'],
    ['2026-03-08', -5, '2021-03-08'],
    ['2026-12-31', 2, '2028-12-31'],
  ];
  for (const [from, n, to] of years) {
    it(`${from} + ${n} years = ${to}`, () => expect(addYears(d(from), n)).to.deep.equal(d(to)));
  }
});

describe('daysBetween, compareDates, sameDate', () => {
  const spans: [string, string, number][] = [
    // across the DST change days (US, EU, NZ; spring and autumn)
    ['2026-03-07', '2026-03-09', 2],
    ['2026-03-08', '2026-03-09', 1],
    ['2026-03-28', '2026-03-30', 2],
    ['2026-04-04', '2026-04-06', 2],
    ['2026-09-26', '2026-09-28', 2],
    ['2026-10-24', '2026-10-26', 2],
    ['2026-10-31', '2026-11-02', 2],
    ['2026-03-08', '2026-11-01', 238],
    ['2026-03-01', '2026-04-12', 42],
    // leap years and year boundaries
    ['2024-01-01', '2025-01-01', 366],
    ['2025-01-01', '2026-01-01', 365],
    ['2024-02-28', '2024-03-01', 2],
    ['2023-02-28', '2023-03-01', 1],
    ['2025-12-31', '2026-01-01', 1],
    ['2026-01-01', '2025-12-31', -1],
    ['2026-03-08', '2026-03-08', 0],
  ];
  for (const [a, b, n] of spans) {
    it(`${a} → ${b} is ${n} days`, () => {
      expect(daysBetween(d(a), d(b))).to.equal(n);
      expect(daysBetween(d(b), d(a))).to.equal(-n);
    });
  }

  it('orders and matches dates', () => {
    expect(compareDates(d('2026-03-08'), d('2026-03-09'))).to.equal(-1);
    expect(compareDates(d('2026-03-09'), d('2026-03-08'))).to.equal(1);
    expect(compareDates(d('2026-03-08'), d('2026-03-08'))).to.equal(0);
    expect(sameDate(d('2026-03-08'), d('2026-03-08'))).to.equal(true);
    expect(sameDate(d('2026-03-08'), d('2027-03-08'))).to.equal(false);
  });
});

/**
 * Time zones, with the length in hours of each DST-change day of 2026 there
 * (US 8 Mar / 1 Nov, EU 29 Mar / 25 Oct, NZ 5 Apr / 27 Sep), and the UTC
 * offset (getTimezoneOffset) on 15 Jan 2026 to prove the emulation works.
 */
const DST_DAYS = ['2026-03-08', '2026-11-01', '2026-03-29', '2026-10-25', '2026-04-05', '2026-09-27'];
const ZONES: { zone: string; janOffset: number; hours: Record<string, number> }[] = [
  { zone: 'America/New_York', janOffset: 300, hours: { '2026-03-08': 23, '2026-11-01': 25 } },
  { zone: 'Europe/Rome', janOffset: -60, hours: { '2026-03-29': 23, '2026-10-25': 25 } },
  { zone: 'Europe/London', janOffset: 0, hours: { '2026-03-29': 23, '2026-10-25': 25 } },
  { zone: 'Pacific/Auckland', janOffset: -780, hours: { '2026-04-05': 25, '2026-09-27': 23 } },
  { zone: 'Pacific/Kiritimati', janOffset: -840, hours: {} },
  { zone: 'Pacific/Pago_Pago', janOffset: 660, hours: {} },
];

describe('in browser time zones', () => {
  after(() => setTimeZone(undefined));

  for (const { zone, janOffset, hours } of ZONES) {
    describe(zone, () => {
      before(function () {
        return setTimeZone(zone, this);
      });

      it('is emulated', () => {
        expect(new Date(2026, 0, 15).getTimezoneOffset()).to.equal(janOffset);
      });

      it('formatDate shows the calendar day itself', () => {
        expect(formatDate(d('2026-03-08'))).to.equal('Mar 8, 2026');
        expect(formatDate(d('2026-03-08'), 'en', 'long')).to.equal('Sunday, March 8, 2026');
        expect(formatDate(d('2026-01-01'), 'en', 'short')).to.equal('Jan 1');
        expect(formatDate(d('2025-12-31'), 'en', 'day-month')).to.equal('December 31');
        expect(formatDate(d('2026-03-29'), 'it')).to.equal('29 mar 2026');
        expect(formatDateRange(d('2026-03-29'), d('2026-04-12')).replace(/\s/g, ' ')).to.equal('Mar 29 – Apr 12, 2026');
        expect(formatDateRange(d('2026-04-05'), d('2026-04-05'))).to.equal('Apr 5, 2026');
      });

      for (const iso of DST_DAYS) {
        const day = d(iso);
        const length = hours[iso] ?? 24;

        it(`${iso}: localDate at 00:00:30 and 23:59:30 is that day`, () => {
          const early = new Date(day.y, day.m - 1, day.d, 0, 0, 30);
          const late = new Date(day.y, day.m - 1, day.d, 23, 59, 30);
          expect(localDate(early)).to.deep.equal(day);
          expect(localDate(late)).to.deep.equal(day);
          expect(late.getTime() - early.getTime()).to.equal(length * HOUR - 60_000);
        });

        it(`${iso}: day numbers are exact at both ends of the day`, () => {
          const start = addDays(day, -7);
          for (const [h, m, s] of [
            [0, 0, 30],
            [23, 59, 30],
          ]) {
            const now = localDate(new Date(day.y, day.m - 1, day.d, h, m, s));
            expect(daysBetween(start, now)).to.equal(7);
            expect(daysBetween(now, addDays(day, 1))).to.equal(1);
          }
        });

        it(`${iso}: msUntilLocalMidnight follows the ${length}-hour day`, () => {
          expect(msUntilLocalMidnight(new Date(day.y, day.m - 1, day.d, 0, 0, 30))).to.equal(length * HOUR - 30_000);
          expect(msUntilLocalMidnight(new Date(day.y, day.m - 1, day.d, 23, 59, 30))).to.equal(30_000);
          // every change here happens before noon
          expect(msUntilLocalMidnight(new Date(day.y, day.m - 1, day.d, 12, 0, 0))).to.equal(12 * HOUR);
        });
      }

      it('msUntilLocalMidnight waits at least one second', () => {
        expect(msUntilLocalMidnight(new Date(2026, 5, 1, 23, 59, 59, 500))).to.equal(1000);
      });
    });
  }

  it('localDate follows the zone for one instant (Kiritimati a day ahead of Pago Pago)', async function () {
    // a fresh Date after each switch: Chromium keeps an existing Date's local
    // fields across an emulated time-zone change
    const instant = Date.UTC(2026, 2, 7, 12, 0, 0);
    await setTimeZone('Pacific/Kiritimati', this);
    expect(localDate(new Date(instant))).to.deep.equal(d('2026-03-08'));
    await setTimeZone('Pacific/Pago_Pago', this);
    expect(localDate(new Date(instant))).to.deep.equal(d('2026-03-07'));
  });
});

describe('English and Italian dates without Intl: the same text as Intl', () => {
  const OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
    long: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
    medium: { day: 'numeric', month: 'short', year: 'numeric' },
    short: { day: 'numeric', month: 'short' },
    'day-month': { day: 'numeric', month: 'long' },
  };
  /** Range lengths in days: within a week and a month, across a month, a year's end and a leap day. */
  const SPANS = [1, 4, 13, 27, 45, 200];
  const utcOf = (x: CalendarDate) => Date.UTC(x.y, x.m - 1, x.d);
  /**
   * ICU versions differ on which space goes around a range's dash (a thin
   * space in CLDR 48, a plain one in the browsers' ICU today): a thin,
   * narrow or no-break space counts as a space. Any other difference shows.
   */
  const shown = (text: string) => text.replace(/[\u2009\u202f\u00a0]/g, ' ');

  for (const locale of ['en', 'en-US', 'it', 'it-IT', 'it-x-lip1']) {
    it(`${locale} is written without an Intl object`, () => {
      expect(datesNeedIntl(locale)).to.equal(false);
    });
    for (const style of Object.keys(OPTIONS) as DateStyle[]) {
      it(`${locale}, ${style}: every day of 2025-26, alone and as ${SPANS.length} ranges from it, reads as Intl writes it`, () => {
        const intl = new Intl.DateTimeFormat(locale.split('-x-')[0], { ...OPTIONS[style], timeZone: 'UTC' });
        const wrong: string[] = [];
        let checked = 0;
        for (let day = d('2025-01-01'); day.y < 2027; day = addDays(day, 1)) {
          const alone = formatDate(day, locale, style);
          if (alone !== shown(intl.format(utcOf(day))))
            wrong.push(`${toISODate(day)}: ${shown(alone)} ≠ ${shown(intl.format(utcOf(day)))}`);
          for (const span of SPANS) {
            const end = addDays(day, span);
            const ours = formatDateRange(day, end, locale, style);
            const theirs = intl.formatRange(utcOf(day), utcOf(end));
            if (ours !== shown(theirs)) wrong.push(`${toISODate(day)}…${toISODate(end)}: ${shown(ours)} ≠ ${shown(theirs)}`);
          }
          checked += 1 + SPANS.length;
        }
        expect(checked).to.equal(730 * (1 + SPANS.length));
        expect(wrong.slice(0, 5)).to.deep.equal([]);
      });
    }
  }

  it('other regions, other languages and calendar extensions still go through Intl', () => {
    for (const locale of ['en-GB', 'en-AU', 'it-CH', 'es', 'de', 'pt-PT', 'ar', 'en-u-ca-buddhist'])
      expect(datesNeedIntl(locale), locale).to.equal(true);
    expect(formatDate(d('2026-03-08'), 'en-GB')).to.equal(
      new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2026, 2, 8)),
    );
  });
});
