import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { MAX_YEARS_AHEAD, MAX_YEARS_BACK, procedureFromUrl, type ResolvedAppointment } from '../../core/appointment.js';
import { parseDate, toISODate, type CalendarDate } from '../../core/dates.js';
import { findProcedure } from '../../core/procedures.js';
import { defaultStore, type Sanitize, type Store } from '../../core/storage.js';
import type { Procedure } from '../../data/types.js';
import { AppointmentController } from './controllers/appointment.js';
import { ClockController } from './controllers/clock.js';
import { StoredValueController } from './controllers/stored-value.js';
import { LipElement } from './lip-element.js';

function pageUrl(): string {
  try {
    return location.href;
  } catch {
    return '';
  }
}

/** Lit's reactive properties; the `declare` fields in the class carry their types and docs. */
const properties: PropertyDeclarations = {
  procedure: {},
  appointment: {},
  today: {},
  revision: { state: true },
  editingDate: { state: true },
};

/**
 * Base of the three widgets that work from an appointment date (timeline,
 * healing tracker, prep checklist): the `procedure`, `appointment` and
 * `today` attributes, the date entry form and friendly states for bad input.
 * Shared behaviour lives in reactive controllers: `clock` (ClockController),
 * `dates` (AppointmentController) and `stored` (StoredValueController).
 *
 * @fires {CustomEvent<{ procedure: string; appointment: string }>} lip-appointment-change - The client saved an appointment date (`appointment`: `YYYY-MM-DD`).
 */
export class LipDateWidget extends LipElement {
  static override properties = properties;

  /**
   * Procedure id (`lip-blush`, `lip-flip`, `lip-filler` or a studio's own); else the page URL's `?procedure=`, else `lip-blush`.
   * @attr procedure
   * @default null
   */
  declare procedure: string | null;

  /**
   * Appointment date, `YYYY-MM-DD`; else the page URL's `?appointment=`, else the date the client saved.
   * @attr appointment
   * @default null
   */
  declare appointment: string | null;

  /**
   * Overrides today's date (`YYYY-MM-DD`), for demos and tests.
   * @attr today
   * @default null
   */
  declare today: string | null;

  /** Bumped when the saved date, the clock's day or storage changes. */
  declare protected revision: number;

  /** Whether the date form is open although a date is known. */
  declare protected editingDate: boolean;

  constructor() {
    super();
    this.procedure = null;
    this.appointment = null;
    this.today = null;
    this.revision = 0;
    this.editingDate = false;
  }

  /** The store of saved dates and ticks (the page's shared one; tests may set their own before connecting). */
  protected store: Store = defaultStore();

  /** The wall clock: updates at local midnight, after a clock jump or a time-zone change, on wake. */
  protected readonly clock = new ClockController(this);

  /** The appointment date: resolved, saved, followed across widgets and tabs. */
  protected readonly dates = new AppointmentController(this, {
    store: () => this.store,
    procedure: () => this.procedureId,
    url: pageUrl,
  });

  /** The widget's stored ticks: read, followed, written with one read-modify-write. */
  protected readonly stored = new StoredValueController(this, () => this.store);

  override connectedCallback(): void {
    super.connectedCallback();
    // Re-subscribe to the shared appointment after a remove and re-insert (done by the controllers on update).
    this.requestUpdate();
  }

  /** Follows one more stored key (a widget's ticks): a change from another instance or tab re-renders this one. */
  protected follow(key: string): void {
    this.stored.follow(key);
  }

  /** Read-modify-write of a stored value (a widget's ticks): `change` gets the current value, read afresh; true when saved. */
  protected updateStored<T>(key: string, sanitize: Sanitize<T>, change: (current: T | undefined) => T | undefined): boolean {
    return this.stored.update(key, sanitize, change);
  }

  /** The procedure id in use (attribute, else URL, else lip-blush), lower-cased. */
  get procedureId(): string {
    return String(this.procedure ?? procedureFromUrl(pageUrl()) ?? 'lip-blush')
      .trim()
      .toLowerCase();
  }

  /** The procedure's data, or undefined (and a console error) for an unknown id. */
  protected get procedureData(): Procedure | undefined {
    const set = this.procedureSet;
    const p = findProcedure(this.procedureId, set);
    if (!p) {
      this.report('error', `unknown procedure "${this.procedureId}"; known ids: ${Object.keys(set).join(', ')}.`);
    }
    return p;
  }

  /** Today's local date: the `today` attribute when valid, else the clock. */
  protected get todayDate(): CalendarDate {
    if (this.today != null) {
      const parsed = parseDate(this.today);
      if (parsed.ok) return parsed.date;
      this.report('warn', `today="${this.today}" is not a YYYY-MM-DD date; using the clock.`);
    }
    return this.clock.today;
  }

  /** The appointment in use, or the reason there is none (also said in the console). */
  protected resolveDate(today: CalendarDate): ResolvedAppointment {
    const r = this.dates.resolve(this.appointment, today);
    if (r.problem) {
      const where = r.from === 'attribute' ? 'appointment attribute' : r.from === 'url' ? 'page URL ?appointment=' : 'saved appointment';
      this.report(
        'error',
        `${where} "${r.problem.value}" is not usable (${r.problem.problem}); expected a real date YYYY-MM-DD within ${MAX_YEARS_AHEAD} years ahead or ${MAX_YEARS_BACK} years back.`,
      );
    }
    return r;
  }

  /** The whole widget when its procedure is unknown: a friendly notice (the console names the id). */
  protected unknownNotice(): TemplateResult {
    return html`<div part="base" class="base" lang=${this.langTag} dir=${this.textDir}>
      ${this.studioNotice()}
      <p class="notice" role="status">${this.msg('unknownProcedure', { id: this.procedureId })}</p>
      ${this.footer()}
    </div>`;
  }

  /** A friendly notice for an unusable date, or nothing. */
  protected dateNotice(r: ResolvedAppointment): TemplateResult | typeof nothing {
    if (!r.problem) return nothing;
    return html`<p class="notice" role="status">
      ${this.msg(`date.${r.problem.problem}`, {
        value: r.problem.value,
        years: r.problem.problem === 'far-past' ? MAX_YEARS_BACK : MAX_YEARS_AHEAD,
      })}
      ${r.from === 'stored' || r.from === 'none' ? this.msg('dateHelp') : nothing}
    </p>`;
  }

  /** The notice shown when nothing the client enters can be kept. */
  protected storageNotice(): TemplateResult | typeof nothing {
    return this.store.persistent ? nothing : html`<p class="notice muted" part="storage-notice">${this.msg('notSaved')}</p>`;
  }

  /**
   * The client's own date entry: a native date input, saved for this procedure
   * and shared with the other widgets. Shown when no date is known or on
   * "Change date".
   */
  protected dateForm(r: ResolvedAppointment): TemplateResult | typeof nothing {
    if (r.from === 'attribute' || r.from === 'url') return nothing;
    if (r.date && !this.editingDate) {
      return html`<button type="button" class="link" part="change-date" @click=${this.onChangeDate}>
        ${this.msg('changeDate')}
      </button>`;
    }
    return html`<form class="date-form" part="date-form" @submit=${this.onDateSubmit}>
      ${r.date ? nothing : html`<p class="muted">${this.msg('dateIntro')}</p>`}
      <label
        >${this.msg('dateLabel')}
        <input type="date" name="date" required .value=${r.date ? toISODate(r.date) : ''} />
      </label>
      <button type="submit" class="primary">${this.msg('save')}</button>
    </form>`;
  }

  /** Moves focus into the re-rendered widget, where the removed control was. */
  private async refocus(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private onChangeDate(): void {
    this.editingDate = true;
    void this.refocus('input[type="date"]');
  }

  private onDateSubmit(e: SubmitEvent): void {
    e.preventDefault();
    const input = (e.currentTarget as HTMLFormElement).elements.namedItem('date') as HTMLInputElement;
    const parsed = parseDate(input.value);
    if (!parsed.ok) {
      input.setCustomValidity(this.msg(`date.${parsed.problem}`, { value: input.value }));
      input.reportValidity();
      return;
    }
    input.setCustomValidity('');
    this.dates.save(parsed.date);
    this.editingDate = false;
    this.revision++;
    void this.refocus('[part="change-date"]');
    this.emit('lip-appointment-change', { procedure: this.procedureId, appointment: toISODate(parsed.date) });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'lip-appointment-change': CustomEvent<{ procedure: string; appointment: string }>;
  }
}
