import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { ResolvedAppointment } from '../../core/appointment.js';
import { checklistModel, checklistTitle, type ChecklistItem, type ChecklistModel } from '../../core/checklist-model.js';
import { clearPrepTicks, prepModel, readPrepTicks, sanitizePrepTicks, setTick, prepTicksKey } from '../../core/prep.js';
import { checklistStyles, hostStyles, tickStyles } from '../../styles/sheets.js';
import { LipDateWidget } from '../shared/date-widget.js';
import { icon } from '../shared/icons.js';
import { tickBox } from '../shared/tick.js';
import { printAlone } from './print.js';

/** Lit's reactive properties; the `declare` fields in the class carry their types and docs. */
const properties: PropertyDeclarations = { confirming: { state: true } };

/**
 * What to do and avoid before the appointment, grouped by when, with due
 * dates from the appointment date. Ticks are kept on the device per procedure
 * and appointment. Its Print button prints the checklist alone, with its
 * boxes, not the rest of the host page.
 *
 * @summary Dated, tickable, printable preparation checklist, every item cited.
 * @tag lip-prep-checklist
 *
 * @fires {CustomEvent<{ id: string; checked: boolean; done: number; total: number } | { done: 0; total: number }>} change - The client ticked or unticked an item, or cleared the ticks (then `{ done: 0, total }`).
 * @fires {CustomEvent<{ procedure: string; appointment?: string }>} lip-checklist-complete - The client ticked the last open item (`appointment`: `YYYY-MM-DD` or absent).
 * @fires {CustomEvent<{ procedure: string; appointment: string }>} lip-appointment-change - The client saved an appointment date (`appointment`: `YYYY-MM-DD`).
 *
 * @csspart base - The widget's box.
 * @csspart header - The title and the appointment.
 * @csspart title - The title (the procedure named).
 * @csspart not-for - Who should avoid the treatment (above the list, not tickable).
 * @csspart differ - Where the sources differ on something to settle before the appointment (every side, not tickable).
 * @csspart group - Each group's fieldset.
 * @csspart item - Each item.
 * @csspart progress - The "3 of 9 done" line.
 * @csspart bar - The progress summary with the Reset and Print buttons.
 * @csspart sources - The numbered source list.
 * @csspart date-form - The appointment date form.
 * @csspart change-date - The "Change date" button.
 * @csspart storage-notice - The "not saved on this device" notice.
 * @csspart studio-notice - The "studio settings were ignored" notice.
 *
 * @cssprop --lip-accent - Accent colour (tick boxes, progress, buttons, focus ring).
 * @cssprop --lip-tick-size - Size of the tick boxes in em (at least 24 px; default 1.5em).
 * @cssprop --lip-surface - Background.
 * @cssprop --lip-text - Text colour.
 * @cssprop --lip-muted - Secondary text colour (due dates, "time has passed").
 * @cssprop --lip-border - Border colour.
 * @cssprop --lip-radius - Corner radius.
 * @cssprop --lip-space - Inner spacing.
 * @cssprop --lip-font - Font family (inherits the page's by default).
 * @cssprop --lip-soft - Background of notices.
 * @cssprop --lip-focus - Focus ring colour (default: the accent).
 * @cssprop --lip-on-accent - Text on accent-coloured buttons.
 * @cssprop --lip-font-size - Font size of the widget (default: inherited).
 * @cssprop --lip-dark-accent - Accent in the dark scheme (and --lip-dark-surface, --lip-dark-text, --lip-dark-muted, --lip-dark-border, --lip-dark-soft).
 */
export class LipPrepChecklist extends LipDateWidget {
  static override styles = [hostStyles, tickStyles, checklistStyles];

  static override properties = properties;

  /** Whether the "clear every tick?" step is showing. */
  declare private confirming: boolean;

  /** What this update draws (computed in willUpdate; undefined for an unknown procedure). */
  private model?: ChecklistModel;
  private resolved?: ResolvedAppointment;
  private focusNext?: string;

  constructor() {
    super();
    this.confirming = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Nothing changed since the last willUpdate (see LipElement.unchanged): what it computed holds.
    if (this.unchanged) return;
    const today = this.todayDate;
    const r = (this.resolved = this.resolveDate(today));
    const p = this.procedureData;
    if (!p) {
      this.model = undefined;
      return;
    }
    const key = prepTicksKey(this.procedureId, r.date);
    this.follow(key);
    this.model = checklistModel({
      procedure: p,
      procedureId: this.procedureId,
      ticks: readPrepTicks(this.store, key),
      appointment: r.date,
      today,
      locale: this.locale,
    });
  }

  protected override updated(): void {
    if (this.focusNext) this.renderRoot.querySelector<HTMLElement>(this.focusNext)?.focus();
    this.focusNext = undefined;
  }

  private onTick(e: Event, id: string): void {
    const m = this.model;
    const p = this.procedureData;
    if (!m || !p) return;
    const checked = (e.target as HTMLInputElement).checked;
    // read-modify-write: another tab's ticks of other items are kept
    this.updateStored(m.ticksKey, sanitizePrepTicks, (ticks = []) => setTick(ticks, id, checked));
    const ticks = readPrepTicks(this.store, m.ticksKey);
    this.requestUpdate();
    const { done, total } = prepModel(p, ticks);
    this.emit('change', { id, checked, done, total });
    if (checked && done === total) {
      this.emit('lip-checklist-complete', { procedure: this.procedureId, appointment: m.appointment });
    }
  }

  private ask(on: boolean): void {
    this.confirming = on;
    this.focusNext = on ? '.confirm .keep' : '.reset';
  }

  private reset(): void {
    const m = this.model;
    if (!m) return;
    clearPrepTicks(this.store, m.ticksKey);
    this.confirming = false;
    this.focusNext = '[type=checkbox]';
    this.emit('change', { done: 0, total: m.total });
  }

  /** Prints this checklist alone (the rest of the host page is hidden while printing). */
  private print(): void {
    printAlone(this);
  }

  private item(e: ChecklistItem, n: number): TemplateResult {
    const id = `c${n}`;
    return html`<div class="item tick-row" part="item">
      <span class="tick"
        ><input type="checkbox" id=${id} .checked=${e.done} aria-describedby="${id}d" @change=${(ev: Event) => this.onTick(ev, e.id)} />${tickBox()}</span
      >
      <div class="tick-text">
        <label for=${id}>${e.text}</label>${this.cited(e)}
        <div class="meta" id="${id}d">
          ${e.dueText ? html`<time datetime=${e.dueDate!}>${e.dueText}</time>` : (e.aheadText ?? nothing)}
          ${e.late ? html`<span class="late">${this.msg('prep.late')}</span>` : nothing}
        </div>
      </div>
    </div>`;
  }

  private bar(m: ChecklistModel): TemplateResult {
    return html`<div class="bar" part="bar">
      <div class="summary">
        <p role="status" part="progress">${m.progressText}</p>
        <div class="meter" aria-hidden="true"><progress max=${m.total} .value=${m.done}></progress></div>
      </div>
      <div class="actions">
        ${
          this.confirming
            ? html`<div class="confirm" role="group" aria-labelledby="q" @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && this.ask(false)}>
              <span id="q">${this.msg('prep.confirm')}</span>
              <button type="button" class="primary" @click=${this.reset}>${this.msg('prep.clear')}</button>
              <button type="button" class="keep" @click=${() => this.ask(false)}>${this.msg('prep.keep')}</button>
            </div>`
            : html`<button type="button" class="reset" ?disabled=${!m.done} @click=${() => this.ask(true)}>${this.msg('prep.reset')}</button>`
        }
        <button type="button" class="print" @click=${this.print}>${this.msg('prep.print')}</button>
      </div>
    </div>`;
  }

  override render() {
    const m = this.model;
    const r = this.resolved!;
    if (!m) {
      return html`<div part="base" class="base" lang=${this.langTag} dir=${this.textDir}>
        <div class="head" part="header">${this.heading(checklistTitle(undefined, this.locale))}</div>
        ${this.studioNotice()}
        <p class="notice" role="status">${this.msg('unknownProcedure', { id: this.procedureId })}</p>
        ${this.footer()}
      </div>`;
    }
    return html`<div part="base" class="base" lang=${this.langTag} dir=${this.textDir}>
      <div class="head" part="header">
        ${this.heading(m.title)} ${this.studio?.name ? html`<p class="print-only">${this.studio.name}</p>` : nothing}
        ${m.appointmentText ? html`<p class="appt">${icon('calendar')}<span>${m.appointmentText}</span></p>` : nothing}
      </div>
      ${this.studioNotice()} ${this.dateNotice(r)} ${this.dateForm(r)} ${this.storageNotice()}
      ${
        m.notFor.length
          ? html`<div class="notice not-for" part="not-for">
            <strong>${this.msg('aspect.notFor')}</strong>
            <ul class="lines">
              ${m.notFor.map((x) => html`<li><span>${x.text}</span>${this.cited(x)}</li>`)}
            </ul>
          </div>`
          : nothing
      }
      ${m.differ.map(
        (d) => html`<div class="notice differ" part="differ">
          <strong>${this.msg('labelled', { label: this.msg('sourcesDiffer'), x: d.text })}</strong>
          <ul class="lines">
            ${d.sides.map((x) => html`<li><span>${x.text}</span>${this.cited(x)}</li>`)}
          </ul>
        </div>`,
      )}
      ${m.noneText ? html`<p class="notice">${m.noneText}</p>` : nothing} ${m.total ? this.bar(m) : nothing}
      <div class="groups">
        ${this.laterEach(
          m.groups,
          1,
          (g) => html`<fieldset part="group" class="group">
            <legend>
              <span class="group-name">${g.label}</span>${
                g.dueText ? html`<span class="sep"> · </span><time class="group-due" datetime=${g.dueDate!}>${g.dueText}</time>` : nothing
              }
            </legend>
            ${g.items.map((e, j) => this.item(e, g.first + j))}
          </fieldset>`,
        )}
      </div>
      ${this.later(() => this.footer())}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lip-prep-checklist': LipPrepChecklist;
  }
  interface GlobalEventHandlersEventMap {
    'lip-checklist-complete': CustomEvent<{ procedure: string; appointment?: string }>;
  }
}
