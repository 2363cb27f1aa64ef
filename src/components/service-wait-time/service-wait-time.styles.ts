import { css } from 'lit';

export const waitStyles = css`
  .figure {
    margin-block-end: calc(var(--_space) * 0.25);
    font-size: 1.25em;
    font-weight: 700;
  }
  .detail,
  .note {
    margin-block-end: calc(var(--_space) * 0.5);
    color: var(--_muted);
  }
  .detail:empty,
  .note:empty {
    display: none;
  }
  .stale .note {
    color: var(--_text);
    font-weight: 600;
  }
  .unavailable .figure,
  .connecting .figure,
  .closed .figure {
    font-size: 1em;
  }
  button {
    margin-block-end: var(--_space);
    min-height: 44px;
    padding: 0.5em 1em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    font: inherit;
    cursor: pointer;
  }
`;
