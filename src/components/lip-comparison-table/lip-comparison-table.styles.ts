import { css } from 'lit';

export const tableStyles = css`
  .scroller {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    min-width: 480px;
    font: inherit;
    color: var(--_text);
  }
  caption {
    text-align: start;
    font-weight: 700;
    font-size: 1.125em;
    padding-bottom: 8px;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 8px 10px;
    border-bottom: 1px solid var(--_border);
  }
  thead th {
    color: var(--lip-table-head-text, var(--_accent-text, var(--_accent)));
    border-bottom: 2px solid var(--lip-table-head-border, var(--_accent));
  }
  tbody th {
    font-weight: 600;
    width: 9em;
  }
  tbody th,
  .missing {
    color: var(--_muted);
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
    font-style: italic;
  }
`;
