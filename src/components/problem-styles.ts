import { css } from 'lit';

/** The problem box (load failures, invalid parts) and its Try again button, shared by elements. */
export const problemStyles = css`
  .problem {
    margin-block-end: var(--_space);
    padding: var(--_space);
    border: 4px solid var(--_error);
  }
  .problem ul {
    margin-block-end: 0;
  }
  button {
    font: inherit;
    padding: 0.5em 1em;
    border: 2px solid transparent;
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_surface);
    cursor: pointer;
  }
`;
