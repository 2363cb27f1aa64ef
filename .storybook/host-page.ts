/** The host page's scheme a story is shown on: `light` (the default) or `dark`. */
export type HostScheme = 'light' | 'dark';

/**
 * Paints the page around the stories as a host site would: a dark page declares
 * `color-scheme: dark` and paints its own background and text, a light page declares nothing.
 * The elements follow the page's `color-scheme`, whatever the system's setting is.
 */
function paintHostPage(scheme: HostScheme): void {
  const dark = scheme === 'dark';
  const { style } = document.documentElement;
  style.colorScheme = dark ? 'dark' : '';
  style.background = dark ? '#0b0c0c' : '';
  style.color = dark ? '#f3f2f1' : '';
}

/** The story tests' dark-host instances fix the page's scheme for the whole run. */
export function fixHostPage(scheme: HostScheme): void {
  paintHostPage(scheme);
  document.documentElement.dataset.hostPageFixed = scheme;
}

/** The toolbar's choice, unless the run fixed the page's scheme. */
export function chooseHostPage(scheme: HostScheme): void {
  if (!document.documentElement.dataset.hostPageFixed) paintHostPage(scheme);
}
