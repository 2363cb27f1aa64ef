import type { Charter } from '../core/charter-types.js';
import type { Problem } from '../core/problems.js';

/**
 * Fired by `<service-charter>` each time it has read a charter document (from `src`, an
 * inline script or the `charter` property): the charter as read, and any parts that were
 * invalid and are not shown. Lets a host page or framework app react to what was published.
 * Bubbles and is composed, like the complaint form's events, so it reaches a listener outside
 * a shadow root the charter sits in.
 */
export class CharterLoadEvent extends Event {
  static readonly eventName = 'service-charter-load';

  constructor(
    readonly charter: Charter,
    readonly problems: readonly Problem[],
  ) {
    super(CharterLoadEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'service-charter-load': CharterLoadEvent;
  }
}
