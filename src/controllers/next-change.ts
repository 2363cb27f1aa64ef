import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Clock } from '../context/clock.js';

/**
 * Re-renders its host exactly when what it shows would change: a single timer to the
 * next meaningful instant (never a tick every second), and a recheck when the page is
 * shown again, since timers may have slept with the machine.
 */
export class NextChangeController implements ReactiveController {
  private cancel?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost & Node,
    /** The clock to use now (it may change with context). */
    private readonly clock: () => Clock,
    /** The next instant at which the host's output changes, or null if never. */
    private readonly nextChange: () => Date | null,
  ) {
    host.addController(this);
  }

  /** On the page (again, if it was moved): redrawn now, which arms the timer `hostDisconnected` cancelled. */
  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onVisible);
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onVisible);
    this.cancel?.();
    this.cancel = undefined;
  }

  /** After each render on the page, arm one timer for the next change (none once the host has left). */
  hostUpdated(): void {
    this.cancel?.();
    const next = this.host.isConnected && this.nextChange();
    if (!next) return;
    const clock = this.clock();
    this.cancel = clock.setTimer(() => this.host.requestUpdate(), +next - clock.now());
  }

  private onVisible = (): void => {
    if (document.visibilityState === 'visible') this.host.requestUpdate();
  };
}
