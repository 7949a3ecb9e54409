/** npm entry: classes, data, types and core helpers. Defines no tags (import `lip-widgets/register.js` for that). */
export { LipComparisonTable } from './components/lip-comparison-table/lip-comparison-table.js';
export { LipElement } from './components/shared/lip-element.js';
export { LipDateWidget } from './components/shared/date-widget.js';
export { LipTouchupTimeline } from './components/lip-touchup-timeline/lip-touchup-timeline.js';
export { LipHealingTracker } from './components/lip-healing-tracker/lip-healing-tracker.js';
export { LipPrepChecklist } from './components/lip-prep-checklist/lip-prep-checklist.js';
export * from './core/storage.js';
export * from './core/appointment.js';
export * from './data/index.js';
export * from './core/dates.js';
export * from './core/figures.js';
export * from './core/compare.js';
export * from './core/citations.js';
export * from './core/procedures.js';
export { t, langOf, safeLocale, addMessages, type MessageKey, type Lang } from './core/i18n.js';
export { noteText, procedureName, addDataText } from './core/text.js';
export { version } from './version.js';
