import { css } from 'lit';

/** GOV.UK-like form layout (and a feedback form's one-line problem); colours from the shared `--service-*` defaults. */
export const formStyles = css`
  .group {
    margin-block-end: calc(var(--_space) * 1.5);
  }
  .group-error {
    border-inline-start: 5px solid var(--_error);
    padding-inline-start: calc(var(--_space) * 0.75);
  }
  /* Neither draws a box of its own: a form has no margin in quirks mode either (a page without
     a doctype gives it 1em below). */
  form,
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  label,
  .legend {
    display: block;
    font-weight: 700;
    margin-block-end: calc(var(--_space) * 0.25);
  }
  .legend {
    font-size: 1.125em;
  }
  .hint,
  .count {
    color: var(--_muted);
    margin-block-end: calc(var(--_space) * 0.5);
  }
  .count {
    margin-block: calc(var(--_space) * 0.25) 0;
  }
  .count.over,
  .error-message,
  .problem {
    color: var(--_error);
    font-weight: 700;
  }
  .error-message {
    margin-block-end: calc(var(--_space) * 0.5);
  }
  .input {
    display: block;
    width: 100%;
    max-width: 40em;
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 2px solid var(--_text);
    border-radius: 0;
    padding: 0.3em;
  }
  input[type='date'],
  input[type='tel'],
  .select {
    max-width: 20em;
  }
  .group-error .input[aria-invalid='true'] {
    border-color: var(--_error);
  }
  .choice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 0.5em;
    margin-block-end: calc(var(--_space) * 0.5);
  }
  /* Drawn boxes rather than native ones: WebKit draws no shadow on a native radio or checkbox,
     so the focus indicator's black ring needs a box of our own. */
  .choice input {
    appearance: none;
    flex: none;
    display: grid;
    place-content: center;
    width: 1.5em;
    height: 1.5em;
    margin: 0;
    color: var(--_text);
    background: var(--_surface);
    border: 2px solid currentColor;
  }
  .choice input[type='radio'] {
    border-radius: 50%;
  }
  .choice input::before {
    content: '';
    width: 0.75em;
    height: 0.75em;
    border-radius: inherit;
    background: currentColor;
    visibility: hidden;
    forced-color-adjust: none;
  }
  .choice input[type='checkbox']::before {
    height: 0.4em;
    background: none;
    border: solid;
    border-width: 0 0 0.2em 0.2em;
    rotate: -45deg;
  }
  .choice input:checked::before {
    visibility: visible;
  }
  .choice label {
    /* Beside its box however narrow the screen: the words wrap, the label does not drop below. */
    flex: 1 1 0;
    min-width: 0;
    font-weight: 400;
    margin: 0;
  }
  .choice .hint {
    flex-basis: 100%;
    padding-inline-start: 2em;
  }
  input:focus,
  textarea:focus,
  select:focus,
  .error-summary:focus,
  .receipt:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--_text);
  }
  .choice input:focus {
    /* The yellow-and-black indicator of every other control: black around the yellow outline. */
    box-shadow: 0 0 0 6px var(--_text);
  }
  .button {
    font: inherit;
    font-weight: 700;
    color: #fff;
    background: var(--service-color-button, #00703c);
    border: 0;
    box-shadow: 0 2px 0 #002d18;
    padding: 0.5em 1em;
    cursor: pointer;
  }
  @media (forced-colors: active) {
    /* Forced colours drop the background and shadow: a border keeps the button a button. */
    .button {
      border: 2px solid ButtonText;
    }
    .choice input {
      color: CanvasText;
    }
  }
  .button.secondary {
    color: var(--_text);
    background: var(--_surface);
    box-shadow: 0 0 0 2px var(--_text);
  }
  .button[aria-disabled='true'] {
    opacity: 0.7;
    cursor: progress;
  }
  .error-summary,
  .notice,
  .inset,
  .panel {
    padding: var(--_space);
    margin-block-end: calc(var(--_space) * 1.5);
    border: 5px solid var(--_error);
  }
  .error-summary ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .error-summary a {
    color: var(--_error);
    font-weight: 700;
  }
  .notice,
  .inset {
    border-width: 0 0 0 10px;
    border-color: var(--_border);
  }
  .notice-error {
    border-color: var(--_error);
  }
  .panel {
    color: var(--_surface);
    background: var(--_success);
    border: 0;
    text-align: center;
  }
  .reference {
    display: block;
    font-size: 1.5em;
  }
  .receipt {
    padding: calc(var(--_space) * 0.75);
  }
  .trap {
    position: absolute;
    inset-inline-start: -10000px;
    width: 1px;
    height: 1px;
    overflow: hidden;
  }
`;
