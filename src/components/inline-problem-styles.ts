import { css } from 'lit';

/**
 * For the elements that show hours or deadlines. A one-line problem in running text (no schedule
 * or promise to show, unloaded bank holidays): in words, bold and in the error colour. Hours or a
 * deadline whose bank holidays are still on their way (`aria-busy`) keep their room, and nothing
 * is shown or read until the holidays are in: on a bank holiday it could be untrue.
 */
export const inlineProblemStyles = css`
  .problem {
    color: var(--_error);
    font-weight: 600;
  }
  [aria-busy=true] {
    visibility: hidden;
  }
`;
