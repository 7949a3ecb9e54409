import { css } from 'lit';

/*
 * The ordered list is the picture's frame. Narrow: each item is a row of a
 * vertical rail (time flowing down, bands in columns beside the axis) and the
 * event's text. Wide (container from 520 px, about a 560 px widget): each item
 * is a row of a chart, the text on the start side and the event's lanes on one
 * shared horizontal axis, with the axis's ticks under the last row.
 */
export const timelineStyles = css`
  .base {
    container-type: inline-size;
    --_band: var(--lip-timeline-band, var(--_accent));
    --_track: var(--lip-timeline-track, var(--_border));
    --_now: var(--_accent-text, var(--_accent));
    --_rail: 28px;
    --_label: minmax(11em, 36%);
  }
  .title {
    font-weight: 700;
    font-size: 1.25em;
    line-height: 1.3;
    margin: 0 0 16px;
  }
  .c1 {
    --_rail: 36px;
  }
  .c2 {
    --_rail: 44px;
  }
  .c3 {
    --_rail: 52px;
  }
  .c4 {
    --_rail: 60px;
  }
  .c5 {
    --_rail: 68px;
  }
  .c6 {
    --_rail: 76px;
  }
  .track {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .track > li {
    display: grid;
    grid-template-columns: var(--_rail) minmax(0, 1fr);
    column-gap: 8px;
  }
  .rail,
  .lanes {
    position: relative;
    min-width: 0;
  }
  .rail svg,
  .lanes svg {
    position: absolute;
    inset: 0;
    display: block;
  }
  .rail svg {
    overflow: hidden;
  }
  /* Right to left: the rail's bands go toward the text (its svg holds no text), and the wide picture is drawn mirrored left to right. */
  [dir=rtl] .rail svg {
    transform: scaleX(-1);
  }
  .lanes svg,
  .axis svg {
    direction: ltr;
  }
  .lanes svg {
    overflow: visible;
  }
  .entry {
    min-width: 0;
    padding: 0 0 20px;
    overflow-wrap: break-word;
  }
  .track > li.last .entry {
    padding-bottom: 8px;
  }
  .track > li.tail .entry {
    min-height: 160px;
  }
  .lanes,
  .axis {
    display: none;
  }
  .label {
    font-weight: 600;
  }
  .visit .label {
    color: var(--_now);
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
  .state {
    white-space: nowrap;
  }
  .done,
  .done .label {
    color: var(--_muted);
  }
  .done .label {
    font-weight: 500;
  }
  .state::before {
    content: '✓ ';
  }
  .now .state {
    color: var(--_now);
    font-weight: 600;
  }
  .now .state::before {
    content: '● ';
  }
  /* On a phone the relative time takes a line of its own under the date; with none, the markers end the date's line. */
  .when + .rel::before {
    content: '\\a';
    white-space: pre;
  }
  .nw {
    white-space: nowrap;
  }
  .today .entry {
    color: var(--_now);
    font-weight: 700;
  }
  .today .label {
    font-weight: 700;
  }
  line {
    vector-effect: non-scaling-stroke;
  }
  .axis-line,
  .grid,
  .seg-tick {
    stroke: var(--_track);
    stroke-width: 2;
  }
  .grid {
    stroke-width: 1;
    stroke-dasharray: 2 4;
  }
  .seg-tick {
    stroke-width: 1;
  }
  line.bar {
    stroke: var(--_band);
    stroke-width: 8;
    stroke-linecap: round;
    stroke-opacity: .55;
  }
  .rail line.bar {
    stroke-width: 6;
  }
  circle.point,
  circle.anchor {
    fill: var(--_surface);
    stroke: var(--_accent);
    stroke-width: 3;
  }
  circle.visit {
    fill: var(--_accent);
  }
  circle.bar-start {
    fill: var(--_band);
    fill-opacity: .55;
    stroke: var(--_band);
  }
  circle.repeat {
    fill: var(--_accent);
    stroke: var(--_surface);
    stroke-width: 1.5;
  }
  line.past {
    stroke: var(--_muted);
    stroke-opacity: .35;
  }
  circle.past {
    stroke: var(--_muted);
    fill: var(--_surface);
    opacity: .6;
  }
  circle.past.visit,
  circle.past.bar-start {
    fill: var(--_muted);
  }
  .today-line {
    stroke: var(--_now);
    stroke-width: 1.5;
    stroke-dasharray: 4 3;
  }
  .today-line.here {
    stroke-width: 2;
    stroke-dasharray: none;
  }
  circle.today-dot {
    fill: var(--_now);
    stroke: var(--_surface);
    stroke-width: 2;
  }
  text {
    font-size: .75em;
    font-family: inherit;
    fill: var(--_muted);
  }
  .lane-label {
    dominant-baseline: central;
  }
  .seg-label {
    fill: var(--_text);
    font-weight: 600;
  }
  .tick {
    stroke: var(--_muted);
    stroke-width: 1;
  }
  .icon {
    width: 1.25em;
    height: 1.25em;
    flex: none;
  }
  .actions {
    align-items: end;
    margin-top: 16px;
  }
  .actions > .date-form {
    flex-basis: 100%;
    order: -1;
  }
  .actions .primary {
    display: inline-flex;
    align-items: center;
    gap: 8px;
  }
  @container (min-width: 520px) {
    .track > li {
      grid-template-columns: var(--_label) minmax(0, 1fr);
      column-gap: 16px;
    }
    .rail {
      display: none;
    }
    .entry {
      padding: 2px 0 14px;
    }
    .track > li.last .entry,
    .track > li.tail .entry {
      padding-bottom: 14px;
      min-height: 0;
    }
    .track > li + li {
      border-top: 1px solid var(--_soft);
    }
    .entry {
      padding-top: 8px;
    }
    .when + .rel::before {
      content: '·\\a0';
    }
    .lanes {
      display: block;
      margin-inline: 10px;
      min-height: 36px;
    }
    .lanes.l2 {
      min-height: 54px;
    }
    .lanes.l3 {
      min-height: 72px;
    }
    .lanes.l4 {
      min-height: 90px;
    }
    .lanes.l5 {
      min-height: 108px;
    }
    .axis {
      display: grid;
      grid-template-columns: var(--_label) minmax(0, 1fr);
      column-gap: 16px;
    }
    .axis svg {
      grid-column: 2;
      width: calc(100% - 20px);
      margin-inline: 10px;
      overflow: visible;
    }
  }
  @media (forced-colors: active) {
    line.bar,
    .axis-line,
    .tick,
    .grid,
    .seg-tick {
      stroke: CanvasText;
      stroke-opacity: 1;
    }
    circle.point,
    circle.anchor,
    circle.repeat,
    circle.bar-start {
      stroke: CanvasText;
      fill: Canvas;
    }
    circle.visit {
      fill: CanvasText;
    }
    .today-line,
    circle.today-dot {
      stroke: Highlight;
    }
    circle.today-dot {
      fill: Highlight;
    }
    text {
      fill: CanvasText;
    }
  }
  @media print {
    .actions {
      display: none;
    }
  }
`;
