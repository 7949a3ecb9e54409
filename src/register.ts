/**
 * The one module with side effects: defines every tag (each only if no other
 * copy defined it) and publishes `window.LipWidgets`. The browser bundle is
 * built from this file, wrapped so that a second copy does nothing but warn.
 */
import { ContextRoot } from '@lit/context';
import { LipComparisonTable } from './components/lip-comparison-table/lip-comparison-table.js';
import { LipHealingTracker } from './components/lip-healing-tracker/lip-healing-tracker.js';
import { LipPrepChecklist } from './components/lip-prep-checklist/lip-prep-checklist.js';
import { LipStudio } from './components/lip-studio/lip-studio.js';
import { LipTouchupTimeline } from './components/lip-touchup-timeline/lip-touchup-timeline.js';
import { procedures } from './data/procedures.js';
import { sources } from './data/sources.js';
import { KINDS, startMounting, type Kind } from './mount.js';
import { nextTask } from './components/shared/task.js';
import { unsupported } from './support.js';
import { version } from './version.js';
import type { LipEventMap } from './events.js';

/** Each widget's class by its kind (its tag without `lip-`). */
const CLASSES: Record<Kind, CustomElementConstructor> = {
  studio: LipStudio,
  'comparison-table': LipComparisonTable,
  'touchup-timeline': LipTouchupTimeline,
  'healing-tracker': LipHealingTracker,
  'prep-checklist': LipPrepChecklist,
};
/** The tags in the order they are defined (`KINDS`: the studio first). */
const tags = KINDS.map((kind) => `lip-${kind}`);

/**
 * Whether the tags are defined in a task after this module's evaluation
 * rather than during it. The browser scripts set it (the build turns it on):
 * defining a tag upgrades every one of its elements already on the page, and
 * that on top of evaluating the script would make one long task on a phone.
 * The ES module leaves it off, so that its importers find the tags defined.
 */
const DEFINE_IN_NEXT_TASK = false;

/** Why the kit cannot run in this browser or page (RELIABILITY 29, 30), checked once before anything is defined. */
const problem = window.LipWidgets ? undefined : unsupported();
if (problem) console.error(`lip-widgets ${version}: ${problem}`);

/** Defines every tag no other copy of the kit has defined (the studio first). */
function defineTags(): void {
  for (const kind of KINDS) {
    const tag = `lip-${kind}`;
    if (!customElements.get(tag)) customElements.define(tag, CLASSES[kind]);
  }
}

if (!problem) {
  // Widgets that connect before <lip-studio> upgrades get its settings once it does.
  if (!window.LipWidgets) new ContextRoot().attach(document.documentElement);
  if (DEFINE_IN_NEXT_TASK) void nextTask().then(defineTags);
  else defineTags();
}

export interface LipWidgetsGlobal {
  readonly version: string;
  readonly procedures: typeof procedures;
  readonly sources: typeof sources;
  readonly tags: readonly string[];
}

declare global {
  interface Window {
    LipWidgets?: LipWidgetsGlobal;
  }
  /** `document.querySelector('lip-healing-tracker')`, `createElement(…)` and friends return the element classes. */
  interface HTMLElementTagNameMap {
    'lip-studio': LipStudio;
    'lip-comparison-table': LipComparisonTable;
    'lip-touchup-timeline': LipTouchupTimeline;
    'lip-healing-tracker': LipHealingTracker;
    'lip-prep-checklist': LipPrepChecklist;
  }
  /** `addEventListener('lip-day-change', (e) => e.detail.day)` on any element or `document`. */
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merging the kit's events into the DOM's map
  interface GlobalEventHandlersEventMap extends LipEventMap {}
}

if (!window.LipWidgets && !problem) {
  window.LipWidgets = Object.freeze({ version, procedures, sources, tags });
  startMounting();
}
