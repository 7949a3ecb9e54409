import { html, nothing, svg, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { ResolvedAppointment } from '../../core/appointment.js';
import { dateOfDay, dayNumber, healingTicksKey, readHealingTicks, saveHealingTick } from '../../core/healing.js';
import { toISODate } from '../../core/dates.js';
import { trackerModel, trackerTitle, type CitedLine, type TaskRow, type TrackerDay, type TrackerModel } from '../../core/tracker-model.js';
import type { MessageKey } from '../../core/i18n.js';
import { hostStyles, tickStyles, trackerStyles } from '../../styles/sheets.js';
import { LipDateWidget } from '../shared/date-widget.js';
import { icon } from '../shared/icons.js';
import { tickBox } from '../shared/tick.js';

/** Lit's reactive properties; the `declare` fields in the class carry their types and docs. */
const properties: PropertyDeclarations = { view: { state: true } };

/**
 * Day N of healing since the appointment (the appointment day is Day 1), what
 * is normal that day, the day's care with tickable tasks kept in the browser,
 * the next return visit and the warning signs, every figure cited. The day
 * moves on at local midnight without a reload.
 *
 * @summary Day-by-day healing tracker with tickable aftercare tasks.
 * @tag lip-healing-tracker
 *
 * @fires {CustomEvent<{ day: number; task: string; done: number }>} change - A care task was ticked or unticked by the client (`done`: times done that day).
 * @fires {CustomEvent<{ day: number; date: string }>} lip-day-change - The client moved to another day (`date`: `YYYY-MM-DD`).
 * @fires {CustomEvent<{ procedure: string; appointment: string }>} lip-appointment-change - The client saved an appointment date (`appointment`: `YYYY-MM-DD`).
 *
 * @csspart base - The widget's box.
 * @csspart title - The widget's title (the procedure named).
 * @csspart header - Title, stage, day number, date and progress bar.
 * @csspart day - The "Day 9 of 42–56" line ("about" only where the source is vague, "at least" for a minimum).
 * @csspart progress - The progress bar (stages and today; a native `<progress>` inside carries the value).
 * @csspart subheading - The section headings (Today, What to expect, …).
 * @csspart next - The next visit.
 * @csspart nav - The previous / next day / back to today buttons.
 * @csspart item - Each listed statement and care task (and each point where the sources differ).
 * @csspart call - The studio's call button in the warning box.
 * @csspart warning - The warning signs.
 * @csspart date-form - The client's appointment date form.
 * @csspart change-date - The "Change date" button.
 * @csspart storage-notice - The "not saved on this device" notice.
 * @csspart sources - The numbered source list.
 * @csspart studio-notice - The "studio settings were ignored" notice.
 * @csspart booking - The "Contact the studio" link (with a studio booking link).
 *
 * @cssprop --lip-accent - Accent colour (progress, ticks, links, focus ring).
 * @cssprop --lip-surface - Background.
 * @cssprop --lip-text - Text colour.
 * @cssprop --lip-muted - Secondary text colour.
 * @cssprop --lip-border - Border colour.
 * @cssprop --lip-soft - Soft background of notices and the warning box.
 * @cssprop --lip-radius - Corner radius.
 * @cssprop --lip-space - Inner spacing.
 * @cssprop --lip-font - Font family (inherits the page's by default).
 * @cssprop --lip-tracker-warning - Edge and icon colour of the warning box.
 * @cssprop --lip-tick-size - Size of the tick boxes in em (at least 24 px; default 1.5em).
 * @cssprop --lip-focus - Focus ring colour (default: the accent).
 * @cssprop --lip-on-accent - Text on accent-coloured buttons.
 * @cssprop --lip-font-size - Font size of the widget (default: inherited).
 * @cssprop --lip-dark-accent - Accent in the dark scheme (and --lip-dark-surface, --lip-dark-text, --lip-dark-muted, --lip-dark-border, --lip-dark-soft).
 */
export class LipHealingTracker extends LipDateWidget {
  static override styles = [hostStyles, tickStyles, trackerStyles];

  static override properties = properties;

  /** Day number the client navigated to; undefined follows today. */
  declare private view?: number;

  /** What this update draws (computed in willUpdate; undefined for an unknown procedure). */
  private model?: TrackerModel;
  private resolved?: ResolvedAppointment;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Nothing changed since the last willUpdate (see LipElement.unchanged): what it computed holds.
    if (this.unchanged) return;
    const p = this.procedureData;
    const today = this.todayDate;
    const r = (this.resolved = this.resolveDate(today));
    if (!p) {
      this.model = undefined;
      return;
    }
    const appointment = r.date;
    let ticks;
    if (appointment && dayNumber(appointment, today) >= 1) {
      const key = healingTicksKey(this.procedureId, appointment);
      this.follow(key);
      ticks = readHealingTicks(this.store, key);
    }
    this.model = trackerModel({
      procedure: p,
      procedureId: this.procedureId,
      appointment,
      today,
      view: this.view,
      ticks,
      locale: this.locale,
      phone: this.studio?.phone,
      phoneUrl: this.studio?.phoneUrl,
    });
  }

  override render() {
    const m = this.model;
    const r = this.resolved!;
    if (!m) {
      return html`<div part="base" class="base" lang=${this.langTag} dir=${this.textDir}>
        ${this.heading(trackerTitle(undefined, this.locale))}${this.studioNotice()}
        <p class="notice" role="status">${this.msg('unknownProcedure', { id: this.procedureId })}</p>
        ${this.footer()}
      </div>`;
    }
    return html`<div part="base" class="base" lang=${this.langTag} dir=${this.textDir}>
      ${m.state === 'day' ? nothing : this.heading(m.title)}${this.studioNotice()}${this.dateNotice(r)}
      ${
        m.state === 'day'
          ? this.day(m)
          : m.state === 'before'
            ? html`<p class="countdown">${icon('calendar')}<span>${m.countdown}</span></p>
              <p>${m.pointer}</p>`
            : nothing
      }
      ${this.later(() => [this.dateForm(r), this.storageNotice(), this.footer()])}
    </div>`;
  }

  private list(label: MessageKey, lines: readonly CitedLine[], cls: string): TemplateResult | typeof nothing {
    return lines.length
      ? html`${this.heading(this.msg(label), 2)}
          <ul class="list ${cls}">
            ${lines.map((x) => html`<li part="item"><span>${x.text}</span>${this.cited(x)}</li>`)}
          </ul>`
      : nothing;
  }

  private day(m: TrackerDay): TemplateResult {
    const navButton = (to: number | undefined, cls: string, content: TemplateResult) =>
      html`<button type="button" class=${cls} aria-disabled=${to === undefined} @click=${() => to === undefined || this.go(to, m)}>${content}</button>`;
    const today = m.expect.length || m.tasks.length || m.doList.length || m.avoid.length || m.differ.length;
    return html`<div class="head" part="header">
        ${this.heading(m.title)}
        <p class="stage" id="stage">${icon('stage')}<span>${m.stage}</span></p>
        <p class="day" part="day" aria-live="polite"
          ><span class="day-lead">${m.dayParts.lead}</span>${
            m.dayParts.rest
              ? html` <span class="day-rest">${m.dayParts.rest.trim()}${m.span ? this.cited(m.span) : nothing}</span>`
              : m.span
                ? this.cited(m.span)
                : nothing
          }</p
        >
        <p class="date">${m.dateText}</p>
        ${m.bar ? this.later(() => this.bar(m)) : nothing}
      </div>
      ${this.later(
        () => html`<div class="nav" part="nav">
        ${navButton(m.nav.prev, 'step prev', html`${icon('chevron')}<span class="sr-only">${this.msg('prevDay')}</span>`)}
        ${navButton(m.nav.next, 'step', html`${icon('chevron')}<span class="sr-only">${this.msg('nextDay')}</span>`)}
        ${navButton(m.nav.today, 'back', html`${this.msg('backToday')}`)}
      </div>`,
      )}
      ${this.later(
        () => html`<div class="cols">
      ${
        today
          ? html`<div class="section today">
            ${this.heading(m.todayHeading, 1)} ${this.later(() => this.list('expect', m.expect, 'expect'))}
            ${this.later(() =>
              m.tasks.length
                ? html`${this.heading(this.msg('tasks'), 2)}
                  <ul class="tasks">
                    ${m.tasks.map((t, i) => html`<li part="item">${this.task(t, i, m)}</li>`)}
                  </ul>`
                : nothing,
            )}
            ${this.later(() => [this.list('doToday', m.doList, 'do'), this.list('avoidToday', m.avoid, 'avoid')])}
            ${this.later(() =>
              m.differ.length
                ? html`${this.heading(this.msg('sourcesDiffer'), 2)}
                  <ul class="differ">
                    ${m.differ.map(
                      (x) => html`<li part="item">
                        <span class="differ-what">${x.text}</span>
                        <ul class="list sides">
                          ${x.sides.map((s) => html`<li><span>${s.text}</span>${this.cited(s)}</li>`)}
                        </ul>
                      </li>`,
                    )}
                  </ul>`
                : nothing,
            )}
          </div>`
          : nothing
      }
      ${this.later(
        () => html`<div class="side">
      ${[
        m.next
          ? html`<div class="card next" part="next">
            ${icon('calendar')}
            <div>
              ${this.heading(this.msg('trk.nextVisit'), 1)}
              <p><span>${m.next.text}</span>${this.cited(m.next)}</p>
              <p class="when">
                ${
                  m.next.datetime
                    ? html`<time datetime=${m.next.datetime}>${m.next.whenParts.map((x, i) => html`${i ? ' ' : ''}<span class="nw">${x}</span>`)}</time>`
                    : m.next.when
                }
              </p>
            </div>
          </div>`
          : nothing,
        m.warnings.length
          ? html`<div class="warn" part="warning">
            <div class="warn-head">${icon('warning')}${this.heading(m.warnTitle, 1)}</div>
            <ul class="list">
              ${m.warnings.map((x) => html`<li part="item"><span>${x.text}</span>${this.cited(x)}</li>`)}
            </ul>
            ${
              m.call || this.studio?.bookingUrl
                ? html`<div class="warn-actions">
                  ${
                    m.call?.url
                      ? html`<a class="call" part="call" href=${m.call.url}>${icon('phone')}<span>${m.call.text}</span></a>`
                      : m.call
                        ? html`<p class="call-text" part="call">${icon('phone')}<span>${m.call.text}</span></p>`
                        : nothing
                  }
                  ${this.bookingLink('contactStudio')}
                </div>`
                : nothing
            }
          </div>`
          : nothing,
      ]}
      </div>`,
      )}
      </div>`,
      )}`;
  }

  /** The bar: Day 1 to the earliest end, the uncertain end hatched, the days gone filled, today a dot. */
  private bar(m: TrackerDay): TemplateResult {
    const b = m.bar!;
    const pc = (x: number) => `${(x * 100).toFixed(2)}%`;
    return html`<div class="meter" part="progress">
      <progress class="sr-only" max=${b.max} .value=${b.value} aria-labelledby="stage" aria-valuetext=${m.dayText}></progress>
      <svg class="bar" aria-hidden="true" focusable="false" width="100%" height="16">
        <defs>
          <pattern id="hatch" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect class="hatch-bg" width="5" height="5"></rect><rect class="hatch" width="2" height="5"></rect></pattern>
        </defs>
        ${b.stages.map((s) => svg`<rect class="stage-${s.kind}" x=${pc(s.from)} y="4" width=${pc(s.to - s.from)} height="8" rx="4" fill=${s.kind === 'window' ? 'url(#hatch)' : nothing}></rect>`)}
        <rect class="gone" x="0" y="4" width=${pc(b.at)} height="8" rx="4"></rect>
        <circle class="now" cx=${pc(b.at)} cy="8" r="6.5"></circle>
      </svg>
      <div class="bar-labels" aria-hidden="true"><span>${b.startLabel}</span><span>${b.endLabel}</span></div>
    </div>`;
  }

  private task(t: TaskRow, i: number, m: TrackerDay): TemplateResult {
    const box = (k: number) =>
      html`<span class="tick"
        ><input
          type="checkbox"
          id=${t.times === 1 ? `task${i}` : nothing}
          .checked=${t.boxes[k]}
          ?disabled=${!m.canTick}
          @change=${(e: Event) => this.tick(m.ticksKey, m.day, t.id, (e.target as HTMLInputElement).checked ? k + 1 : k)}
        />${tickBox()}</span
      >`;
    if (t.times === 1) {
      return html`<div class="tick-row">
        ${box(0)}
        <div class="tick-text"><label for="task${i}">${t.text}</label>${this.cited(t)}</div>
      </div>`;
    }
    return html`<div class="repeat">
      <p class="repeat-head"><span id="t${i}">${t.text}</span>${this.cited(t)} <b id="c${i}" class="count">${t.countText}</b></p>
      <span class="times" role="group" aria-labelledby="t${i} c${i}">
        ${t.boxes.map((_, k) => html`<label class="tick-chip">${box(k)}<span>${k + 1}</span></label>`)}
      </span>
    </div>`;
  }

  /** The client ticked or unticked a task: store the new count (a fresh read, so other tabs' ticks are kept). */
  private tick(key: string, day: number, task: string, done: number): void {
    saveHealingTick(this.store, key, day, task, done);
    this.revision++;
    this.emit('change', { day, task, done });
  }

  private go(day: number, m: TrackerDay): void {
    this.view = day === m.today ? undefined : day;
    const appointment = this.resolved?.date;
    if (appointment) this.emit('lip-day-change', { day, date: toISODate(dateOfDay(appointment, day)) });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lip-healing-tracker': LipHealingTracker;
  }
  interface GlobalEventHandlersEventMap {
    'lip-day-change': CustomEvent<{ day: number; date: string }>;
  }
}
