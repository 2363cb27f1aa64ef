import { css } from 'lit';

export const promiseStyles = css`
  .text {
    margin-block-end: calc(var(--_space) * 0.25);
    font-weight: 600;
  }
  .target {
    margin-block-end: calc(var(--_space) * 0.25);
    color: var(--_muted);
  }
  .performance {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
    margin: 0;
  }
  .performance svg {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    margin-block-start: 0.125em;
  }
  .met svg {
    color: var(--_success);
  }
  .missed svg {
    color: var(--_error);
  }
  .verdict {
    font-weight: 700;
  }
`;
