import { html, nothing, type PropertyDeclarations } from 'lit';
import { createRefs, type RefNumbers } from '../../core/citations.js';
import { formatDate, toISODate } from '../../core/dates.js';
import { formatAmount, qualified } from '../../core/figures.js';
import { clearPrepTicks, prepModel, prepTicksKey, readPrepTicks, savePrepTicks, setTick, type Ahead, type Due, type PrepEntry, type PrepModel } from '../../core/prep.js';
import { noteText, procedureName } from '../../core/text.js';
import type { Procedure } from '../../data/types.js';
import { hostStyles } from '../../styles/host.styles.js';
import { LipDateWidget } from '../shared/date-widget.js';
import { checklistStyles } from './lip-prep-checklist.styles.js';

/** Lit's reactive properties; the `declare` fields in the class carry their types and docs. */
const properties: PropertyDeclarations = { confirming: { state: true } };

/**
 * What to do and avoid before the appointment, grouped by when, with due
 * dates from the appointment date. Ticks are kept on the device per procedure
 * and appointment; the list prints with its boxes.
 *
 * @summary Dated, tickable, printable preparation checklist, every item cited.
 * @tag lip-prep-checklist
 *
 * @fires {CustomEvent} change - The client ticked or unticked an item (`detail: { id, checked, done, total }`) or cleared the ticks (`detail: { done: 0, total }`).
 * @fires {CustomEvent} lip-checklist-complete - The client ticked the last open item (`detail: { procedure, appointment }`).
 * @fires {CustomEvent} lip-appointment-change - The client saved an appointment date (`detail: { procedure, appointment }`).
 *
 * @csspart base - The widget's box.
 * @csspart header - The title.
 * @csspart group - Each group's fieldset.
 * @csspart item - Each item.
 * @csspart progress - The "3 of 9 done" line.
 * @csspart sources - The numbered source list.
 * @csspart date-form - The appointment date form.
 * @csspart change-date - The "Change date" button.
 * @csspart storage-notice - The "not saved on this device" notice.
 * @csspart studio-notice - The "studio settings were ignored" notice.
 *
 * @cssprop --lip-accent - Accent colour (checkboxes, buttons, focus ring).
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
  static override styles = [hostStyles, checklistStyles];

  static override properties = properties;

  /** Whether the "clear every tick?" step is showing. */
  private declare confirming: boolean;

  private key = '';
  private model: PrepModel = { sections: [], done: 0, total: 0, notFor: [], differ: [] };
  private ticks: string[] = [];
  private date?: string;
  private focusNext?: string;

  constructor() {
    super();
    this.confirming = false;
  }

  protected override updated(): void {
    this.follow(this.key);
    if (this.focusNext) this.renderRoot.querySelector<HTMLElement>(this.focusNext)?.focus();
    this.focusNext = undefined;
  }

  private dueText(due: Due, ahead?: Ahead): string {
    const l = this.locale;
    const date = formatDate(due.date, l, 'short');
    if (due.kind !== 'from' || !ahead) return this.msg(`prep.${due.kind}`, { date });
    const x = qualified(formatAmount(ahead.max, ahead.max, ahead.unit, l), ahead, l);
    return due.to
      ? this.msg('prep.range', { date, x, to: formatDate(due.to, l, 'short'), y: qualified(formatAmount(ahead.min, ahead.min, ahead.unit, l), ahead, l) })
      : this.msg('prep.fromAhead', { date, x });
  }

  private onTick(e: Event, id: string): void {
    const checked = (e.target as HTMLInputElement).checked;
    this.ticks = setTick(this.ticks, id, checked);
    savePrepTicks(this.store, this.key, this.ticks);
    this.requestUpdate();
    const { done, total } = prepModel(this.procedureData!, this.ticks);
    this.emit('change', { id, checked, done, total });
    if (checked && done === total) {
      this.emit('lip-checklist-complete', { procedure: this.procedureId, appointment: this.date });
    }
  }

  private ask(on: boolean): void {
    this.confirming = on;
    this.focusNext = on ? '.confirm .keep' : '.reset';
  }

  private reset(): void {
    clearPrepTicks(this.store, this.key);
    this.ticks = [];
    this.confirming = false;
    this.focusNext = '[type=checkbox]';
    this.emit('change', { done: 0, total: this.model.total });
  }

  private print(): void {
    try {
      window.print();
    } catch {
      // missing or blocked (a sandboxed frame): the page's own print still works
    }
  }

  private entry(e: PrepEntry, n: number, p: Procedure, dated: boolean, refs: RefNumbers) {
    const id = `c${n}`;
    const text = noteText(p, e.item, this.locale);
    const ahead = e.ahead;
    return html`<div class="item" part="item">
      <input type="checkbox" id=${id} .checked=${e.done} aria-describedby="${id}d" @change=${(ev: Event) => this.onTick(ev, e.item.id)} />
      <div>
        <label for=${id}>${e.item.kind === 'avoid' ? this.msg('avoidItem', { x: text }) : text}</label
        >${e.item.studio ? this.perStudio() : this.markers(refs.add(e.item.cite), refs.list())}
        <div class="meta" id="${id}d">
          ${e.due
            ? html`<time datetime=${toISODate(e.due.date)}>${this.dueText(e.due, ahead)}</time>`
            : !dated && ahead
              ? this.msg('prep.ahead', { x: qualified(formatAmount(ahead.min, ahead.max, ahead.unit, this.locale), ahead, this.locale) })
              : nothing}
          ${e.late ? html`<span class="late">${this.msg('prep.late')}</span>` : nothing}
        </div>
      </div>
    </div>`;
  }

  private bar({ done, total }: PrepModel) {
    return html`<div class="bar">
      <p role="status" part="progress">${this.msg('prep.progress', { done, total })}</p>
      ${this.confirming
        ? html`<div class="confirm" role="group" aria-labelledby="q" @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && this.ask(false)}>
            <span id="q">${this.msg('prep.confirm')}</span>
            <button type="button" class="primary" @click=${this.reset}>${this.msg('prep.clear')}</button>
            <button type="button" class="keep" @click=${() => this.ask(false)}>${this.msg('prep.keep')}</button>
          </div>`
        : html`<button type="button" class="reset" ?disabled=${!done} @click=${() => this.ask(true)}>${this.msg('prep.reset')}</button>`}
      <button type="button" @click=${this.print}>${this.msg('prep.print')}</button>
    </div>`;
  }

  override render() {
    const locale = this.locale;
    const today = this.todayDate;
    const r = this.resolveDate(today);
    const p = this.procedureData;
    if (!p) return this.unknownNotice();
    this.key = prepTicksKey(this.procedureId, r.date);
    this.date = r.date && toISODate(r.date);
    this.ticks = readPrepTicks(this.store, this.key);
    const m = (this.model = prepModel(p, this.ticks, r.date, today));
    const name = procedureName(p, locale);
    const refs = createRefs();
    let n = 0;
    return html`<div part="base" class="base" lang=${locale}>
      <h2 part="header">${this.msg('prep.title', { name })}</h2>
      ${this.studio?.name ? html`<p class="print-only">${this.studio.name}</p>` : nothing}
      ${r.date
        ? html`<p>${this.msg(m.over ? 'prep.over' : 'prep.appointment', { date: formatDate(r.date, locale, 'long') })}</p>`
        : nothing}
      ${this.studioNotice()} ${this.dateNotice(r)} ${this.dateForm(r)} ${this.storageNotice()}
      ${m.notFor.length
        ? html`<div class="notice not-for" part="not-for">
            <strong>${this.msg('aspect.notFor')}</strong>
            <ul>
              ${m.notFor.map((x) => html`<li>${noteText(p, x, locale)}${x.studio ? this.perStudio() : this.markers(refs.add(x.cite), refs.list())}</li>`)}
            </ul>
          </div>`
        : nothing}
      ${m.differ.map(
        (d) => html`<div class="notice differ" part="differ">
          <strong>${this.msg('sourcesDiffer')}: ${noteText(p, d, locale)}</strong>
          <ul>
            ${d.sides.map((s) => html`<li>${noteText(p, s, locale)}${s.studio ? this.perStudio() : this.markers(refs.add(s.cite), refs.list())}</li>`)}
          </ul>
        </div>`,
      )}
      ${m.total ? nothing : html`<p class="notice">${this.msg('prep.none', { name })}</p>`}
      ${m.sections.map(
        (s) => html`<fieldset part="group">
          <legend>
            ${this.msg(`prep.${s.group}`)}${s.due ? html` · <time datetime=${toISODate(s.due.date)}>${this.dueText(s.due)}</time>` : nothing}
          </legend>
          ${s.entries.map((e) => this.entry(e, n++, p, !!r.date, refs))}
        </fieldset>`,
      )}
      ${m.total ? this.bar(m) : nothing}
      ${this.footer(refs.list())}
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
