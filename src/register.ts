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
import { KINDS, startMounting } from './mount.js';
import { version } from './version.js';

/** The classes in the order of `KINDS`. */
const classes: CustomElementConstructor[] = [LipStudio, LipComparisonTable, LipTouchupTimeline, LipHealingTracker, LipPrepChecklist];
const tags = KINDS.map((kind) => `lip-${kind}`);

// Widgets that connect before <lip-studio> upgrades get its settings once it does.
if (!window.LipWidgets) new ContextRoot().attach(document.documentElement);

tags.forEach((tag, i) => {
  if (!customElements.get(tag)) customElements.define(tag, classes[i]);
});

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
}

if (!window.LipWidgets) {
  window.LipWidgets = Object.freeze({ version, procedures, sources, tags });
  startMounting();
}
