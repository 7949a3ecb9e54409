import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveAppointment, saveAppointment, subscribeAppointment, type ResolvedAppointment } from '../../../core/appointment.js';
import type { CalendarDate } from '../../../core/dates.js';
import { prepTicksKey, sanitizePrepTicks } from '../../../core/prep.js';
import { update, type Store } from '../../../core/storage.js';

export interface AppointmentOptions {
  /** The store in use (read on every call: tests and hosts may swap it). */
  store: () => Store;
  /** The widget's procedure id. */
  procedure: () => string;
  /** The page address (`?appointment=`). */
  url: () => string;
}

/**
 * The client's appointment date for a widget's procedure: resolves it
 * (attribute, page URL, saved date), saves the client's date, and follows the
 * saved date so that a date entered in another widget or tab updates the host.
 */
export class AppointmentController implements ReactiveController {
  private unsubscribe?: () => void;
  private subscribedTo?: string;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly isConnected: boolean; readonly hasUpdated?: boolean },
    private readonly options: AppointmentOptions,
  ) {
    host.addController(this);
  }

  /** The appointment in use for the `appointment` attribute's value and today, or the reason there is none. */
  resolve(attribute: string | null | undefined, today: CalendarDate): ResolvedAppointment {
    const { store, procedure, url } = this.options;
    // Following from the moment the saved date is read: a date saved elsewhere after this read is not missed.
    this.follow();
    return resolveAppointment({ attribute, procedure: procedure(), url: url(), today, store: store() });
  }

  /**
   * Saves the client's date (shared by every widget of the procedure), and
   * carries the checklist ticks made before any date was known over to it
   * (merged item by item). True when the date reached storage.
   */
  save(date: CalendarDate): boolean {
    const store = this.options.store();
    const id = this.options.procedure();
    const saved = saveAppointment(id, date, store);
    const undated = store.read(prepTicksKey(id), sanitizePrepTicks);
    if (undated?.length) {
      const carried = update(store, prepTicksKey(id, date), sanitizePrepTicks, (ticks = []) => [...new Set([...ticks, ...undated])]);
      if (carried) store.remove(prepTicksKey(id));
    }
    this.host.requestUpdate();
    return saved;
  }

  hostConnected(): void {
    // Before the host's first render, the first read of the date follows
    // (resolve): the task that defines the tags upgrades every widget on the
    // page at once, and need not also start listening to storage for each.
    if (this.host.hasUpdated !== false) this.follow();
  }

  hostUpdate(): void {
    this.follow();
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = this.subscribedTo = undefined;
  }

  /** Subscribes to the saved date of the current procedure (again after a change of procedure). */
  private follow(): void {
    const id = this.options.procedure();
    if (!this.host.isConnected || id === this.subscribedTo) return;
    this.unsubscribe?.();
    this.subscribedTo = id;
    this.unsubscribe = subscribeAppointment(id, () => this.host.requestUpdate(), this.options.store());
  }
}
