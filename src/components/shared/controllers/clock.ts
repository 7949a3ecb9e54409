import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { localDate, msUntilLocalMidnight, toISODate, type CalendarDate } from '../../../core/dates.js';

/** How often the clock is looked at while the page is open (a jump or a time-zone change shows within this). */
export const CLOCK_CHECK_MS = 5000;

/** The local date and the UTC offset now: when either changes, the day shown may have to. */
function stamp(): string {
  const now = new Date();
  return `${toISODate(localDate(now))} ${now.getTimezoneOffset()}`;
}

/**
 * Follows the wall clock for a widget that shows "today" (RELIABILITY 17,
 * 27): the host updates at local midnight, and within `CLOCK_CHECK_MS` after
 * the clock jumps (sleep and wake, a manual change) or the time zone
 * changes, at once on `visibilitychange`, `focus` and `pageshow`. One timer
 * per host, cleared on disconnect.
 */
export class ClockController implements ReactiveController {
  private timer?: ReturnType<typeof setTimeout>;
  private seen = '';
  /** Connected before the host's first render: the clock starts with that render. */
  private waiting = false;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly hasUpdated?: boolean },
    private readonly every = CLOCK_CHECK_MS,
  ) {
    host.addController(this);
  }

  /** Today's local date (read now; the host is updated whenever it changes). */
  get today(): CalendarDate {
    this.seen = stamp();
    return localDate();
  }

  /** Looks at the clock: updates the host when the day or the offset changed since the last look. */
  readonly check = (): void => {
    if (typeof document !== 'undefined' && document.visibilityState === 'hidden') return;
    const now = stamp();
    if (now !== this.seen) {
      this.seen = now;
      this.host.requestUpdate();
    }
  };

  /**
   * Starts following the clock; before the host's first render, with that
   * render (the task that defines the tags upgrades every widget on the page
   * at once, and need not also read the clock for each).
   */
  hostConnected(): void {
    if (this.host.hasUpdated === false) this.waiting = true;
    else this.start();
  }

  hostUpdate(): void {
    if (this.waiting) this.start();
  }

  private start(): void {
    this.waiting = false;
    // A day already read (the first render's work, done a task or more before) is checked, not taken as seen.
    if (this.seen) this.check();
    else this.seen = stamp();
    document.addEventListener('visibilitychange', this.check);
    window.addEventListener('pageshow', this.check);
    window.addEventListener('focus', this.check);
    this.schedule();
  }

  hostDisconnected(): void {
    this.waiting = false;
    document.removeEventListener('visibilitychange', this.check);
    window.removeEventListener('pageshow', this.check);
    window.removeEventListener('focus', this.check);
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(
      () => {
        this.check();
        this.schedule();
      },
      Math.max(1, Math.min(this.every, msUntilLocalMidnight())),
    );
  }
}
