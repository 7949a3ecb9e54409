import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import type { CalendarDate } from '../../src/core/dates.js';
import { calendarEvents, escapeText, fold, icsFileName, toICS, type CalendarEvent } from '../../src/core/ics.js';
import { timeline } from '../../src/core/schedule.js';
import { procedures } from '../../src/data/procedures.js';
import type { Procedure } from '../../src/data/types.js';
import { setTimeZone } from '../support/env.js';

function d(iso: string): CalendarDate {
  const [y, m, day] = iso.split('-').map(Number);
  return { y, m, d: day };
}

const STAMP = new Date(Date.UTC(2026, 2, 2, 9, 30, 5));
const bytes = (s: string) => new TextEncoder().encode(s).length;

function ics(p: Procedure, appt: string, today = appt): string {
  return toICS(calendarEvents(p, timeline(p, 'en', d(appt), d(today)), 'en'), STAMP);
}

/** Every VEVENT as ical.js reads it. */
function parse(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text));
  return cal.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return { e, v, start: e.startDate, summary: e.summary, description: e.description, uid: e.uid };
  });
}

/** Start dates of the events as YYYY-MM-DD, read from ical.js two ways: its own date and the local JS date. */
function starts(text: string): string[] {
  return parse(text).map(({ start }) => {
    expect(start.isDate, 'all-day').to.equal(true);
    const js = start.toJSDate();
    const local = `${js.getFullYear()}-${String(js.getMonth() + 1).padStart(2, '0')}-${String(js.getDate()).padStart(2, '0')}`;
    expect(local).to.equal(start.toString());
    return start.toString();
  });
}

const blush = procedures['lip-blush'];
const flip = procedures['lip-flip'];
const filler = procedures['lip-filler'];

describe('ics: the acceptance dates, parsed by ical.js', () => {
  for (const zone of [undefined, 'Pacific/Auckland', 'America/Los_Angeles']) {
    describe(`in the time zone ${zone ?? 'of the machine'}`, () => {
      before(function () {
        return setTimeZone(zone, this);
      });
      after(() => setTimeZone(undefined));

      it('lip blush: refinement 2026-04-02, check-up once healed from 2026-04-13, yearly booster 2027-03-02', () => {
        if (zone) expect(new Date(2026, 2, 2).getTimezoneOffset()).to.equal(zone === 'Pacific/Auckland' ? -780 : 480);
        const text = ics(blush, '2026-03-02');
        expect(starts(text)).to.deep.equal(['2026-04-02', '2026-04-13', '2027-03-02']);
        const [refinement, checkUp, booster] = parse(text);
        expect(checkUp.e.isRecurring()).to.equal(false);
        expect(refinement.e.isRecurring()).to.equal(false);
        expect(booster.e.isRecurring()).to.equal(true);
        const next = booster.e.iterator();
        expect([next.next()!.toString(), next.next()!.toString(), next.next()!.toString()]).to.deep.equal([
          '2027-03-02',
          '2028-03-02',
          '2029-03-02',
        ]);
      });

      it('lip flip: the repeat injection at the start of the wearing-off window, 2026-04-27', () => {
        expect(starts(ics(flip, '2026-03-02'))).to.deep.equal(['2026-04-27']);
      });

      it('lip filler: the touch-up at the start of its window, 2026-06-02', () => {
        expect(starts(ics(filler, '2026-03-02'))).to.deep.equal(['2026-06-02']);
      });

      it('ends each all-day event the next day', () => {
        for (const { e } of parse(ics(blush, '2026-03-02'))) {
          expect(e.endDate.toString()).to.equal(e.startDate.clone().adjust(1, 0, 0, 0).toString());
        }
      });
    });
  }
});

describe('ics: content', () => {
  it('describes the whole uncertain window with its sources', () => {
    const [touchUp] = parse(ics(filler, '2026-03-02'));
    expect(touchUp.summary).to.equal('Lip filler: Touch-up');
    expect(touchUp.description).to.contain('between Jun 2, 2026 and Mar 2, 2027 (3–12 months after your appointment)');
    expect(touchUp.description).to.contain('around Mar 2, 2027 (about 1 year after your appointment)');
    expect(touchUp.description).to.contain('Lip Rejuvenation Treatments');
    expect(touchUp.description).to.contain('“require a touch up every 3-12 months”');
    expect(touchUp.description).to.contain('not medical advice');
  });

  it('says what the repeat waits for, and each source’s window', () => {
    const [repeat] = parse(ics(flip, '2026-03-02'));
    expect(repeat.description.split('\n')[0]).to.equal('when the effect wears off');
    expect(repeat.description).to.contain('between Apr 27 and May 25, 2026');
    expect(repeat.description).to.contain('between May 2 and Jun 2, 2026');
  });

  it('says the booster is counted from the appointment', () => {
    const booster = parse(ics(blush, '2026-03-02'))[2];
    expect(booster.description).to.contain('every 1 year, counted from your appointment');
  });

  it('has a reminder alarm on every event', () => {
    for (const { v } of parse(ics(blush, '2026-03-02'))) {
      const alarm = v.getFirstSubcomponent('valarm')!;
      expect(alarm.getFirstPropertyValue('action')).to.equal('DISPLAY');
      expect(String(alarm.getFirstPropertyValue('trigger'))).to.equal('-P7D');
    }
  });

  it('stamps with the instant passed in', () => {
    const text = ics(blush, '2026-03-02');
    expect(text).to.contain('\r\nDTSTAMP:20260302T093005Z\r\n');
    const stamp = parse(text)[0].v.getFirstPropertyValue('dtstamp') as ICAL.Time;
    expect(stamp.toJSDate().getTime()).to.equal(STAMP.getTime());
  });

  it('gives stable, distinct UIDs from procedure, appointment and event', () => {
    const a = parse(ics(blush, '2026-03-02')).map((x) => x.uid);
    const b = parse(toICS(calendarEvents(blush, timeline(blush, 'en', d('2026-03-02'), d('2026-03-10')), 'en'), new Date())).map(
      (x) => x.uid,
    );
    expect(a).to.deep.equal(b);
    expect(new Set(a).size).to.equal(a.length);
    expect(a[0]).to.equal('lip-blush-2026-03-02-upkeep-refinement-20260402@lip-widgets');
    const other = parse(ics(blush, '2026-03-03')).map((x) => x.uid);
    expect(other.some((u) => a.includes(u))).to.equal(false);
  });

  it('leaves out visits that are over and keeps the one whose window is open, dated today', () => {
    expect(starts(ics(blush, '2026-03-02', '2026-04-03'))).to.deep.equal(['2026-04-13', '2027-03-02']);
    expect(starts(ics(blush, '2026-03-02', '2026-04-20')), 'the check-up window is open: today').to.deep.equal([
      '2026-04-20',
      '2027-03-02',
    ]);
    expect(starts(ics(filler, '2026-03-02', '2026-08-10'))).to.deep.equal(['2026-08-10']);
    expect(starts(ics(filler, '2026-03-02', '2027-03-03'))).to.deep.equal([]);
    // the booster a year after a past one
    expect(starts(ics(blush, '2025-03-02', '2026-03-08'))).to.deep.equal(['2027-03-02']);
  });

  it('is an empty calendar without a date', () => {
    const text = toICS(calendarEvents(blush, timeline(blush, 'en'), 'en'), STAMP);
    expect(parse(text)).to.deep.equal([]);
    expect(text).to.match(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n/);
  });

  it('names the file after procedure and date', () => {
    expect(icsFileName('lip-blush', d('2026-03-02'))).to.equal('lip-blush-2026-03-02.ics');
    expect(icsFileName('Our Brows!', d('2026-03-02'))).to.equal('our-brows--2026-03-02.ics');
  });
});

describe('ics: RFC 5545 text', () => {
  const hostile: CalendarEvent = {
    uid: 'x@lip-widgets',
    date: d('2026-12-31'),
    summary: 'Brows; lips, and a \\ backslash',
    description: 'Line one\nline two\r\nline three; a, b \\ c. ' + 'Ünïcödé ✓ 💄 '.repeat(12),
  };
  const text = toICS([hostile], STAMP);

  it('ends every line with CRLF and has no bare LF or CR', () => {
    expect(text.endsWith('\r\n')).to.equal(true);
    expect(text.replace(/\r\n/g, '')).to.not.match(/[\r\n]/);
  });

  it('folds lines at 75 octets of UTF-8', () => {
    const lines = text.split('\r\n').slice(0, -1);
    for (const line of lines) expect(bytes(line), line).to.be.at.most(75);
    expect(lines.some((l) => l.startsWith(' '))).to.equal(true);
  });

  it('never splits a character when folding', () => {
    for (const line of text.split('\r\n')) {
      expect(line).to.not.match(/[\uD800-\uDBFF]$/);
      expect(line).to.not.match(/^ ?[\uDC00-\uDFFF]/);
    }
    const folded = fold('DESCRIPTION:' + '💄'.repeat(40));
    expect(folded.replace(/\r\n /g, '')).to.equal('DESCRIPTION:' + '💄'.repeat(40));
    for (const l of folded.split('\r\n')) expect(bytes(l)).to.be.at.most(75);
  });

  it('folds exactly at the limit, not before', () => {
    const line = 'X'.repeat(75);
    expect(fold(line)).to.equal(line);
    expect(fold(line + 'Y')).to.equal(`${line}\r\n Y`);
    expect(fold('X'.repeat(74) + 'é')).to.equal('X'.repeat(74) + '\r\n é');
  });

  it('escapes , ; \\ and new lines, and ical.js reads the original text back', () => {
    expect(escapeText('a,b;c\\d\ne\r\nf')).to.equal('a\\,b\\;c\\\\d\\ne\\nf');
    const [e] = parse(text);
    expect(e.summary).to.equal(hostile.summary);
    expect(e.description).to.equal(hostile.description.replace(/\r\n/g, '\n'));
    expect(e.start.toString()).to.equal('2026-12-31');
    expect(e.e.endDate.toString()).to.equal('2027-01-01');
  });

  it('writes a valid stamp even for an invalid instant', () => {
    expect(toICS([hostile], new Date(NaN))).to.contain('DTSTAMP:19700101T000000Z');
  });
});
