/**
 * iCalendar (RFC 5545) text for the timeline's return visits: one all-day
 * event per upcoming refinement, touch-up, booster or repeat. Pure: the
 * caller passes the instant for DTSTAMP.
 */
import type { Procedure, TimeUnit } from '../data/types.js';
import { sourceNameOf } from './citations.js';
import { addDays, compareDates, toISODate, type CalendarDate } from './dates.js';
import { t } from './i18n.js';
import type { Timeline } from './schedule.js';
import { whenText } from './schedule.js';
import { procedureName } from './text.js';

export interface CalendarEvent {
  /** Stable across exports of the same procedure and appointment. */
  readonly uid: string;
  /** The all-day event's date. */
  readonly date: CalendarDate;
  readonly summary: string;
  readonly description: string;
  /** An RRULE value (`FREQ=YEARLY;INTERVAL=1`) for a recurring visit. */
  readonly rrule?: string;
}

const FREQ: Partial<Record<TimeUnit, string>> = { day: 'DAILY', week: 'WEEKLY', month: 'MONTHLY', year: 'YEARLY' };

/** Lower-case letters, digits and dashes only (ids go into UIDs and file names). */
const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-');
const ymd = (d: CalendarDate) => toISODate(d).replace(/-/g, '');

/** Escapes a TEXT value: backslash, `;`, `,` and line breaks. */
export function escapeText(s: string): string {
  return s.replace(/[\\;,]/g, '\\$&').replace(/\r\n?|\n/g, '\\n');
}

const utf8 = new TextEncoder();

/** Folds a content line at 75 octets of UTF-8, never inside a character. */
export function fold(line: string): string {
  let out = '';
  let n = 0;
  for (const ch of line) {
    const b = utf8.encode(ch).length;
    if (n + b > 75) {
      out += '\r\n ';
      n = 1;
    }
    out += ch;
    n += b;
  }
  return out;
}

/** The timeline's return visits not yet over (none without an appointment): what "Add to calendar" exports. */
export function upcomingVisits(tl: Timeline): Timeline['events'] {
  const today = tl.today;
  return tl.appointment ? tl.events.filter((e) => e.visit && (!today || compareDates(e.end, today) >= 0)) : [];
}

/**
 * The timeline's upcoming return visits as calendar events. An uncertain
 * window becomes an event on its first day (or today, once it has begun)
 * whose description gives every window with its sources.
 */
export function calendarEvents(p: Procedure, tl: Timeline, locale: string, studio = t(locale, 'yourStudio')): CalendarEvent[] {
  const appt = tl.appointment;
  if (!appt) return [];
  const today = tl.today;
  const name = procedureName(p, locale);
  return upcomingVisits(tl).map((e) => {
    const every = e.every;
    return {
      uid: `${slug(p.id)}-${toISODate(appt)}-${slug(e.id)}-${ymd(e.start)}@lip-widgets`,
      date: today && compareDates(e.start, today) < 0 ? today : e.start,
      summary: t(locale, 'labelled', { label: name, x: e.label }),
      description: [
        e.note,
        ...e.windows.map(
          (w) =>
            `${whenText(w, locale)} (${w.rel}). ${
              w.studio
                ? t(locale, 'perStudio', { studio })
                : t(locale, 'labelled', {
                    label: t(locale, 'sources'),
                    x: w.cite.map((c) => `${sourceNameOf(c.source, locale)} “${c.quote}”`).join('; '),
                  })
            }`,
        ),
        t(locale, 'disclaimer'),
      ]
        .filter(Boolean)
        .join('\n'),
      rrule:
        every && every.min === every.max && every.min > 0 && Number.isInteger(every.min) && FREQ[every.unit]
          ? `FREQ=${FREQ[every.unit]};INTERVAL=${every.min}`
          : undefined,
    };
  });
}

/** A VCALENDAR with an all-day VEVENT (and a reminder a week before) per event; CRLF line ends, folded lines. */
export function toICS(events: readonly CalendarEvent[], stamp: Date): string {
  const dtstamp = (isNaN(+stamp) ? new Date(0) : stamp).toISOString().replace(/[-:]|\.\d+/g, '');
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//lip-widgets//touch-up timeline//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const e of events) {
    const summary = escapeText(e.summary);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;VALUE=DATE:${ymd(e.date)}`,
      `DTEND;VALUE=DATE:${ymd(addDays(e.date, 1))}`,
      ...(e.rrule ? [`RRULE:${e.rrule}`] : []),
      `SUMMARY:${summary}`,
      `DESCRIPTION:${escapeText(e.description)}`,
      'TRANSP:TRANSPARENT',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'TRIGGER:-P7D',
      `DESCRIPTION:${summary}`,
      'END:VALARM',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}

/** `lip-blush-2026-03-02.ics` */
export function icsFileName(procedure: string, appointment: CalendarDate): string {
  return `${slug(procedure)}-${toISODate(appointment)}.ics`;
}
