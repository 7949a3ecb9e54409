import { css } from 'lit';

/**
 * Layout of the healing tracker; colours come from the shared tokens
 * (host.styles), tick boxes from tick.styles. Phone first: one column, the
 * header as the answer (stage, "Day 9 of 42–56", the bar); from a
 * 720 px container the day's care and the side cards (next visit, warning
 * signs) sit in two columns.
 */
export const trackerStyles = css`
  .base {
    container-type: inline-size;
  }
  .icon {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
  }
  .sr-only {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .title {
    font-size: 1.25em;
    line-height: 1.3;
    font-weight: 700;
    margin: 0 0 12px;
    overflow-wrap: anywhere;
  }
  .head .title {
    margin-block-end: 16px;
  }
  .stage {
    display: flex;
    align-items: center;
    gap: 6px;
    margin: 0;
    font-weight: 600;
    color: var(--_accent-text, var(--_accent));
  }
  .day {
    margin: 2px 0 0;
    line-height: 1.15;
    font-weight: 700;
  }
  .day-lead {
    font-size: clamp(1.25em, 9cqi, 1.875em);
    white-space: nowrap;
  }
  .day-rest {
    font-size: clamp(.9375em, 5cqi, 1.125em);
    font-weight: 600;
    white-space: nowrap;
  }
  .date {
    margin: 6px 0 0;
    color: var(--_muted);
  }
  .meter {
    margin: 16px 0 0;
  }
  .bar {
    display: block;
    overflow: visible;
  }
  [dir=rtl] .bar {
    transform: scaleX(-1);
  }
  .stage-healing,
  .hatch-bg {
    fill: var(--_soft);
    fill: color-mix(in srgb, var(--_accent) 16%, var(--_surface));
  }
  .hatch {
    fill: color-mix(in srgb, var(--_accent) 40%, var(--_surface));
  }
  .gone {
    fill: var(--_accent);
  }
  .now {
    fill: var(--_surface);
    stroke: var(--_accent);
    stroke-width: 3;
  }
  .bar-labels {
    display: flex;
    justify-content: space-between;
    gap: 12px;
    margin-top: 4px;
    font-size: .8125em;
    color: var(--_muted);
  }
  .bar-labels span:first-child {
    white-space: nowrap;
  }
  .bar-labels span:last-child {
    text-align: end;
  }
  .nav {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
    margin: 16px 0 0;
  }
  .step {
    display: inline-grid;
    place-items: center;
    inline-size: 44px;
    padding: 0;
  }
  .prev .icon,
  [dir=rtl] .step:not(.prev) .icon {
    transform: scaleX(-1);
  }
  [dir=rtl] .prev .icon {
    transform: none;
  }
  .back {
    margin-inline-start: auto;
  }
  [aria-disabled=true] {
    opacity: .45;
    cursor: default;
  }
  .countdown {
    display: flex;
    align-items: center;
    gap: 8px;
    font-size: 1.25em;
    font-weight: 600;
  }
  .countdown .icon {
    color: var(--_accent-text, var(--_accent));
  }
  .section,
  .card,
  .warn {
    margin-top: 24px;
  }
  .subheading {
    font-size: 1.0625em;
    line-height: 1.3;
    font-weight: 700;
    margin: 0 0 8px;
  }
  .today > .subheading ~ .subheading {
    font-size: .8125em;
    font-weight: 700;
    letter-spacing: .04em;
    text-transform: uppercase;
    color: var(--_muted);
    margin: 16px 0 4px;
  }
  .list,
  .tasks {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .list li {
    position: relative;
    margin: 6px 0;
    padding-inline-start: 20px;
  }
  .list li::before {
    content: '';
    position: absolute;
    inset-inline-start: 4px;
    top: .55em;
    inline-size: 7px;
    block-size: 7px;
    border-radius: 50%;
    background: var(--_accent);
  }
  .avoid li::before {
    top: .7em;
    inline-size: 9px;
    block-size: 2px;
    border-radius: 1px;
    background: var(--_muted);
  }
  .differ {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .differ > li {
    margin: 8px 0 0;
    padding: 12px 16px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .differ-what {
    font-weight: 600;
  }
  .sides {
    margin-top: 4px;
  }
  .sides li::before {
    background: var(--_muted);
  }
  .tasks li + li {
    border-top: 1px solid var(--_border);
  }
  .repeat {
    padding: 8px 0;
  }
  .repeat-head {
    margin: 0 0 4px;
  }
  .count {
    margin-inline-start: 6px;
    font-variant-numeric: tabular-nums;
    color: var(--_accent-text, var(--_accent));
  }
  .times {
    display: flex;
    flex-wrap: wrap;
    gap: 0 12px;
    margin: 0;
  }
  .card {
    display: flex;
    gap: 12px;
    align-items: flex-start;
    padding: 16px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .card > .icon {
    color: var(--_accent-text, var(--_accent));
    margin-top: 1px;
  }
  .card p {
    margin: 0;
  }
  .when {
    font-weight: 700;
  }
  .nw {
    white-space: nowrap;
  }
  .warn {
    padding: 16px;
    border-radius: var(--_radius);
    background: var(--_soft);
    border-inline-start: 4px solid var(--lip-tracker-warning, var(--_accent));
  }
  .warn-head {
    display: flex;
    align-items: flex-start;
    gap: 8px;
  }
  .warn-head .icon {
    color: var(--lip-tracker-warning, var(--_accent-text, var(--_accent)));
    margin-top: 1px;
  }
  .warn-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px 16px;
    margin-top: 12px;
  }
  .call {
    display: inline-flex;
    align-items: center;
    gap: 8px;
    min-block-size: 44px;
    padding: 10px 16px;
    border-radius: calc(var(--_radius) * .8);
    background: var(--_accent);
    color: var(--_on-accent, var(--lip-on-accent, #fff));
    font-weight: 600;
    text-decoration: none;
  }
  .call span {
    white-space: nowrap;
  }
  @container (min-width: 720px) {
    .cols {
      display: grid;
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      gap: 32px;
      align-items: start;
    }
    .side > :first-child {
      margin-top: 24px;
    }
  }
  @media (forced-colors: active) {
    .list li::before {
      forced-color-adjust: none;
      background: CanvasText;
    }
    .gone,
    .hatch {
      fill: Highlight;
    }
    .stage-healing,
    .hatch-bg,
    .now {
      fill: Canvas;
      stroke: CanvasText;
    }
    .call {
      border: 1px solid LinkText;
    }
  }
`;
