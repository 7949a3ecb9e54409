/**
 * The `detail` of each event the widgets fire (the same types as their
 * `@fires` docs, which the manifest and the JSX types carry). Events bubble
 * and cross shadow boundaries; none fires when a property is set by code.
 */

/** `<lip-healing-tracker>` `change`: a care task ticked or unticked (`done`: times done that day). */
export interface TrackerChangeDetail {
  day: number;
  task: string;
  done: number;
}

/** `<lip-prep-checklist>` `change`: an item ticked or unticked, or (`{ done: 0, total }`) every tick cleared. */
export type ChecklistChangeDetail = { id: string; checked: boolean; done: number; total: number } | { done: 0; total: number };

/** `lip-day-change` (`<lip-healing-tracker>`): the client moved to another day (`date`: `YYYY-MM-DD`). */
export interface DayChangeDetail {
  day: number;
  date: string;
}

/** `lip-appointment-change` (timeline, tracker, checklist): the client saved a date (`appointment`: `YYYY-MM-DD`). */
export interface AppointmentChangeDetail {
  procedure: string;
  appointment: string;
}

/** `lip-checklist-complete` (`<lip-prep-checklist>`): the last open item was ticked (`appointment`: `YYYY-MM-DD` or absent). */
export interface ChecklistCompleteDetail {
  procedure: string;
  appointment?: string;
}

/** `lip-calendar-export` (`<lip-touchup-timeline>`): the client downloaded the `.ics` file (`count`: events in it). */
export interface CalendarExportDetail {
  count: number;
  filename: string;
}

/** The kit's own event names and their events, for `addEventListener` on any element or `document`. */
export interface LipEventMap {
  'lip-day-change': CustomEvent<DayChangeDetail>;
  'lip-appointment-change': CustomEvent<AppointmentChangeDetail>;
  'lip-checklist-complete': CustomEvent<ChecklistCompleteDetail>;
  'lip-calendar-export': CustomEvent<CalendarExportDetail>;
}
