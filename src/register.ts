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
import { startMounting } from './mount.js';
import { version } from './version.js';

const tags: Record<string, CustomElementConstructor> = {
  'lip-studio': LipStudio,
  'lip-comparison-table': LipComparisonTable,
  'lip-touchup-timeline': LipTouchupTimeline,
  'lip-healing-tracker': LipHealingTracker,
  'lip-prep-checklist': LipPrepChecklist,
};

// Widgets that connect before <lip-studio> upgrades get its settings once it does.
if (!window.LipWidgets) new ContextRoot().attach(document.documentElement);

for (const [tag, ctor] of Object.entries(tags)) {
  if (!customElements.get(tag)) customElements.define(tag, ctor);
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
}

if (!window.LipWidgets) {
  window.LipWidgets = Object.freeze({ version, procedures, sources, tags: Object.keys(tags) });
  startMounting();
}
