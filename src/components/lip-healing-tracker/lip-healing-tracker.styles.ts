import { css } from 'lit';

/**
 * Layout of the healing tracker; colours come from the shared tokens (host.styles).
 * Forced colours need no block here: the checkboxes and progress bar are native,
 * disabled days keep their text, and the warning box keeps its border.
 */
export const trackerStyles = css`
  h3 { font-size: 1em; margin: 16px 0 4px; }
  ul { margin: 0; padding-inline-start: 1.2em; }
  .stage, .day { margin: 0; }
  .stage { color: var(--_accent-text, var(--_accent)); font-weight: 600; }
  .day { font-size: 1.4em; font-weight: 700; }
  progress { width: 100%; }
  progress, [type=checkbox] { accent-color: var(--_accent); }
  .nav, .times { margin: 8px 0; }
  [aria-disabled=true] { opacity: .5; cursor: default; }
  .tasks { list-style: none; padding: 0; }
  label { display: inline-flex; align-items: center; gap: 6px; min-height: 44px; }
  [type=checkbox] { width: 22px; height: 22px; margin: 0; }
  .warn { margin-top: 16px; padding: 4px 12px 12px; background: var(--_soft); border-inline-start: 4px solid var(--lip-tracker-warning, var(--_accent)); }
`;
