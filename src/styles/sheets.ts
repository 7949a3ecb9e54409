/**
 * Every widget's stylesheets, from one module. The widgets import their
 * sheets from here, so the browser bundle keeps all of its CSS text in one
 * run instead of one sheet beside each widget's code: gzip only finds a
 * repeat within the last 32 KB, and the sheets repeat one another far more
 * than they repeat the code between them (with the data right after the
 * CSS, about 0.75 KB gzip less for the same text). Each sheet keeps its home
 * next to its widget.
 */
export { hostStyles } from './host.styles.js';
export { tickStyles } from './tick.styles.js';
export { tableStyles } from '../components/lip-comparison-table/lip-comparison-table.styles.js';
export { trackerStyles } from '../components/lip-healing-tracker/lip-healing-tracker.styles.js';
export { checklistStyles } from '../components/lip-prep-checklist/lip-prep-checklist.styles.js';
export { timelineStyles } from '../components/lip-touchup-timeline/lip-touchup-timeline.styles.js';
