import { html, nothing, svg, type PropertyValues } from 'lit';
import type { ResolvedAppointment } from '../../core/appointment.js';
import { formatDate, toISODate, type CalendarDate } from '../../core/dates.js';
import { calendarEvents, icsFileName, toICS, upcomingVisits } from '../../core/ics.js';
import { timeline, whenText } from '../../core/schedule.js';
import { keepTogether, timelineModel, type ChartMark, type ChartRow, type TimelineModel } from '../../core/timeline.js';
import type { Procedure } from '../../data/types.js';
import { icon } from '../shared/icons.js';
import { procedureName } from '../../core/text.js';
import { hostStyles, timelineStyles } from '../../styles/sheets.js';
import { LipDateWidget } from '../shared/date-widget.js';

/**
 * How long results last and when return visits fall, as a picture: a time
 * axis from the appointment to the furthest event, in weeks, then months,
 * then years, each event a marker, each uncertain window a rounded band (one
 * lane per source where sources disagree, labelled with its source number),
 * a yearly booster repeated, a today line and past events muted. From about
 * 560 px of width one row per event on a shared horizontal axis; narrower, a
 * vertical rail with time flowing down beside the events. The picture is
 * decorative (`aria-hidden`): the ordered list of events carries every date,
 * relative times ("6–8 weeks after your appointment") without a date.
 * "Add to calendar" downloads the upcoming refinement, touch-ups and
 * boosters as an `.ics` file.
 *
 * @summary Touch-up timeline of a lip procedure, on the client's own dates, exportable to a calendar.
 * @tag lip-touchup-timeline
 *
 * @fires {CustomEvent<{ count: number; filename: string }>} lip-calendar-export - The client downloaded the `.ics` file (`count`: events in it).
 * @fires {CustomEvent<{ procedure: string; appointment: string }>} lip-appointment-change - The client saved an appointment date (`appointment`: `YYYY-MM-DD`).
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

  /** What render() draws, computed once per update. */
  private view?: View;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Nothing changed since the last willUpdate (see LipElement.unchanged): what it computed holds.
    if (this.unchanged) return;
    const p = this.procedureData;
    const today = this.todayDate;
    const r = this.resolveDate(today);
    const model = p && timelineModel(p, this.locale, r.date, today);
    this.view = { p, r, today, model, visits: !!model && upcomingVisits(model.timeline).length > 0 };
  }

  /** The timeline in use and its upcoming visits as calendar events (fresh: the clock may have moved on). */
  private calendar() {
    const p = this.procedureData;
    const today = this.todayDate;
    const r = this.resolveDate(today);
    const tl = p && timeline(p, this.locale, r.date, today);
    return { tl, events: p && tl ? calendarEvents(p, tl, this.locale, this.studioName) : [] };
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

  /** A lane's label: its sources' numbers, or the studio (only where an event's sources disagree). */
  private laneLabel(m: ChartMark): string {
    return m.studio ? this.studioName : m.refs.join(', ');
  }

  /** The wide picture's share of a row: the event's lanes on the shared axis, grid lines and today. */
  private lanes(row: ChartRow, model: TimelineModel) {
    const cy = (lane: number) => LANE_TOP + lane * LANE;
    const rtl = this.textDir === 'rtl';
    // Right to left, time runs from the right edge: the picture is mirrored (its svg is laid out left to right).
    const pct = rtl ? pctRtl : pctLtr;
    const grid = model.segments.slice(1).map((s) => svg`<line class="grid" x1=${pct(s.from)} x2=${pct(s.from)} y1="0" y2="100%"></line>`);
    const today = model.today;
    return html`<div class="lanes l${Math.min(row.lanes, 5)}" aria-hidden="true">
      <svg width="100%" height="100%" focusable="false">
        ${grid}
        ${today ? svg`<line class="today-line ${row.id === 'today' ? 'here' : ''}" x1=${pct(today.at)} x2=${pct(today.at)} y1="0" y2="100%"></line>` : nothing}
        ${row.id === 'today' && today ? svg`<circle class="today-dot" cx=${pct(today.at)} cy=${cy(0)} r="5"></circle>` : nothing}
        ${row.marks.map((m) => {
          const cls = `${m.kind === 'band' ? 'bar' : m.kind} ${m.past ? 'past' : ''} ${row.event?.visit ? 'visit' : ''}`;
          const y = cy(m.lane);
          const mark =
            m.kind === 'band'
              ? svg`<line class=${cls} x1=${pct(m.from)} x2=${pct(m.to)} y1=${y} y2=${y}></line>`
              : svg`<circle class=${cls} cx=${pct(m.from)} cy=${y} r=${m.kind === 'repeat' ? 4 : 6}></circle>`;
          if (!m.labelled || (this.noSources && !m.studio)) return mark;
          const after = m.to < 0.8;
          const forward = after !== rtl;
          return svg`${mark}<text class="lane-label" x=${pct(after ? m.to : m.from)} dx=${forward ? 10 : -10} y=${y} text-anchor=${forward ? 'start' : 'end'}>${this.laneLabel(m)}</text>`;
        })}
      </svg>
    </div>`;
  }

  /** The narrow picture's share of a row: the vertical axis from this row's start to the next, and what crosses it. */
  private rail(row: ChartRow, index: number) {
    // local 0 is the row's anchor (ANCHOR px down), local 1 the next row's anchor
    const y = (v: number) => `${(v * 100).toFixed(2)}%`;
    const x = (m: ChartMark) => (m.kind === 'band' ? RAIL_X + 12 + m.column * 8 : RAIL_X);
    const anchor =
      row.id === 'today' ? 'today-dot' : row.event?.visit ? 'point visit' : row.event?.windows[0]?.band ? 'bar-start' : 'point';
    return html`<div class="rail" aria-hidden="true">
      <svg width="100%" height="100%" focusable="false">
        <g transform="translate(0 ${ANCHOR})">
          <line class="axis-line" x1=${RAIL_X} x2=${RAIL_X} y1=${y(index ? row.axis[0] : 0)} y2=${y(row.axis[1])}></line>
          ${row.pieces.map(({ mark: m, y1, y2 }) =>
            m.kind === 'band'
              ? svg`<line class="bar ${m.past ? 'past' : ''}" x1=${x(m)} x2=${x(m)} y1=${y(y1)} y2=${y(y2)}></line>`
              : svg`<circle class="${m.kind} ${m.past ? 'past' : ''}" cx=${x(m)} cy=${y(y1)} r="3.5"></circle>`,
          )}
          ${row.id === 'today' ? svg`<line class="today-line here" x1="0" x2="100%" y1="0" y2="0"></line>` : nothing}
          <circle class="anchor ${anchor} ${row.past ? 'past' : ''}" cx=${RAIL_X} cy="0" r=${row.id === 'today' ? 5 : 7}></circle>
        </g>
      </svg>
    </div>`;
  }

  /** The wide picture's axis: ticks, numbers and each segment's unit. */
  private axisRow(model: TimelineModel) {
    const last = model.ticks.length - 1;
    const rtl = this.textDir === 'rtl';
    const pct = rtl ? pctRtl : pctLtr;
    const edge = rtl ? 'start' : 'end';
    return html`<div class="axis" aria-hidden="true">
      <svg width="100%" height="48" focusable="false">
        <line class="axis-line" x1="0" x2="100%" y1="4" y2="4"></line>
        ${model.segments.map(
          (s, i) => svg`${i ? svg`<line class="seg-tick" x1=${pct(s.from)} x2=${pct(s.from)} y1="0" y2="44"></line>` : nothing}
            <text class="seg-label" x=${pct((s.from + s.to) / 2)} y="42" text-anchor="middle">${s.label}</text>`,
        )}
        ${model.ticks.map(
          (t, i) => svg`<line class="tick" x1=${pct(t.at)} x2=${pct(t.at)} y1="0" y2="9"></line>
            <text class="tick-label" x=${pct(t.at)} y="23" text-anchor=${i === last && t.at > 0.97 ? edge : 'middle'}>${t.label}</text>`,
        )}
      </svg>
    </div>`;
  }

  private item(row: ChartRow, index: number, model: TimelineModel) {
    const tl = model.timeline;
    const e = row.event!;
    const locale = this.locale;
    const s = e.state === 'next' ? undefined : e.state;
    return html`<li part="item" class="ev ${s ?? ''} ${e.visit ? 'visit' : ''} ${row.tail ? 'tail' : ''} ${index === model.rows.length - 1 ? 'last' : ''}" data-id=${e.id}>
      ${this.rail(row, index)}
      <div class="entry">
        <span class="head"><span class="label">${e.label}</span>${s ? html` <span class="state">${this.msg(`tl.${s}`)}</span>` : nothing}</span>
        ${e.note ? html`<span class="note">${e.note}</span>` : nothing}
        ${e.windows.map(
          (w) =>
            html`<span
              class="win ${w.band ? 'band' : ''}"
              data-start=${tl.appointment ? toISODate(w.start) : nothing}
              data-end=${tl.appointment ? toISODate(w.end) : nothing}
              >${tl.appointment ? html`<span class="when">${nw(whenText(w, locale))}</span> ` : nothing}${
                w.rel ? html`<span class="rel">${nw(w.rel)}</span>` : nothing
              }${w.studio ? this.perStudio() : this.markers(w.refs, tl.refs)}</span
            >`,
        )}
      </div>
      ${this.lanes(row, model)}
    </li>`;
  }

  private todayItem(row: ChartRow, index: number, model: TimelineModel, today: CalendarDate) {
    return html`<li part="today" class="today ${row.tail ? 'tail' : ''} ${index === model.rows.length - 1 ? 'last' : ''}" aria-current="date">
      ${this.rail(row, index)}
      <div class="entry"><span class="label">${this.msg('tl.today')}</span> <span class="when nw">${formatDate(today, this.locale)}</span></div>
      ${this.lanes(row, model)}
    </li>`;
  }

  override render() {
    const v = this.view;
    if (!v?.p || !v.model) {
      return html`<div part="base" class="base" lang=${this.langTag} dir=${this.textDir}>
        ${this.studioNotice()} ${this.heading(this.msg('tl.heading'), 0, 'title', 'title')}
        <p class="notice" role="status">${this.msg('unknownProcedure', { id: this.procedureId })}</p>
        ${this.footer()}
      </div>`;
    }
    const { p, r, today, model, visits } = v;
    const tl = model.timeline;
    return html`<div part="base" class="base" lang=${this.langTag} dir=${this.textDir}>
      ${this.studioNotice()} ${this.dateNotice(r)}
      ${this.heading(this.msg('tl.title', { name: procedureName(p, this.locale) }), 0, 'title', 'title')}
      <div class="chart c${Math.min(model.columns, 6)} ${tl.appointment ? 'dated' : ''}">
        <ol part="list" class="track" aria-labelledby="title">
          ${this.laterEach(model.rows, 1, (row, i) => (row.id === 'today' ? this.todayItem(row, i, model, today) : this.item(row, i, model)))}
        </ol>
        ${this.later(() => this.axisRow(model))}
      </div>
      ${this.later(
        () => html`<div class="actions">
        ${
          visits
            ? html`<button type="button" class="primary" part="export" @click=${this.onExport}>${icon('calendar')}${this.msg('tl.export')}</button>`
            : nothing
        }
        ${this.bookingLink('bookTouchUp')} ${this.dateForm(r)}
      </div>`,
      )}
      ${this.later(() => [this.storageNotice(), this.footer(tl.refs)])}
    </div>`;
  }
}

/** What willUpdate computes for render(). */
interface View {
  p?: Procedure;
  r: ResolvedAppointment;
  today: CalendarDate;
  model?: TimelineModel;
  /** Whether "Add to calendar" has a visit to export. */
  visits: boolean;
}

/** The wide picture's lanes: the first lane's centre and the distance between lanes, px. */
const LANE_TOP = 20;
const LANE = 18;
/** The narrow picture: the anchor's depth in its row (the title's middle) and the axis's x, px. */
const ANCHOR = 13;
const RAIL_X = 12;
/** A date or figure text whose dates and ranges never break inside. */
const nw = (text: string) => keepTogether(text).map((r) => (r.keep ? html`<span class="nw">${r.text}</span>` : r.text));
/** A point of the wide picture's axis (0 the appointment, 1 the axis's end) as an x, left to right or mirrored. */
const pctLtr = (f: number) => `${(f * 100).toFixed(2)}%`;
const pctRtl = (f: number) => pctLtr(1 - f);

declare global {
  interface HTMLElementTagNameMap {
    'lip-touchup-timeline': LipTouchupTimeline;
  }
  interface GlobalEventHandlersEventMap {
    'lip-calendar-export': CustomEvent<{ count: number; filename: string }>;
  }
}
