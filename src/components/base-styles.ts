import { css } from 'lit';

/**
 * Defaults every element shares. Each `--service-*` property can be set by the host
 * page on the element or any ancestor; light and dark follow the page's `color-scheme`.
 */
export const baseStyles = css`
  :host {
    /* Light or dark follows the host page's color-scheme (inherited), not the system setting:
       a light page in dark mode keeps dark text on its light background. A page that declares
       color-scheme: dark (or light dark, with the system dark) gets the dark colours. */
    --_text: var(--service-color-text, light-dark(#0b0c0c, #f3f2f1));
    --_muted: var(--service-color-muted, light-dark(#505a5f, #c4c8ca));
    --_surface: var(--service-color-surface, light-dark(#ffffff, #1b1b1b));
    --_border: var(--service-color-border, light-dark(#b1b4b6, #6f777b));
    --_accent: var(--service-color-accent, light-dark(#1d70b8, #5694ca));
    --_link: var(--service-color-link, light-dark(#1d70b8, #8fc1ea));
    --_focus: var(--service-color-focus, #ffdd00);
    --_success: var(--service-color-success, light-dark(#00703c, #4caf7d));
    --_error: var(--service-color-error, light-dark(#d4351c, #ff7b6b));
    /* Never under 16px: a page whose root font size is smaller than the reader's setting
       (Bootstrap 3's html { font-size: 10px }, a theme's 62.5 %) would make ours 10px. */
    --_space: var(--service-space, max(1rem, 16px));
    --_radius: var(--service-radius, 0);
    display: block;
    /* !important in a shadow root wins over any rule of the host page, even an !important
       one on the element itself: a CMS theme (\`* { all: unset }\`, \`body { font: … }\`)
       cannot change our text. Theme through the --service-* properties instead. */
    box-sizing: border-box !important;
    color: var(--_text) !important;
    font-family: var(--service-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif) !important;
    font-size: var(--service-font-size, max(1rem, 16px)) !important;
    font-style: normal !important;
    font-weight: 400 !important;
    line-height: 1.5 !important;
    text-align: start !important;
    /* Long words (an email address, a URL) break only when they would overflow. */
    overflow-wrap: break-word !important;
  }
  :host([hidden]) {
    display: none;
  }
  /* A table column is as wide as its longest word, so a narrow screen never splits "November". */
  th,
  td {
    overflow-wrap: break-word;
  }
  /* Set, not inherited: a <details> or <select> passes its content through the browser's own
     shadow root, whose slot is content-box. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  a {
    color: var(--_link);
    text-decoration-thickness: max(1px, 0.0625rem);
    text-underline-offset: 0.15em;
  }
  a:focus-visible,
  button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: 0 0 0 6px var(--_text);
    text-decoration: none;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0 0 calc(var(--_space) * 0.5);
    line-height: 1.25;
    font-weight: 700;
  }
  p,
  ul,
  ol,
  dl,
  table {
    margin: 0 0 var(--_space);
  }
  /* A page without a doctype (quirks mode) gives tables the browser's font, line height and colour. */
  table {
    font: inherit;
    color: inherit;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  @media print {
    :host {
      --_text: #000;
      --_link: #000;
      --_surface: #fff;
      color: #000;
    }
    a[href^='http']::after {
      content: ' (' attr(href) ')';
    }
  }
`;
