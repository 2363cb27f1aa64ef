import { css } from 'lit';

export const performanceStyles = css`
  .measures:focus {
    outline: none;
  }
  .measure + .measure {
    margin-block-start: calc(var(--_space) * 2);
  }
  .trend {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
    color: var(--_muted);
  }
  .trend svg {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    margin-block-start: 0.125em;
    color: var(--_text);
  }
  figure {
    margin: 0 0 var(--_space);
  }
  .chart {
    display: block;
    width: 100%;
    height: var(--service-performance-chart-height, auto);
    max-width: 44rem;
    font-size: 13px;
    direction: ltr;
  }
  .chart text {
    fill: var(--_text);
  }
  .chart .axis-title {
    fill: var(--_muted);
  }
  .grid {
    stroke: var(--_border);
    stroke-width: 1;
  }
  .achieved {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 3;
  }
  .target {
    fill: none;
    stroke: var(--_text);
    stroke-width: 2;
    stroke-dasharray: 6 4;
  }
  .met {
    fill: var(--_success);
  }
  .missed {
    fill: var(--_error);
  }
  .unjudged {
    fill: var(--_surface);
    stroke: var(--_accent);
    stroke-width: 2;
  }
  .point circle,
  .point rect {
    stroke: var(--_surface);
    stroke-width: 1.5;
  }
  .point .unjudged {
    stroke: var(--_accent);
  }
  .gap {
    fill: var(--_border);
    fill-opacity: 0.25;
    stroke: var(--_border);
    stroke-dasharray: 3 3;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    padding: 0;
    margin: calc(var(--_space) * 0.5) 0 0;
    list-style: none;
    font-size: 0.875em;
  }
  .legend li {
    display: flex;
    gap: 0.4em;
    align-items: center;
  }
  .legend svg {
    width: 1.5em;
    height: 1em;
  }
  summary {
    cursor: pointer;
    color: var(--_link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  summary:focus-visible {
    outline: 3px solid var(--_focus);
    box-shadow: 0 0 0 6px var(--_text);
    text-decoration: none;
  }
  table {
    margin-block-start: calc(var(--_space) * 0.5);
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding-block-end: calc(var(--_space) * 0.5);
  }
  th,
  td {
    padding: 0.375em 1em 0.375em 0;
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  td.none {
    color: var(--_muted);
  }
  /* A flex box of its own, not inline: the row is then as tall in quirks mode as in standards mode. */
  .result {
    display: flex;
    gap: 0.4em;
    align-items: center;
  }
  .loading,
  .empty {
    color: var(--_muted);
  }
  .problem p:last-child {
    margin-block-end: 0;
  }
  @media print {
    button {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .achieved,
    .target {
      stroke: CanvasText;
    }
    /* Grid lines stay thin and grey, so the dashed target line on top of one still shows. */
    .grid {
      stroke: GrayText;
    }
    .target {
      stroke-width: 3;
    }
    .met,
    .missed,
    .chart text {
      fill: CanvasText;
    }
  }
`;
