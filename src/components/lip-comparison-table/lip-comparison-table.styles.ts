import { css } from 'lit';

export const tableStyles = css`
  .scroller {
    overflow-x: auto;
    max-width: 100%;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    min-width: 480px;
    font: inherit;
    line-height: inherit;
    table-layout: auto;
  }
  caption {
    text-align: start;
    font-weight: 700;
    font-size: 1.125em;
    padding-bottom: 8px;
    color: var(--_text);
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 8px 10px;
    border-bottom: 1px solid var(--_border);
  }
  thead th {
    color: var(--lip-table-head-text, var(--_accent));
    border-bottom: 2px solid var(--lip-table-head-border, var(--_accent));
  }
  tbody th {
    font-weight: 600;
    color: var(--_muted);
    width: 9em;
  }
  td ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  td li + li {
    margin-top: 4px;
  }
  .missing {
    color: var(--_muted);
    font-style: italic;
  }
`;
