import { html, nothing } from 'lit';
import { formatDate, toISODate } from '../../core/dates.js';
import { calendarEvents, icsFileName, toICS } from '../../core/ics.js';
import { timeline, whenText, type Timeline, type TimelineEvent } from '../../core/schedule.js';
import { procedureName } from '../../core/text.js';
import { hostStyles } from '../../styles/host.styles.js';
import { LipDateWidget } from '../shared/date-widget.js';
import { timelineStyles } from './lip-touchup-timeline.styles.js';

/**
 * How long results last and when return visits fall, as an ordered list drawn
 * as a track: relative times ("6–8 weeks after your appointment") without a
 * date, real dates with one, a today marker and past events marked done.
 * Where sources disagree each source's span is its own band. "Add to calendar"
 * downloads the upcoming refinement, touch-ups and boosters as an `.ics` file.
 *
 * @summary Touch-up timeline of a lip procedure, on the client's own dates, exportable to a calendar.
 * @tag lip-touchup-timeline
 *
 * @fires {CustomEvent} lip-calendar-export - The client downloaded the `.ics` file; `detail: { count, filename }`.
 * @fires {CustomEvent} lip-appointment-change - The client saved an appointment date; `detail: { procedure, appointment }`.
 *
 * @csspart base - The widget's box.
 * @csspart list - The ordered list of events (the track).
 * @csspart item - Each event.
 * @csspart today - The today marker.
 * @csspart export - The "Add to calendar" button.
 * @csspart date-form - The date entry form.
 * @csspart change-date - The "Change date" button.
 * @csspart sources - The numbered source list.
 * @csspart studio-notice - The "studio settings were ignored" notice.
 * @csspart booking - The "Book your touch-up" link (with a studio booking link).
 * @csspart storage-notice - The "not saved on this device" notice.
 *
 * @cssprop --lip-accent - Accent colour (track dots, bands, today marker, buttons).
 * @cssprop --lip-timeline-track - Colour of the track line.
 * @cssprop --lip-timeline-band - Colour of uncertain windows.
 * @cssprop --lip-surface - Background.
 * @cssprop --lip-text - Text colour.
 * @cssprop --lip-muted - Secondary text colour (relative times, done events).
 * @cssprop --lip-border - Border colour.
 * @cssprop --lip-radius - Corner radius.
 * @cssprop --lip-space - Inner spacing.
 * @cssprop --lip-font - Font family (inherits the page's by default).
 * @cssprop --lip-soft - Background of notices and uncertain windows.
 * @cssprop --lip-focus - Focus ring colour (default: the accent).
 * @cssprop --lip-on-accent - Text on accent-coloured buttons.
 * @cssprop --lip-font-size - Font size of the widget (default: inherited).
 * @cssprop --lip-dark-accent - Accent in the dark scheme (and --lip-dark-surface, --lip-dark-text, --lip-dark-muted, --lip-dark-border, --lip-dark-soft).
 */
export class LipTouchupTimeline extends LipDateWidget {
  static override styles = [hostStyles, timelineStyles];

  /** The timeline in use and its upcoming visits as calendar events. */
  private calendar() {
    const p = this.procedureData;
    const today = this.todayDate;
    const r = this.resolveDate(today);
    const tl = p && timeline(p, this.locale, r.date, today);
    return { p, r, today, tl, events: tl ? calendarEvents(p, tl, this.locale, this.studioName) : [] };
  }

  /** The upcoming return visits as iCalendar text, as "Add to calendar" downloads it (no events without a date). */
  toICS(now: Date = new Date()): string {
    return toICS(this.calendar().events, now);
  }

  private onExport(): void {
    const { tl, events } = this.calendar();
    if (!tl?.appointment) return;
    const filename = icsFileName(this.procedureId, tl.appointment);
    const url = URL.createObjectURL(new Blob([toICS(events, new Date())], { type: 'text/calendar;charset=utf-8' }));
    Object.assign(document.createElement('a'), { href: url, download: filename }).click();
    setTimeout(() => URL.revokeObjectURL(url));
    this.emit('lip-calendar-export', { count: events.length, filename });
  }

  private item(e: TimelineEvent, tl: Timeline) {
    const locale = this.locale;
    const s = e.state === 'next' ? undefined : e.state;
    return html`<li part="item" class="ev ${s ?? ''}" data-id=${e.id}>
      <span class="label">${e.label}</span>${s ? html` <span class="state">${this.msg(`tl.${s}`)}</span>` : nothing}
      ${e.note ? html`<span class="note">${e.note}</span>` : nothing}
      ${e.windows.map(
        (w) =>
          html`<span
            class="win ${w.band ? 'band' : ''}"
            data-start=${tl.appointment ? toISODate(w.start) : nothing}
            data-end=${tl.appointment ? toISODate(w.end) : nothing}
            >${tl.appointment ? html`<span class="when">${whenText(w, locale)}</span> ` : nothing}${w.rel ? html`<span class="rel">${w.rel}</span>` : nothing}${w.studio ? this.perStudio() : this.markers(w.refs, tl.refs)}</span
          >`,
      )}
    </li>`;
  }

  override render() {
    const locale = this.locale;
    const { p, r, today, tl, events } = this.calendar();
    if (!p || !tl) return this.unknownNotice();
    const now = html`<li part="today" class="today" aria-current="date">
      <span class="label">${this.msg('tl.today')}</span> <span class="when">${formatDate(today, locale)}</span>
    </li>`;
    return html`<div part="base" class="base" lang=${locale}>
      ${this.studioNotice()} ${this.dateNotice(r)}
      <p class="title" id="title">${this.msg('tl.title', { name: procedureName(p, locale) })}</p>
      <ol part="list" class="track" aria-labelledby="title">
        ${tl.events.map((e, i) => html`${i === tl.todayAt ? now : nothing}${this.item(e, tl)}`)}
        ${tl.todayAt === tl.events.length ? now : nothing}
      </ol>
      <div class="actions">
        ${events.length
          ? html`<button type="button" class="primary" part="export" @click=${this.onExport}>${this.msg('tl.export')}</button>`
          : nothing}
        ${this.bookingLink('bookTouchUp')} ${this.dateForm(r)}
      </div>
      ${this.storageNotice()}
      ${this.footer(tl.refs)}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lip-touchup-timeline': LipTouchupTimeline;
  }
  interface GlobalEventHandlersEventMap {
    'lip-calendar-export': CustomEvent<{ count: number; filename: string }>;
  }
}
