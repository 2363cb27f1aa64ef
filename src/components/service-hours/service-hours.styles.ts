import { css } from 'lit';

export const hoursStyles = css`
  .status {
    padding-inline-start: calc(var(--_space) * 0.75);
    border-inline-start: 5px solid var(--_muted);
  }
  .status.open {
    border-inline-start-color: var(--_success);
  }
  .note {
    color: var(--_muted);
  }
  table {
    width: 100%;
    margin-block-end: var(--_space);
    border-collapse: collapse;
  }
  caption {
    margin-block-end: calc(var(--_space) * 0.5);
    font-weight: 700;
    text-align: start;
  }
  th,
  td {
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.5) calc(var(--_space) * 0.5) 0;
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  tbody th {
    font-weight: 400;
  }
  .today th,
  .today td {
    font-weight: 700;
  }
  .today th {
    border-inline-start: 5px solid var(--_accent);
    padding-inline-start: calc(var(--_space) * 0.5);
  }
`;
