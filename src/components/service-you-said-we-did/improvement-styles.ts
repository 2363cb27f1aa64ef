import { css } from 'lit';

/** Each entry a card: its labels bold above their text, separated by a rule. */
export const improvementStyles = css`
  .improvements ul {
    padding: 0;
    list-style: none;
  }
  .improvements li + li {
    padding-block-start: var(--_space);
    border-block-start: 1px solid var(--_border);
  }
  .improvements dt {
    font-weight: 700;
  }
  .improvements dd {
    margin: 0 0 calc(var(--_space) * 0.5);
  }
`;
