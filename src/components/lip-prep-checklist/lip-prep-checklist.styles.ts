import { css } from 'lit';

export const checklistStyles = css`
  h2 { font-size: 1.25em; margin: 0 0 4px; }
  fieldset { border: 1px solid var(--_border); border-radius: var(--_radius); margin: 0 0 12px; padding: 4px 12px 8px; }
  legend { font-weight: 600; padding: 0 4px; }
  legend time, .meta { font-weight: 400; color: var(--_muted); }
  .meta { font-size: .875em; }
  .late { font-style: italic; }
  time + .late::before { content: ' · '; }
  .item { display: flex; gap: 10px; padding: 6px 0; }
  [type=checkbox] { flex: none; width: 1.25em; height: 1.25em; margin: .15em 0 0; accent-color: var(--_accent); }
  .bar, .confirm { align-items: center; }
  .bar p { margin: 0; margin-inline-end: auto; font-weight: 600; }
  button:disabled { opacity: .55; cursor: default; }
  @media not print {
    .print-only { display: none; }
  }
  @media print {
    .base { border: 0; padding: 0; }
    button, .date-form, .notice.muted { display: none !important; }
    fieldset, .item { break-inside: avoid; }
    [type=checkbox] { print-color-adjust: exact; }
  }
`;
