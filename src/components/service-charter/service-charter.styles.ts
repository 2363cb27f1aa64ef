import { css } from 'lit';

export const charterStyles = css`
  article {
    background: var(--_surface);
    color: var(--_text);
  }
  .loading {
    min-height: var(--service-charter-loading-height, 16rem);
    color: var(--_muted);
  }
  header {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
    margin-block-end: var(--_space);
    padding-block-end: calc(var(--_space) * 0.5);
    border-block-end: 4px solid var(--_accent);
  }
  header img {
    max-height: 3rem;
    max-width: 10rem;
  }
  .organisation {
    margin: 0;
    color: var(--_muted);
  }
  section {
    margin-block-end: calc(var(--_space) * 1.5);
  }
  .channels {
    display: grid;
    gap: var(--_space);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
  }
  .channel {
    /* Grid and flex items may shrink below their longest word, so a long email wraps. */
    min-width: 0;
    margin: 0;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .channel ul,
  .values,
  .stages {
    padding-inline-start: 0;
    list-style: none;
  }
  .channel li + li,
  .values li + li {
    margin-block-start: calc(var(--_space) * 0.75);
  }
  .contact div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
  }
  .contact dt {
    font-weight: 700;
  }
  .contact dt::after {
    content: ':';
  }
  .contact dd,
  address {
    min-width: 0;
    margin: 0;
    font-style: normal;
  }
  .stages li {
    margin-block-end: calc(var(--_space) * 0.75);
    padding-inline-start: calc(var(--_space) * 0.75);
    border-inline-start: 4px solid var(--_border);
  }
  @media print {
    .problem,
    button {
      display: none;
    }
    .channel {
      break-inside: avoid;
    }
  }
`;
