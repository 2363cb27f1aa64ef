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
  .performance .icon {
    width: 1.25em;
    height: 1.25em;
    margin-block-start: 0.125em;
  }
  /* The verdict's shape (performance-icons.ts): a tick in a circle, or a cross in a square. */
  .icon {
    position: relative;
    flex: none;
    display: inline-block;
    width: 1em;
    height: 1em;
    background: currentColor;
    -webkit-print-color-adjust: exact;
    print-color-adjust: exact;
  }
  .icon::before,
  .icon::after {
    content: '';
    position: absolute;
    color: var(--_surface);
    border: 0 solid;
    transform: rotate(45deg);
  }
  .met > .icon {
    color: var(--_success);
    border-radius: 50%;
  }
  .met > .icon::after {
    inset: 18% 36% 28% 36%;
    border-width: 0 0.11em 0.11em 0;
  }
  .missed > .icon {
    color: var(--_error);
    transform: scale(0.9);
  }
  .missed > .icon::before,
  .missed > .icon::after {
    inset: 44% 14%;
    background: currentColor;
  }
  .missed > .icon::after {
    transform: rotate(-45deg);
  }
  @media (forced-colors: active) {
    .icon {
      forced-color-adjust: none;
      background: CanvasText;
    }
    .icon::before,
    .icon::after {
      color: Canvas;
    }
  }
  .verdict {
    font-weight: 700;
  }
`;
