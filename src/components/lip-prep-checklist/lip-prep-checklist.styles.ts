import { css } from 'lit';

/**
 * Layout of the prep checklist: the title and appointment, a progress
 * summary with Reset and Print, then each group as a card with its date on
 * the right and its items as tick rows (tick.styles). Print: the list with
 * its boxes, no buttons or forms.
 */
export const checklistStyles = css`
  .icon {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
  }
  .title {
    font-size: 1.25em;
    line-height: 1.3;
    font-weight: 700;
    margin: 0 0 4px;
    overflow-wrap: anywhere;
  }
  .head {
    margin-block-end: 12px;
  }
  .appt {
    display: flex;
    align-items: flex-start;
    gap: 8px;
    margin: 8px 0 0;
    color: var(--_muted);
  }
  .appt .icon {
    color: var(--_accent-text, var(--_accent));
  }
  /* who should avoid it (a notice) and where the sources differ (a quiet box, as in the tracker): read, not ticked */
  .lines {
    margin: 4px 0 0;
    padding-inline-start: 1.1em;
  }
  .lines li + li {
    margin-block-start: 4px;
  }
  .lines li::marker {
    color: var(--_muted);
  }
  .notice.differ {
    padding: 12px 16px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: none;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px 12px;
    margin: 0 0 16px;
    padding: 12px 16px;
    border-radius: var(--_radius);
    background: var(--_soft);
  }
  .summary {
    flex: 1 1 8em;
    min-inline-size: 0;
  }
  .summary p {
    margin: 0 0 6px;
    font-weight: 700;
  }
  .meter progress {
    display: block;
    inline-size: 100%;
    block-size: 8px;
    border: 0;
    border-radius: 4px;
    appearance: none;
    overflow: hidden;
    background: color-mix(in srgb, var(--_accent) 18%, var(--_surface));
    color: var(--_accent);
  }
  .meter progress::-webkit-progress-bar {
    background: color-mix(in srgb, var(--_accent) 18%, var(--_surface));
    border-radius: 4px;
  }
  .meter progress::-webkit-progress-value {
    background: var(--_accent);
    border-radius: 4px;
    transition: inline-size .25s ease-out;
  }
  .meter progress::-moz-progress-bar {
    background: var(--_accent);
    border-radius: 4px;
  }
  .actions,
  .confirm {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
  }
  .actions {
    flex: none;
    max-inline-size: 100%;
    margin-inline-start: auto;
  }
  .confirm span {
    font-weight: 600;
  }
  button:disabled {
    opacity: .55;
    cursor: default;
  }
  .groups {
    display: grid;
    gap: 12px;
  }
  fieldset {
    min-inline-size: 0;
    margin: 0;
    padding: 0 16px 4px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  legend {
    float: inline-start;
    inline-size: 100%;
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: baseline;
    gap: 0 12px;
    padding: 12px 0 8px;
    border-bottom: 1px solid var(--_border);
  }
  legend + * {
    clear: both;
  }
  .group-name {
    font-weight: 700;
  }
  .sep {
    display: none;
  }
  .group-due {
    margin-inline-start: auto;
    white-space: nowrap;
    font-size: .875em;
    font-weight: 600;
    color: var(--_accent-text, var(--_accent));
  }
  .item + .item {
    border-top: 1px solid var(--_border);
  }
  .meta {
    font-size: .875em;
    color: var(--_muted);
  }
  .meta:empty {
    display: none;
  }
  .meta time {
    font-weight: 400;
  }
  .late {
    font-style: italic;
  }
  time + .late::before {
    content: ' · ';
  }
  @media (forced-colors: active) {
    .bar,
    fieldset {
      border: 1px solid CanvasText;
    }
    .meter progress {
      forced-color-adjust: none;
      background: Canvas;
      border: 1px solid CanvasText;
    }
    .meter progress::-webkit-progress-value,
    .meter progress::-moz-progress-bar {
      background: Highlight;
    }
  }
  @media not print {
    .print-only {
      display: none;
    }
  }
  @media print {
    .base {
      border: 0;
      padding: 0;
    }
    button,
    .date-form,
    .notice.muted,
    .meter {
      display: none !important;
    }
    .bar {
      background: none;
      padding: 0;
    }
    fieldset,
    .item {
      break-inside: avoid;
    }
  }
`;
