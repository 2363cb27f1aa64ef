import { css } from 'lit';

/** The notice box: a thick rule and the text colour, never colour alone. */
export const noticeStyles = css`
  .notice {
    margin-block: 0 calc(var(--_space) * 0.5);
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
    border-inline-start: 6px solid var(--_accent);
    background: var(--_surface);
    color: var(--_text);
  }
`;
