import { css } from 'lit';

/** A one-line problem in running text (no schedule or promise to show, unloaded bank holidays): in words, bold and in the error colour. */
export const inlineProblemStyles = css`
  .problem {
    color: var(--_error);
    font-weight: 600;
  }
`;
