import { css } from 'lit';

/** Lines as a plain list, each measure's name above its figure; the tally as a short list. */
export const scorecardStyles = css`
  .headline {
    font-weight: 700;
  }
  .lines ul {
    padding: 0;
    list-style: none;
  }
  .lines li + li {
    margin-block-start: var(--_space);
  }
  .name {
    margin-block-end: calc(var(--_space) * 0.25);
    font-weight: 600;
  }
  .lines .trend {
    margin-block-end: 0;
  }
  .previous,
  .empty {
    color: var(--_muted);
  }
`;
