import type { Charter } from '../core/charter-types.js';
import type { Problem } from '../core/problems.js';

/**
 * Fired by `<service-charter>` each time it has read a charter document (from `src`, an
 * inline script or the `charter` property): the charter as read, and any parts that were
 * invalid and are not shown. Lets a host page or framework app react to what was published.
 */
export class CharterLoadEvent extends Event {
  static readonly eventName = 'service-charter-load';

  constructor(
    readonly charter: Charter,
    readonly problems: readonly Problem[],
  ) {
    super(CharterLoadEvent.eventName, { bubbles: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'service-charter-load': CharterLoadEvent;
  }
}
