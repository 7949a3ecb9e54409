import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { createRefs, type RefNumbers } from '../../core/citations.js';
import { formatDate, formatDateRange, toISODate, type CalendarDate } from '../../core/dates.js';
import {
  dateOfDay,
  dayNumber,
  dayRange,
  healingDay,
  healingSpan,
  healingSpanText,
  nextStep,
  readHealingTicks,
  saveHealingTick,
  taskTimes,
  healingTicksKey,
  ticksOn,
} from '../../core/healing.js';
import { noteText } from '../../core/text.js';
import type { CareItem, Cited, Note, Procedure } from '../../data/types.js';
import type { MessageKey } from '../../core/i18n.js';
import { hostStyles } from '../../styles/host.styles.js';
import { LipDateWidget } from '../shared/date-widget.js';
import { trackerStyles } from './lip-healing-tracker.styles.js';

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
 * @fires {CustomEvent} change - A care task was ticked or unticked by the client (`detail`: `{ day, task, done }`).
 * @fires {CustomEvent} lip-day-change - The client moved to another day (`detail`: `{ day, date }`, date `YYYY-MM-DD`).
 * @fires {CustomEvent} lip-appointment-change - The client saved an appointment date (`detail`: `{ procedure, appointment }`).
 *
 * @csspart base - The widget's box.
 * @csspart header - Stage, day number, date and progress bar.
 * @csspart day - The "Day 9 of 42–56" line.
 * @csspart progress - The `<progress>` bar.
 * @csspart nav - The previous / next day / back to today buttons.
 * @csspart item - Each care task.
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
 * @cssprop --lip-tracker-warning - Edge colour of the warning box.
 * @cssprop --lip-focus - Focus ring colour (default: the accent).
 * @cssprop --lip-on-accent - Text on accent-coloured buttons.
 * @cssprop --lip-font-size - Font size of the widget (default: inherited).
 * @cssprop --lip-dark-accent - Accent in the dark scheme (and --lip-dark-surface, --lip-dark-text, --lip-dark-muted, --lip-dark-border, --lip-dark-soft).
 */
export class LipHealingTracker extends LipDateWidget {
  static override styles = [hostStyles, trackerStyles];

  static override properties = properties;

  /** Day number the client navigated to; undefined follows today. */
  private declare view?: number;

  override render() {
    const p = this.procedureData;
    if (!p) return this.unknownNotice();
    const today = this.todayDate;
    const r = this.resolveDate(today);
    const refs = createRefs();
    return html`<div part="base" class="base" lang=${this.locale}>
      ${this.studioNotice()}${this.dateNotice(r)}${r.date ? this.tracker(p, r.date, today, refs) : nothing}${this.dateForm(r)}
      ${this.storageNotice()}
      ${this.footer(refs.list())}
    </div>`;
  }

  private tracker(p: Procedure, appointment: CalendarDate, today: CalendarDate, refs: RefNumbers): TemplateResult {
    const locale = this.locale;
    const now = dayNumber(appointment, today);
    if (now < 1) {
      return html`<p class="day" part="header">${now ? this.msg('inDays', { n: 1 - now }) : this.msg('tomorrow')}</p>
        <p>${this.msg('prepPointer')}</p>`;
    }
    const key = healingTicksKey(this.procedureId, appointment);
    this.follow(key);
    const ticks = readHealingTicks(this.store, key);
    const span = healingSpan(p);
    const [lo, hi] = dayRange(now, span);
    const n = Math.min(hi, Math.max(lo, this.view ?? now));
    const date = dateOfDay(appointment, n);
    const d = healingDay(p, appointment, date);
    const kind = p.recovery?.kind ?? 'healed';
    const dayText =
      span && d.phase === 'healing'
        ? this.msg('dayOf', { n, span: healingSpanText(span, locale) })
        : this.msg('day', { n });
    const next = nextStep(p, appointment, today);
    const cited = (x: Cited) => (x.studio ? this.perStudio() : this.markers(refs.add(x.cite), refs.list()));
    const text = (x: Pick<Note, 'id' | 'text' | 'studio'>) => noteText(p, x, locale);
    const list = <T extends Note>(label: MessageKey, notes: readonly T[] = [], item = (x: T, _i: number) => html`${text(x)}${cited(x)}`, cls = '') =>
      notes.length
        ? html`<h3>${this.msg(label)}</h3>
            <ul class=${cls}>
              ${notes.map((x, i) => html`<li part="item">${item(x, i)}</li>`)}
            </ul>`
        : nothing;
    const task = (t: CareItem, i: number) => {
      const times = taskTimes(t);
      const done = ticksOn(ticks, n, t.id);
      const boxes = Array.from(
        { length: times },
        (_, k) =>
          html`<label
            ><input
              type="checkbox"
              .checked=${k < done}
              ?disabled=${n > now}
              @change=${(e: Event) => this.tick(key, n, t.id, (e.target as HTMLInputElement).checked ? k + 1 : k)}
            />${times > 1 ? k + 1 : text(t)}</label
          >`,
      );
      return times > 1
        ? html`<span id="t${i}">${text(t)}</span>${cited(t)} <b id="c${i}">${done}/${times}</b>
            <span class="times" role="group" aria-labelledby="t${i} c${i}">${boxes}</span>`
        : html`${boxes}${cited(t)}`;
    };
    const go = (label: MessageKey, to: number) => {
      const off = to < lo || to > hi || to === n;
      return html`<button type="button" aria-disabled=${off} @click=${() => off || this.go(to, now, appointment)}>${this.msg(label)}</button>`;
    };
    // The enclosing <lip-studio>'s phone, as written and as a checked tel: link.
    const phone = this.studio?.phone;
    const tel = this.studio?.phoneUrl;
    return html`<div part="header">
        <p class="stage" id="stage">${this.msg(d.phase === 'healed' ? `done.${kind}` : `stage.${kind}`)}</p>
        <p class="day" part="day" aria-live="polite">${dayText}${span ? cited(span) : nothing}</p>
        <p class="muted">${formatDate(date, locale, 'long')}</p>
        ${span
          ? html`<progress part="progress" max=${span.max} .value=${Math.min(n, span.max)} aria-labelledby="stage" aria-valuetext=${dayText}></progress>`
          : nothing}
      </div>
      <div class="nav" part="nav">${go('prevDay', n - 1)}${go('nextDay', n + 1)}${go('backToday', now)}</div>
      ${next
        ? html`<p>
            ${this.msg('nextStep', {
              what: text(next.item),
              when: next.from && next.to ? formatDateRange(next.from, next.to, locale) : this.msg('whenWornOff'),
            })}${cited(next)}
          </p>`
        : nothing}
      ${list('expect', d.expect)} ${list('tasks', d.tasks, task, 'tasks')}
      ${list('doToday', d.care.filter((c) => c.kind === 'do'))} ${list('avoidToday', d.care.filter((c) => c.kind === 'avoid'))}
      ${d.differ.length
        ? html`<h3>${this.msg('sourcesDiffer')}</h3>
            <ul class="differ">
              ${d.differ.map((x) => html`<li part="item">${text(x)}<ul>${x.sides.map((s) => html`<li>${text(s)}${cited(s)}</li>`)}</ul></li>`)}
            </ul>`
        : nothing}
      ${p.warningSigns?.length
        ? html`<div class="warn" part="warning">
            ${list(tel ? 'warnStudio' : 'warnTitle', p.warningSigns)}
            ${tel ? html`<a href=${tel}>${this.msg('call', { phone: phone! })}</a>` : nothing} ${this.bookingLink('contactStudio')}
          </div>`
        : nothing}`;
  }

  /** The client ticked or unticked a task: store the new count (a fresh read, so other tabs' ticks are kept). */
  private tick(key: string, day: number, task: string, done: number): void {
    saveHealingTick(this.store, key, day, task, done);
    this.revision++;
    this.emit('change', { day, task, done });
  }

  private go(day: number, today: number, appointment: CalendarDate): void {
    this.view = day === today ? undefined : day;
    this.emit('lip-day-change', { day, date: toISODate(dateOfDay(appointment, day)) });
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
