import { css } from 'lit';

/* The ordered list drawn as a track: vertical when narrow, horizontal rows when wide. */
export const timelineStyles = css`
  .base {
    container-type: inline-size;
  }
  .title {
    font-weight: 700;
    font-size: 1.125em;
    margin: 0 0 12px;
  }
  .track {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .track > li {
    position: relative;
    margin-inline-start: 7px;
    padding: 0 0 14px;
    padding-inline-start: 20px;
    border: 0 solid var(--lip-timeline-track, var(--_border));
    border-inline-start-width: 3px;
  }
  .track > li::before {
    content: '';
    position: absolute;
    inset-inline-start: -10px;
    top: 3px;
    width: 17px;
    height: 17px;
    border: 3px solid var(--_accent);
    border-radius: 50%;
    background: var(--_surface);
  }
  .done {
    color: var(--_muted);
  }
  .today {
    color: var(--_accent-text, var(--_accent));
    font-weight: 700;
  }
  .track > :is(.done, .today)::before {
    border-width: 8.5px;
  }
  .track > .today::before {
    border-radius: 2px;
  }
  .label {
    font-weight: 600;
  }
  .win,
  .note {
    display: block;
  }
  .state,
  .note,
  .rel {
    color: var(--_muted);
    font-size: .875em;
  }
  .state::before {
    content: '✓ ';
  }
  .now .state::before {
    content: '● ';
  }
  .when + .rel::before {
    content: '· ';
  }
  .band::before {
    content: '';
    display: inline-block;
    width: 24px;
    margin-inline-end: 6px;
    border: 3px solid var(--lip-timeline-band, var(--_accent));
    border-radius: 3px;
    vertical-align: middle;
  }
  .actions {
    align-items: end;
    margin-top: 8px;
  }
  @container (min-width: 40em) {
    .track {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(11em, 1fr));
      row-gap: 12px;
    }
    .track > li {
      margin: 0;
      padding: 18px 12px 8px 0;
      border-width: 3px 0 0;
    }
    .track > li::before {
      top: -10px;
      inset-inline-start: 0;
    }
  }
  @media (forced-colors: active) {
    .track > li::before,
    .band::before {
      border-color: CanvasText;
    }
    .track > .today::before {
      border-color: Highlight;
    }
  }
  @media print {
    .actions {
      display: none;
    }
  }
`;
