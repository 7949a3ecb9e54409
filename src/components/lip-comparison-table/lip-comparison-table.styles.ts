import { css } from 'lit';

/**
 * The table drawn as a table: used where its columns fit (a container query,
 * not a media query: the widget may sit in a narrow column on a wide page).
 * Written once and used under two container names, one per column count,
 * since three procedures need more room than two.
 */
const wide = css`
  table {
    display: table;
    table-layout: fixed;
  }
  thead {
    display: table-header-group;
    position: static;
    width: auto;
    height: auto;
    overflow: visible;
    clip-path: none;
    white-space: normal;
  }
  tbody {
    display: table-row-group;
  }
  tr {
    display: table-row;
    padding: 0;
    border: 0;
    background: none;
  }
  th,
  td {
    display: table-cell;
    vertical-align: top;
    padding-block: 14px;
    padding-inline: 0 16px;
    border-block-end: 1px solid var(--_border);
  }
  th:last-child,
  td:last-child {
    padding-inline-end: 0;
  }
  tbody tr:last-child > * {
    border-block-end: 0;
  }
  thead th {
    position: sticky;
    inset-block-start: var(--lip-table-sticky-top, 0);
    z-index: 1;
    background: var(--_surface);
    padding-block: 8px 10px;
    border-block-end: 2px solid var(--lip-table-head-border, var(--_accent));
    color: var(--lip-table-head-text, var(--_accent-text, var(--_accent)));
    font-size: 1.0625em;
    font-weight: 650;
    line-height: 1.3;
  }
  thead .corner {
    width: 24%;
  }
  tbody th {
    padding-block-start: 15px;
    font-size: 0.9375em;
  }
  .proc {
    display: none;
  }
`;

export const tableStyles = css`
  .title {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.3;
    font-weight: 650;
    text-wrap: balance;
  }
  .base > .title {
    margin-block-end: 16px;
  }
  .wrap {
    position: relative;
  }
  .wrap.n2 {
    container: lip-compare-2 / inline-size;
  }
  .wrap.n3 {
    container: lip-compare-3 / inline-size;
  }
  table {
    display: block;
    width: 100%;
    border-collapse: separate;
    border-spacing: 0;
    font: inherit;
    color: inherit;
    hyphens: auto;
    overflow-wrap: break-word;
  }
  thead {
    display: block;
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  tbody {
    display: grid;
    gap: 12px;
  }
  tr {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 10px 16px;
    padding: 14px 16px 16px;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: var(--_soft);
  }
  th,
  td {
    display: block;
    min-width: 0;
    padding: 0;
    text-align: start;
    font-weight: inherit;
  }
  tbody th {
    grid-column: 1 / -1;
    font-weight: 650;
    color: var(--_text);
  }
  .proc {
    display: block;
    margin-block-end: 2px;
    font-size: 0.8125em;
    font-weight: 650;
    letter-spacing: 0.01em;
    color: var(--lip-table-head-text, var(--_accent-text, var(--_accent)));
  }
  td ul {
    margin: 0;
    padding-inline-start: 1.1em;
  }
  td li::marker {
    color: var(--_muted);
  }
  td li + li {
    margin-block-start: 4px;
  }
  .missing {
    color: var(--_muted);
  }
  .nw,
  .refs {
    white-space: nowrap;
  }
  .vh {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @container lip-compare-2 (min-width: 17em) {
    tr.compact {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  @container lip-compare-3 (min-width: 26em) {
    tr.compact {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }
  @container lip-compare-2 (min-width: 34em) {
    ${wide}
  }
  @container lip-compare-3 (min-width: 44em) {
    ${wide}
    thead .corner {
      width: 22%;
    }
  }
`;
